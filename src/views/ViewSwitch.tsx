import { lazy, startTransition, Suspense, useCallback, useEffect, useRef, useState, type ComponentProps } from 'react';
import type { Mode, ViewChoice } from '../model/params';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useText } from '../ui/text';
import { LiveStage } from './LiveStage';
import type { WebGLProbe } from './webgl';
import './viewSwitch.css';

/** three.js and the 3D scene load only when the 3D view is shown: the first paint stays 2D and small. */
const ThreeStage = lazy(() => import('./three/ThreeStage'));
/** What WebGL is here and what view=auto makes of it: asked after the first paint, so not in the first load. */
const loadWebGL = () => import('./webgl');

export type ShownView = '2d' | '3d';

/** The 3D view stayed slow at its lowest quality: offered a switch (explore), or switched (kiosk, embed). */
type SlowState = 'offered' | 'answered' | 'switched';

/**
 * Chooses the renderer. The first paint is always 2D (and the same as the prerendered page), and
 * WebGL is asked about only afterwards: at once for `view=3d`, otherwise once the page has settled
 * (`settled`: the 2D picture is up and the browser idle). Then `3d` shows 3D where WebGL exists (2D
 * with a short notice where not), `2d` shows 2D, and `auto` shows 3D only where chooseAutoView finds
 * a device that runs it well. A toggle lets the viewer switch where WebGL exists; it is drawn from the
 * first paint and taken away if the probe finds no WebGL.
 *
 * The 2D stage stays on screen while the 3D module loads and until its first frame is drawn (so the
 * Suspense fallback is empty), when the WebGL context is lost (a GPU reset on a kiosk; 3D returns when
 * it is restored), and for good if the 3D view throws. If the 3D view stays slow after lowering its
 * own quality, explore mode offers the switch to 2D; kiosk and embed make it where 3D was the app's
 * choice (`auto`: nobody may be there to choose), and offer it (embed) or keep 3D (kiosk) where 3D was
 * asked for (`view=3d` forces 3D, as interface.md says). Either is said once in a polite status line,
 * never as an error. `controls={false}` hides the toggle and shows that line to screen readers only
 * (an unattended kiosk shows the picture only).
 */
export function ViewSwitch({
  view,
  mode,
  settled,
  controls = true,
  onViewShown,
  ...stage
}: ComponentProps<typeof LiveStage> & {
  view: ViewChoice;
  mode: Mode;
  /** The first picture is up and the browser idle: `view=auto` may look for 3D now. */
  settled: boolean;
  controls?: boolean;
  onViewShown: (view: ShownView) => void;
}) {
  const { t } = useText();
  const [probe, setProbe] = useState<WebGLProbe | null>(null);
  const [autoView, setAutoView] = useState<ShownView>('2d');
  /** The viewer's own pick (the toggle, the slow-3D offer), or a kiosk's switch to 2D; null follows `view`. */
  const [picked, setPicked] = useState<ShownView | null>(null);
  const [slow, setSlow] = useState<SlowState | null>(null);
  const [ready, setReady] = useState(false);
  const [contextLost, setContextLost] = useState(false);
  const [failed, setFailed] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const focusToggle = useRef(false);

  useEffect(() => {
    if (probe || !(view === '3d' || settled)) return;
    let current = true;
    void loadWebGL().then((webgl) => {
      if (!current) return;
      // Transitions: the picture is up already, and a plain update from a promise would redraw this
      // part of the page in one uninterruptible task while the page settles.
      if (view === '3d') return startTransition(() => setProbe(webgl.probeWebGL()));
      // Decided once: resizing or rotating later never swaps the picture under the viewer. On a phone
      // or under Save-Data no probe is made (until the viewer asks for 3D, see `pick`).
      const decided = webgl.decideAutoView();
      startTransition(() => {
        if (decided.probe) setProbe(decided.probe);
        setAutoView(decided.view);
      });
    });
    return () => {
      current = false;
    };
  }, [probe, view, settled]);

  useEffect(() => setPicked(null), [view]);

  const webgl = probe?.available ?? true; // unknown until asked: the toggle is drawn from the first paint
  const preferred = picked ?? (view === 'auto' ? autoView : view);
  const want3d = preferred === '3d' && probe?.available === true && !failed;
  const shown: ShownView = want3d && ready && !contextLost ? '3d' : '2d';
  useEffect(() => onViewShown(shown), [shown, onViewShown]);
  // A 3D view shown again is a new one: it is shown once it has drawn, with a fresh context.
  useEffect(() => {
    if (want3d) return;
    setReady(false);
    setContextLost(false);
  }, [want3d]);

  const onReady = useCallback(() => setReady(true), []);
  const onContextLost = useCallback(() => setContextLost(true), []);
  const onContextRestored = useCallback(() => setContextLost(false), []);
  // 3D the app chose (view=auto) is let go by itself where nobody may be there to choose; 3D asked for
  // (view=3d, or the toggle) is only offered the way out, and an unattended kiosk asked for it keeps it.
  const chosenByApp = picked === null && view === 'auto';
  const slowSeen = useRef(false);
  const onSlow = useCallback(() => {
    if (slowSeen.current) return; // once per page: after that, the viewer's choice stands
    slowSeen.current = true;
    if (chosenByApp && mode !== 'explore') {
      setPicked('2d');
      setSlow('switched');
    } else if (mode !== 'kiosk') {
      setSlow('offered');
    }
  }, [chosenByApp, mode]);

  const pick = (next: ShownView) => {
    if (next === '3d') void loadWebGL().then((webgl) => setProbe(webgl.probeWebGL())); // asked at once
    setPicked(next);
  };
  /** The offer's buttons go away once answered: focus moves to the toggle that replaces them. */
  const answer = (next: ShownView) => {
    pick(next);
    setSlow('answered');
    focusToggle.current = true;
  };
  useEffect(() => {
    if (focusToggle.current) toggle.current?.focus();
    focusToggle.current = false;
  }, [slow]);

  const notice =
    view === '3d' && probe && !probe.available
      ? t('ui.view.no3d')
      : slow === 'offered'
        ? t('ui.view.slow')
        : slow === 'switched' && preferred === '2d'
          ? t('ui.view.switched')
          : '';

  return (
    <div className="view-switch">
      {shown === '2d' && <LiveStage {...stage} />}
      {want3d && (
        <ErrorBoundary fallback={() => <ReportFailure onFailure={setFailed} />}>
          <Suspense fallback={null}>
            <ThreeStage
              player={stage.player}
              settings={stage.settings}
              reducedMotion={stage.reducedMotion}
              name={t('ui.view.stage3d', { title: stage.title })}
              description={stage.description}
              label={stage.label}
              selected={stage.selected}
              onSelectActor={stage.onSelectActor}
              sedationLabel={stage.sedationLabel}
              guidedLabel={t('ui.view.guided')}
              standby={shown !== '3d'}
              startLow={probe.software}
              onReady={onReady}
              onSlow={onSlow}
              onContextLost={onContextLost}
              onContextRestored={onContextRestored}
            />
          </Suspense>
        </ErrorBoundary>
      )}
      {/* One polite status line, always in the page so that what is put into it is announced. */}
      <div className={controls ? 'view-switch__bar' : 'visually-hidden'}>
        <p className="view-switch__notice" role="status">
          {notice}
        </p>
        {controls && slow === 'offered' && (
          <span className="view-switch__actions">
            <button type="button" className="tool-button" onClick={() => answer('2d')}>
              {t('ui.view.switch2d')}
            </button>
            <button type="button" className="tool-button" onClick={() => answer('3d')}>
              {t('ui.view.keep3d')}
            </button>
          </span>
        )}
        {controls && webgl && !failed && slow !== 'offered' && (
          <button ref={toggle} type="button" className="tool-button" onClick={() => pick(preferred === '3d' ? '2d' : '3d')}>
            {preferred === '3d' ? t('ui.view.show2d') : t('ui.view.show3d')}
          </button>
        )}
      </div>
    </div>
  );
}

/** Rendered by the error boundary when the 3D view throws: tells ViewSwitch to stay in 2D. */
function ReportFailure({ onFailure }: { onFailure: (failed: boolean) => void }) {
  useEffect(() => onFailure(true), [onFailure]);
  return null;
}
