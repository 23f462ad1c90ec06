import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { LazyMotion, MotionConfig, useReducedMotion } from 'framer-motion';
import type { TFunction } from 'i18next';
import { SCENES } from '../../scenes';
import type { ActorId, Level } from '../science/types';
import { statusNotes } from '../model/state';
import type { Params } from '../model/params';
import type { PanelSettings } from '../model/settings';
import { Player } from '../player/player';
import { startFrameLoop } from '../player/frameLoop';
import { handlePlayerKey } from '../player/keyboard';
import { ViewSwitch, type ShownView } from '../views/ViewSwitch';
import { Legend } from '../views/Legend';
import { CaptionCard } from '../ui/CaptionCard';
import { CopyLinkButton } from '../ui/CopyLinkButton';
import { EndOfStory } from '../ui/EndOfStory';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Footer } from '../ui/Footer';
import { InfoCard } from '../ui/InfoCard';
import { LanguageSelect } from '../ui/LanguageSelect';
import { LevelToggle } from '../ui/LevelToggle';
import { ProgressPath } from '../ui/ProgressPath';
import { SettingsPanel } from '../ui/SettingsPanel';
import { Transport } from '../ui/Transport';
import type { AboutSection } from '../ui/dialogs/AboutDialog';
import { usePlayerSnapshot } from '../ui/playerHooks';
import { TextProvider } from '../ui/text';
import { FullscreenButton } from './kiosk/FullscreenButton';
import { KioskOverlay } from './kiosk/KioskOverlay';
import { useKioskLoop } from './kiosk/useKioskLoop';
import { useWakeLock } from './kiosk/useWakeLock';
import type { DialogName } from './AppDialogs';
import { useAddressBar } from './useAddressBar';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { importWithRetry } from './importWithRetry';
import { useLanguage } from './useLanguage';
import { usePrinting } from './usePrinting';
import { useTheme } from './useTheme';
import { useEmbedBridge } from './embed/useEmbedBridge';
import './embed.css';
import './kiosk/kiosk.css';
import './print.css';

// Loaded after the scene is on screen: see useAfterFirstPaint.
const AppDialogs = lazy(() => importWithRetry(() => import('./AppDialogs')));
type HandoutModule = typeof import('./Handout');

// d3's scales are only needed by the chart, which may draw a moment after the scene.
const TimeCourseChart = lazy(() =>
  importWithRetry(() => import('../views/chart/TimeCourseChart')).then((module) => ({ default: module.TimeCourseChart })),
);

const loadMotionFeatures = () => importWithRetry(() => import('./motionFeatures')).then((module) => module.default);

const END_BEHAVIOUR = { explore: 'next', kiosk: 'loop', embed: 'stop' } as const;

export function App({ initial, t: initialT }: { initial: Params; t: TFunction }) {
  const [params, setParams] = useState(initial);
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const [aboutSection, setAboutSection] = useState<AboutSection>('disclaimer');
  const [selected, setSelected] = useState<ActorId | null>(null);
  const [shownView, setShownView] = useState<ShownView>('2d');
  const reducedMotion = useReducedMotion() ?? false;
  const t = useLanguage(params.lang, initialT);
  const kioskMode = params.mode === 'kiosk';
  const extras = useAfterFirstPaint(dialog !== null);
  const printing = usePrinting(params.mode === 'explore');

  const player = useMemo(() => {
    const p = new Player(SCENES, END_BEHAVIOUR[initial.mode]);
    p.goToScene(SCENES.findIndex((s) => s.id === initial.scene), initial.t);
    p.setSpeed(initial.speed);
    return p;
  }, [initial]);

  const { sceneIndex, beatIndex } = usePlayerSnapshot(player);
  const scene = player.scene;
  const beat = scene.beats[beatIndex]!;
  const settings: PanelSettings = useMemo(
    () => ({ exposure: params.exposure, time: params.time, stress: params.stress }),
    [params.exposure, params.time, params.stress],
  );
  const text = useMemo(() => ({ t, lang: params.lang, level: params.level }), [t, params.lang, params.level]);

  /** Merges already-validated parameters (panel, wording, language, embed commands). */
  const applyParams = useCallback((next: Partial<Params>) => setParams((p) => ({ ...p, ...next })), []);
  const setLevel = useCallback((level: Level) => applyParams({ level }), [applyParams]);
  const setLanguage = useCallback((lang: string) => applyParams({ lang }), [applyParams]);
  const label = useCallback((actor: ActorId) => t(`actors.${actor}.name`), [t]);
  const closeDialog = useCallback(() => setDialog(null), []);

  // Between kiosk loops, the next language of `rotate` takes over.
  const rotateLanguage = useCallback(() => {
    setParams((p) => (p.rotate.length > 1 ? { ...p, lang: p.rotate[(p.rotate.indexOf(p.lang) + 1) % p.rotate.length]! } : p));
  }, []);
  const kiosk = useKioskLoop(player, { enabled: kioskMode, idleSeconds: params.idle, onLoop: rotateLanguage });

  useTheme(params.theme);
  useAddressBar(params, player);
  useEmbedBridge(player, applyParams);
  useWakeLock(kioskMode);
  useEffect(() => startFrameLoop(player), [player]);
  // The handout's code is fetched after the first paint but drawn only for printing, and then at once:
  // `beforeprint` leaves no time to download it or to wait for a Suspense boundary.
  const [handout, setHandout] = useState<HandoutModule | null>(null);
  useEffect(() => {
    if (extras && params.mode === 'explore') void importWithRetry(() => import('./Handout')).then(setHandout);
  }, [extras, params.mode]);

  useEffect(() => {
    // Reduced motion: nothing starts moving by itself (the kiosk loop runs its own start).
    if (initial.autoplay && !reducedMotion && initial.mode !== 'kiosk') player.play();
  }, [player]); // first load only: `initial` does not change

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      if (kioskMode && kiosk.phase !== 'paused') {
        kiosk.interact();
        return;
      }
      if (handlePlayerKey(event, player, { openHelp: () => setDialog('help') })) event.preventDefault();
      if (kioskMode) kiosk.interact();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [player, kioskMode, kiosk]);

  // A new scene starts with nothing selected.
  useEffect(() => setSelected(null), [sceneIndex]);

  const full = params.controls === 'full';
  const showTransport = kioskMode ? kiosk.phase === 'paused' || kiosk.phase === 'countdown' : params.controls !== 'none';

  return (
    <TextProvider value={text}>
      <MotionConfig reducedMotion="user">
        <LazyMotion features={loadMotionFeatures} strict>
          <div
            className={`app app--${params.mode} app--controls-${params.controls}`}
            data-app=""
            data-scene={scene.id}
            data-view={shownView}
            data-mode={params.mode}
            data-beat={beatIndex}
            onPointerDown={kioskMode ? kiosk.interact : undefined}
          >
            {full && (
              <a
                className="skip-link"
                href="#picture"
                onClick={(event) => {
                  // Focus moves to the picture without adding #picture to the shareable address.
                  event.preventDefault();
                  document.getElementById('picture')?.focus();
                }}
              >
                {t('ui.skipToPicture')}
              </a>
            )}
            <header className="app-header">
              <div className="app-header__title">
                <h1>{t('ui.appTitle')}</h1>
                <p className="app-header__subtitle">{t(scene.titleKey)}</p>
              </div>
              <ProgressPath scenes={SCENES} current={sceneIndex} onSelect={(i) => player.goToScene(i)} />
              {full && (
                <div className="app-header__tools">
                  <LevelToggle onChange={setLevel} />
                  <LanguageSelect onChange={setLanguage} />
                  <CopyLinkButton />
                  <button type="button" className="tool-button" onClick={() => window.print()}>
                    {t('handout.print')}
                  </button>
                  <button type="button" className="tool-button" onClick={() => setDialog('help')}>
                    {t('ui.shortcuts')}
                  </button>
                  {params.mode === 'explore' && (
                    <button type="button" className="tool-button" onClick={() => setDialog('embed')}>
                      {t('ui.embed.button')}
                    </button>
                  )}
                </div>
              )}
              {kioskMode && showTransport && (
                <div className="app-header__tools">
                  <FullscreenButton />
                </div>
              )}
            </header>

            <main className="app-main">
              <div className="stage-column" id="picture" tabIndex={-1}>
                <ErrorBoundary
                  resetKey={scene.id}
                  fallback={(retry) => (
                    <div className="view-error" role="alert">
                      <p>{t('ui.viewError')}</p>
                      <button type="button" className="tool-button" onClick={retry}>
                        {t('ui.tryAgain')}
                      </button>
                    </div>
                  )}
                >
                  <ViewSwitch
                    view={params.view}
                    mode={params.mode}
                    settled={extras}
                    controls={!kioskMode || showTransport}
                    onViewShown={setShownView}
                    player={player}
                    settings={settings}
                    reducedMotion={reducedMotion}
                    title={t('ui.stageName', { scene: t(scene.titleKey) })}
                    description={t(beat.description[params.level])}
                    label={label}
                    selected={selected}
                    onSelectActor={setSelected}
                    sedationLabel={t('notes.sedation')}
                  />
                </ErrorBoundary>
                {showTransport && <Transport player={player} compact={!full} />}
                {selected && <InfoCard actor={selected} onClose={() => setSelected(null)} />}
                {kioskMode && <KioskOverlay loop={kiosk} />}
                {params.mode === 'explore' && <EndOfStory player={player} />}
                {full && <Legend actors={scene.actors} title={t('ui.legend')} label={label} onSelect={setSelected} />}
              </div>
              <aside className="side-column">
                <CaptionCard scene={scene} beat={beat} notes={statusNotes(settings)} onShowReferences={() => setDialog('references')} />
                {/* The chart adds to the caption: if it cannot be drawn, it steps aside and the rest carries on. */}
                {!kioskMode && (
                  <ErrorBoundary resetKey={scene.id} fallback={() => null}>
                    <Suspense fallback={<div className="chart chart--pending" />}>
                      <TimeCourseChart scene={scene} settings={settings} player={player} reducedMotion={reducedMotion} />
                    </Suspense>
                  </ErrorBoundary>
                )}
                {full && <SettingsPanel settings={settings} onChange={(next) => applyParams(next)} />}
              </aside>
            </main>

            <p className="visually-hidden" aria-live="polite">
              {t(beat.description[params.level])}
            </p>
            <Footer
              onAbout={(section) => {
                setAboutSection(section);
                setDialog('about');
              }}
              onMyths={kioskMode ? undefined : () => setDialog('myths')}
            />

            {extras && (
              <Suspense fallback={null}>
                <AppDialogs
                  open={dialog}
                  onClose={closeDialog}
                  aboutSection={aboutSection}
                  scene={scene}
                  beat={beat}
                  allowLinks={!kioskMode}
                  embed={
                    params.mode === 'explore'
                      ? { scene: scene.id, level: params.level, lang: params.lang, exposure: params.exposure, time: params.time, stress: params.stress }
                      : undefined
                  }
                />
              </Suspense>
            )}
          </div>
          {params.mode === 'explore' && printing && handout && <handout.default settings={settings} />}
        </LazyMotion>
      </MotionConfig>
    </TextProvider>
  );
}
