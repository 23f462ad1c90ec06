import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { ACTORS, type ActorId, type SynapseState } from '../../science/types';
import { Presence } from '../../ui/Presence';
import { cameraAt, glideTo, still, type Glide } from './camera';
import { StageDefs, StageProvider } from './context';
import { useComposition } from './compositions';
import { FULL_VIEW, VIEW_H, VIEW_W, cameraTransform, smoothstep, type Camera } from './geometry';
import { Labels } from './Labels';
import { Live, LiveLayer, LiveProvider, STILL_FRAME, type LiveFrame } from './live';
import type { StageProps } from './types';
import './stage.css';

const isActor = (value: string | null): value is ActorId => value !== null && (ACTORS as readonly string[]).includes(value);

/** Anaesthetic-range exposure: the whole picture quietens (dims and loses colour); labels stay legible. */
const sedationOf = ({ state }: LiveFrame) => smoothstep(0.5, 1, state.sedation);

/**
 * The 2D stage: the current scene drawn as a calm medical illustration of the model state. It decides
 * nothing about the science: every count, glow and position below is a drawing of a 0–1 state value.
 *
 * React renders its structure; with a `source` (and motion allowed) the stage then draws each frame
 * itself: on every tick of the clock it reads the state once, places the camera and runs the updaters
 * of live.tsx. The camera glides between framings as a pure function of time; while the clock is
 * paused, a short animation-frame loop draws until the glide ends.
 */
export function Stage({ scene, state, beatIndex, clock, source, label, title, description, reducedMotion, selected, onSelectActor }: StageProps) {
  const ids = `kme${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const composition = useComposition(scene.id);
  const beat = scene.beats[Math.min(Math.max(beatIndex, 0), scene.beats.length - 1)]!;
  const target = composition.camera(beat.framing);
  const live = source !== undefined && !reducedMotion;

  const [layer] = useState(() => new LiveLayer(() => STILL_FRAME));
  const [drawn] = useState<{ state: SynapseState; t: number; camera: Camera }>(() => ({ state: {} as SynapseState, t: 0, camera: FULL_VIEW }));
  const glide = useRef<Glide>(still(target));
  const scope = useRef(composition);

  // Render draws the camera where the last frame left it (the glide to a new framing starts from there).
  const frame: LiveFrame = { state, t: reducedMotion ? 0 : clock, camera: live && layer.frame ? layer.frame.camera : target };
  const layerOrNone = live ? layer : null;

  // A new framing: glide there (jump under reduced motion, or into another scene's world, or when the
  // scene's world has just arrived).
  useLayoutEffect(() => {
    const jump = !live || scope.current !== composition;
    scope.current = composition;
    glide.current = jump ? still(target) : glideTo(glide.current, target, performance.now());
    if (glide.current.from === target) return;
    // While the clock plays, its frames draw the glide too; this loop draws only the frames it skips.
    let seen = -1;
    let request = 0;
    const step = () => {
      if (layer.draws === seen || seen < 0) layer.draw();
      seen = layer.draws;
      request = layer.frame?.camera === target ? 0 : requestAnimationFrame(step);
    };
    request = requestAnimationFrame(step);
    return () => cancelAnimationFrame(request);
  }, [target, live, composition, layer]);

  // After every commit: how to sample a frame now, and one draw, so the nodes show this moment.
  useLayoutEffect(() => {
    if (!source || !live) return;
    layer.sample = () => {
      drawn.t = source.read(drawn.state);
      drawn.camera = cameraAt(glide.current, performance.now());
      return drawn;
    };
    layer.draw();
  });

  // Each tick of the clock (inside its requestAnimationFrame) draws at once: no React render.
  useEffect(() => (source && live ? source.subscribe(() => layer.draw()) : undefined), [source, live, layer]);

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

  const { World, Overlay } = composition;
  // Each copy of the picture carries its own frame: under reduced motion the still fading out keeps its own.
  // A live picture's nodes are moved by the layer, so React renders them again only when what they are
  // drawn from changes (the scene's world; the settings or scene, which make a new `source`), not when
  // the words, the selection or the page around them change: such a render of every particle would be
  // the page's longest task after it loads (the rest of the text arriving). The beat's focus reaches
  // the parts through StageProvider. A still picture is drawn by render alone, so it always renders.
  const picture = useMemo(
    () => (
      <LiveProvider layer={layerOrNone} frame={frame}>
        <Live as="g" live={(f) => ({ transform: cameraTransform(f.camera) })}>
          <World />
        </Live>
        {Overlay && <Overlay />}
      </LiveProvider>
    ),
    // `frame` matters only to a still picture.
    [World, Overlay, layerOrNone, source, layerOrNone ? null : frame],
  );

  return (
    <StageProvider value={context}>
      <LiveProvider layer={layerOrNone} frame={frame}>
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
            <Live
              as="g"
              pointerEvents="none"
              live={(f) => {
                const sedation = sedationOf(f);
                return { display: sedation > 0 ? null : 'none', 'data-sedation': sedation > 0 ? sedation.toFixed(2) : null };
              }}
            >
              <Live as="rect" width={VIEW_W} height={VIEW_H} className="kme-sedation-grey" live={(f) => ({ opacity: 0.75 * sedationOf(f) })} />
              <Live as="rect" width={VIEW_W} height={VIEW_H} fill="var(--c-stage)" live={(f) => ({ opacity: 0.32 * sedationOf(f) })} />
            </Live>
          </svg>
          <Labels specs={labels} layoutKey={`${scene.id}:${beat.framing}`} label={label} selected={selected} onSelect={onSelectActor} />
        </svg>
      </LiveProvider>
    </StageProvider>
  );
}
