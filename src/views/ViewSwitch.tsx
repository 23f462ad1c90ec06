import { lazy, Suspense, useCallback, useEffect, useState, type ComponentProps } from 'react';
import type { ViewChoice } from '../model/params';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useBrowserFact } from '../ui/useBrowserFact';
import { useText } from '../ui/text';
import { LiveStage } from './LiveStage';
import { hasWebGL } from './webgl';
import './viewSwitch.css';

/** three.js and the 3D scene load only when the 3D view is shown: the first paint stays 2D and small. */
const ThreeStage = lazy(() => import('./three/ThreeStage'));

export type ShownView = '2d' | '3d';

/**
 * Chooses the renderer. `auto` shows 3D where WebGL works; `3d` without WebGL shows 2D with a short
 * notice; `2d` shows 2D. The 2D stage stays on screen while the 3D module loads and until its first
 * frame is drawn (so the Suspense fallback is empty: the 2D stage is already there), when the WebGL
 * context is lost (a GPU reset on a kiosk; 3D returns when it is restored), and for good if the 3D
 * view throws. A toggle lets the viewer switch where WebGL exists; `controls={false}` hides it and the
 * notice (an unattended kiosk shows the picture only).
 */
export function ViewSwitch({
  view,
  controls = true,
  onViewShown,
  ...stage
}: ComponentProps<typeof LiveStage> & { view: ViewChoice; controls?: boolean; onViewShown: (view: ShownView) => void }) {
  const { t } = useText();
  // The prerendered page, and the first render over it, draw 2D with the toggle in place (as where WebGL
  // works); this browser's answer comes in the render after.
  const webgl = useBrowserFact(hasWebGL, true);
  const [choice, setChoice] = useState<ShownView>('2d');
  const [ready, setReady] = useState(false);
  const [contextLost, setContextLost] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => setChoice(view === '2d' || !webgl ? '2d' : '3d'), [view, webgl]);

  const want3d = choice === '3d' && !failed;
  const shown: ShownView = want3d && ready && !contextLost ? '3d' : '2d';
  useEffect(() => onViewShown(shown), [shown, onViewShown]);

  const onReady = useCallback(() => setReady(true), []);
  const onContextLost = useCallback(() => setContextLost(true), []);
  const onContextRestored = useCallback(() => setContextLost(false), []);

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
              onReady={onReady}
              onContextLost={onContextLost}
              onContextRestored={onContextRestored}
            />
          </Suspense>
        </ErrorBoundary>
      )}
      {controls && (webgl || view === '3d') && (
        <div className="view-switch__bar">
          {!webgl && (
            <p className="view-switch__notice" role="status">
              {t('ui.view.no3d')}
            </p>
          )}
          {webgl && !failed && (
            <button type="button" className="tool-button" onClick={() => setChoice(choice === '3d' ? '2d' : '3d')}>
              {choice === '3d' ? t('ui.view.show2d') : t('ui.view.show3d')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** Rendered by the error boundary when the 3D view throws: tells ViewSwitch to stay in 2D. */
function ReportFailure({ onFailure }: { onFailure: (failed: boolean) => void }) {
  useEffect(() => onFailure(true), [onFailure]);
  return null;
}
