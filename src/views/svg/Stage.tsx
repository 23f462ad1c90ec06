import { useId, useMemo, type MouseEvent } from 'react';
import { ACTORS, type ActorId } from '../../science/types';
import { Presence } from '../../ui/Presence';
import { StageDefs, StageProvider } from './context';
import { COMPOSITIONS } from './compositions';
import { VIEW_H, VIEW_W, cameraTransform, smoothstep } from './geometry';
import { Labels } from './Labels';
import type { StageProps } from './types';
import { useCamera } from './useCamera';
import './stage.css';

const isActor = (value: string | null): value is ActorId => value !== null && (ACTORS as readonly string[]).includes(value);

/**
 * The 2D stage: the current scene drawn as a calm medical illustration of `state`. It decides nothing
 * about the science: every count, glow and position below is a drawing of a 0–1 state value.
 */
export function Stage({ scene, state, beatIndex, clock, label, title, description, reducedMotion, selected, onSelectActor }: StageProps) {
  const ids = `kme${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const composition = COMPOSITIONS[scene.id];
  const beat = scene.beats[Math.min(Math.max(beatIndex, 0), scene.beats.length - 1)]!;
  const camera = useCamera(composition.camera(beat.framing), reducedMotion, scene.id);
  const t = reducedMotion ? 0 : clock;

  const context = useMemo(() => ({ ids, focus: new Set<ActorId>(beat.focus) }), [ids, beat]);
  const labels = useMemo(
    () => composition.labels(beat.framing).filter((spec) => scene.actors.includes(spec.actor)),
    [composition, beat.framing, scene.actors],
  );

  // A click on a drawn actor selects it too (keyboard users reach the same actors through the labels).
  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const actor = (event.target as Element).closest('[data-part]')?.getAttribute('data-part') ?? null;
    if (isActor(actor) && scene.actors.includes(actor)) onSelectActor(actor);
  };

  // Anaesthetic-range exposure: the whole picture quietens (dims and loses colour); labels stay legible.
  const sedation = smoothstep(0.5, 1, state.sedation);
  const { World, Overlay } = composition;
  const picture = (
    <>
      <g transform={cameraTransform(camera)}>
        <World state={state} t={t} beat={beat} />
      </g>
      {Overlay && <Overlay state={state} t={t} beat={beat} camera={camera} />}
    </>
  );

  return (
    <StageProvider value={context}>
      {/* The drawing is one named image; the labels beside it are buttons. They are siblings, since an
          image must not hold focusable parts (WCAG: nested interactive controls). */}
      <svg
        className={`kme-stage${reducedMotion ? ' kme-stage--still' : ''}`}
        viewBox={`0 0 ${VIEW_W} ${VIEW_H}`}
        width="100%"
        role="group"
        aria-labelledby={`${ids}-title`}
        data-scene={scene.id}
        data-framing={beat.framing}
        onClick={onClick}
      >
        <svg width={VIEW_W} height={VIEW_H} role="img" aria-labelledby={`${ids}-title`} aria-describedby={`${ids}-desc`}>
          <title id={`${ids}-title`}>{title}</title>
          <desc id={`${ids}-desc`}>{description}</desc>
          <StageDefs ids={ids} />
          <rect width={VIEW_W} height={VIEW_H} fill="var(--c-stage)" />
          {reducedMotion ? (
            // Reduced motion: each beat is a still, and the next still cross-fades in over the last
            // (opacity only, which the reduced-motion rules of app.css keep).
            <Presence itemKey={`${scene.id}:${beatIndex}`} as="g" ms={400}>
              {picture}
            </Presence>
          ) : (
            picture
          )}
          <rect width={VIEW_W} height={VIEW_H} fill={`url(#${ids}-vignette)`} pointerEvents="none" />
          {sedation > 0 && (
            <g pointerEvents="none" data-sedation={sedation.toFixed(2)}>
              <rect width={VIEW_W} height={VIEW_H} className="kme-sedation-grey" opacity={0.75 * sedation} />
              <rect width={VIEW_W} height={VIEW_H} fill="var(--c-stage)" opacity={0.32 * sedation} />
            </g>
          )}
        </svg>
        <Labels specs={labels} camera={camera} layoutKey={`${scene.id}:${beat.framing}`} label={label} selected={selected} onSelect={onSelectActor} />
      </svg>
    </StageProvider>
  );
}
