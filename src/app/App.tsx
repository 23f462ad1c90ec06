import { lazy, startTransition, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { SCENES } from '../../scenes';
import type { ActorId, Level } from '../science/types';
import { statusNotes } from '../model/state';
import type { Params } from '../model/params';
import type { KioskSettings } from '../model/kioskSettings';
import { loadAllText } from '../i18n/i18n';
import type { PanelSettings } from '../model/settings';
import { Player } from '../player/player';
import { startFrameLoop } from '../player/frameLoop';
import { handlePlayerKey } from '../player/keyboard';
import { ViewSwitch, type ShownView } from '../views/ViewSwitch';
import { Legend } from '../views/Legend';
import { loadCompositions } from '../views/svg/compositions';
import { CaptionCard } from '../ui/CaptionCard';
import { CopyLinkButton } from '../ui/CopyLinkButton';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Footer } from '../ui/Footer';
import { LanguageSelect } from '../ui/LanguageSelect';
import { LevelToggle } from '../ui/LevelToggle';
import { ProgressPath } from '../ui/ProgressPath';
import { SettingsPanel } from '../ui/SettingsPanel';
import { Transport } from '../ui/Transport';
import type { AboutSection } from '../ui/dialogs/AboutDialog';
import { usePlayerSnapshot } from '../ui/playerHooks';
import { TextProvider } from '../ui/text';
import { useKioskLoop } from './kiosk/useKioskLoop';
import { useWakeLock } from './kiosk/useWakeLock';
import type { DialogName } from './AppDialogs';
import { useAddressBar } from './useAddressBar';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { prefersReducedMotion, useReducedMotion } from './useReducedMotion';
import { importWithRetry } from './importWithRetry';
import { lazyPart, preloadParts } from './lazyPart';
import { useLanguage } from './useLanguage';
import { usePrinting } from './usePrinting';
import { useTheme } from './useTheme';
import { useEmbedBridge } from './embed/useEmbedBridge';
import { Consult } from './consultPart';
// The chart's code loads lazily, but its HTML is in the prerendered page: its styles come with the first paint.
import '../views/chart/chart.css';

// Loaded after the scene is on screen (see useAfterFirstPaint), with the rest of the text they show.
const AppDialogs = lazy(() =>
  Promise.all([importWithRetry(() => import('./AppDialogs')), loadAllText(importWithRetry)]).then(([module]) => module),
);
type HandoutModule = typeof import('./Handout');

// Parts no first page shows (see lazyPart): what an actor is, shown once one is chosen; the closing
// summary at the end of the story; the kiosk's cards and button. (Parts of the prerendered page stay in
// the first load: React must hydrate them at once, or an update that reaches them first would replace
// their HTML by nothing.)
const InfoCard = lazyPart(() => import('../ui/InfoCard'), (module) => module.InfoCard);
const EndOfStory = lazyPart(() => import('../ui/EndOfStory'), (module) => module.EndOfStory, ['explore']);
const KioskOverlay = lazyPart(() => import('./kiosk/parts'), (module) => module.KioskOverlay, ['kiosk']);
const FullscreenButton = lazyPart(() => import('./kiosk/parts'), (module) => module.FullscreenButton, ['kiosk']);
const ClinicBrand = lazyPart(() => import('./kiosk/parts'), (module) => module.ClinicBrand, ['kiosk']);

// d3's scales are only needed by the chart, which may draw a moment after the scene (over a prerendered
// page its HTML is there already, and React hydrates it when its code arrives).
const TimeCourseChart = lazy(() =>
  importWithRetry(() => import('../views/chart/TimeCourseChart')).then((module) => ({ default: module.TimeCourseChart })),
);

const END_BEHAVIOUR = { explore: 'next', kiosk: 'loop', embed: 'stop' } as const;

/** `kiosk`: a waiting-room screen's own settings (kiosk.json and the address; src/model/kioskSettings.ts). */
export function App({ initial, kiosk: kioskSettings, t: initialT }: { initial: Params; kiosk?: KioskSettings; t: TFunction }) {
  const [params, setParams] = useState(initial);
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const [aboutSection, setAboutSection] = useState<AboutSection>('disclaimer');
  const [selected, setSelected] = useState<ActorId | null>(null);
  const [shownView, setShownView] = useState<ShownView>('2d');
  const reducedMotion = useReducedMotion();
  const t = useLanguage(params.lang, initialT);
  const kioskMode = params.mode === 'kiosk';
  const extras = useAfterFirstPaint(dialog !== null);
  const printing = usePrinting(params.mode === 'explore');

  const player = useMemo(() => {
    // A clinic may loop some of the scenes, in its own order.
    const scenes = kioskSettings?.scenes.length ? kioskSettings.scenes.map((id) => SCENES.find((s) => s.id === id)!) : SCENES;
    // A consult's audience never runs here: AppRoot draws its own view (consult/Audience.tsx).
    const p = new Player(scenes, END_BEHAVIOUR[initial.mode as keyof typeof END_BEHAVIOUR]);
    p.goToScene(scenes.findIndex((s) => s.id === initial.scene), initial.t);
    p.setSpeed(initial.speed);
    return p;
  }, [initial, kioskSettings]);

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
  const [closed, setClosed] = useState(false); // outside the clinic's opening hours (KioskOverlay)
  const kiosk = useKioskLoop(player, { enabled: kioskMode, idleSeconds: params.idle, onLoop: rotateLanguage, closed });

  useTheme(params.theme);
  useAddressBar(params, player);
  useEmbedBridge(player, applyParams);
  useWakeLock(kioskMode && !closed); // a closed clinic's screen may sleep
  useEffect(() => startFrameLoop(player), [player]);
  // The handout's code is fetched after the first paint but drawn only for printing, and then at once:
  // `beforeprint` leaves no time to download it or to wait for a Suspense boundary.
  const [handout, setHandout] = useState<HandoutModule | null>(null);
  useEffect(() => {
    if (extras) void preloadParts(params.mode);
  }, [extras, params.mode]);
  // The other scenes' pictures, right away: the player may go to any scene at any moment.
  useEffect(() => void loadCompositions(importWithRetry), []);
  useEffect(() => {
    if (extras && params.mode === 'explore') {
      // The sheet draws every scene's picture and text at once, when printing: both must be here by then.
      // A transition: outside one, this update would re-render the whole app in one uninterruptible task
      // while the page is still settling (a long task on a phone).
      void Promise.all([importWithRetry(() => import('./Handout')), loadAllText(importWithRetry), loadCompositions(importWithRetry)]).then(([module]) =>
        startTransition(() => setHandout(module)),
      );
    }
  }, [extras, params.mode]);

  useEffect(() => {
    // Reduced motion: nothing starts moving by itself (the kiosk loop runs its own start). Asked here, not
    // from the render: a hydrated first render assumes motion (see useReducedMotion).
    if (initial.autoplay && !prefersReducedMotion() && initial.mode !== 'kiosk') player.play();
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

  // The last of the app's effects: from here on it answers keys and clicks. A prerendered page is on
  // screen before this, so tests and embedders wait for `data-ready` (README, "DOM hooks"). Written to the
  // element directly: rendering it would make the first client render differ from the prerendered page.
  const appRoot = useRef<HTMLDivElement>(null);
  useEffect(() => appRoot.current?.setAttribute('data-ready', ''), []);

  const full = params.controls === 'full';
  const showTransport = kioskMode ? kiosk.phase === 'paused' || kiosk.phase === 'countdown' : params.controls !== 'none';

  return (
    <TextProvider value={text}>
      <div
        className={`app app--${params.mode} app--controls-${params.controls}`}
        ref={appRoot}
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
          {kioskMode && (kioskSettings?.clinic || kioskSettings?.logo) && (
            <Suspense fallback={null}>
              <ClinicBrand name={kioskSettings.clinic} logo={kioskSettings.logo} />
            </Suspense>
          )}
          <div className="app-header__title">
            <h1>{t('ui.appTitle')}</h1>
            <p className="app-header__subtitle">{t(scene.titleKey)}</p>
          </div>
          <ProgressPath scenes={player.scenes} current={sceneIndex} onSelect={(i) => player.goToScene(i)} />
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
                <>
                  <button type="button" className="tool-button" onClick={() => setDialog('embed')}>
                    {t('ui.embed.button')}
                  </button>
                  <button type="button" className="tool-button" onClick={() => setDialog('takeHome')}>
                    {t('ui.takeHome.button')}
                  </button>
                </>
              )}
            </div>
          )}
          {kioskMode && showTransport && (
            <div className="app-header__tools">
              <Suspense fallback={null}>
                <FullscreenButton />
              </Suspense>
            </div>
          )}
        </header>

        <main className="app-main">
          <div className="stage-column">
            {/* The picture and what shows over it; on a phone the caption comes right after it (app.css). */}
            <div className="stage-frame" id="picture" tabIndex={-1}>
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
              {selected && (
                <Suspense fallback={null}>
                  <InfoCard actor={selected} onClose={() => setSelected(null)} />
                </Suspense>
              )}
              {kioskMode && (
                <Suspense fallback={null}>
                  <KioskOverlay loop={kiosk} settings={kioskSettings} onClosedChange={setClosed} />
                </Suspense>
              )}
              {params.mode === 'explore' && (
                <Suspense fallback={null}>
                  <EndOfStory player={player} />
                </Suspense>
              )}
            </div>
            {showTransport && <Transport player={player} compact={!full} />}
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
              inkKeys={params.mode === 'explore'}
              embed={
                params.mode === 'explore'
                  ? { scene: scene.id, level: params.level, lang: params.lang, exposure: params.exposure, time: params.time, stress: params.stress }
                  : undefined
              }
            />
            {/* A consult's presenter side: a second screen, pointer and pen (src/app/consult). */}
            {params.mode === 'explore' && <Consult presenter={{ player, params, selected, view: shownView }} />}
          </Suspense>
        )}
      </div>
      {params.mode === 'explore' && printing && handout && <handout.default settings={settings} scene={scene.id} />}
    </TextProvider>
  );
}
