import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { SCENES } from '../../../scenes';
import type { ActorId } from '../../science/types';
import type { Params } from '../../model/params';
import { Player } from '../../player/player';
import { startFrameLoop } from '../../player/frameLoop';
import { ViewSwitch, type ShownView } from '../../views/ViewSwitch';
import { usePlayerSnapshot } from '../../ui/playerHooks';
import { TextProvider } from '../../ui/text';
import { captionEvidence } from '../../ui/CaptionCard';
import { GradeBadge } from '../../ui/GradeBadge';
import { useLanguage } from '../useLanguage';
import { useReducedMotion } from '../useReducedMotion';
import { useTheme } from '../useTheme';
import { openConsultChannel, type ConsultChannel } from './channel';
import { InkSurface } from './inkSurface';
import { stamp, type ConsultState } from './protocol';
import './audience.css';

/** Silence after which the presenter is taken to be gone (it speaks once a second while followed). */
const PRESENTER_GONE_MS = 3500;

type Connection = 'waiting' | 'live' | 'ended';
/** What the audience shows besides the clock: the presenter's words, settings, selection and view. */
type Shown = Pick<ConsultState, 'level' | 'lang' | 'exposure' | 'time' | 'stress' | 'selected' | 'view' | 'pinned'>;

const sameShown = (a: Shown, b: Shown) => (Object.keys(a) as (keyof Shown)[]).every((key) => a[key] === b[key]);
const noSelection = () => {};

/**
 * The wall screen of a consult (mode=audience): the picture and the caption, large, and nothing to
 * press. It follows a presenter window of this browser over the consult channel: it says hello when it
 * opens (the presenter answers with everything at once), then takes each state as it comes and runs its
 * own clock between them, so motion stays smooth. When the presenter goes (it says so, or falls
 * silent), the picture stops where it was with a short, calm note.
 *
 * Its root carries what it shows as data-* attributes (README, "DOM hooks"); `data-latency` is how long
 * the last message took from the presenter's send to this page's DOM (the bench reads it).
 */
export function Audience({ params, t: initialT }: { params: Params; t: TFunction }) {
  const [shown, setShown] = useState<Shown>(() => ({
    level: params.level,
    lang: params.lang,
    exposure: params.exposure,
    time: params.time,
    stress: params.stress,
    selected: null,
    view: params.view === '3d' ? '3d' : '2d',
    pinned: false,
  }));
  const [connection, setConnection] = useState<Connection>('waiting');
  const [, setReceived] = useState(0);
  const [shownView, setShownView] = useState<ShownView>('2d');
  const reducedMotion = useReducedMotion();
  const t = useLanguage(shown.lang, initialT);
  useTheme(params.theme);

  const player = useMemo(() => {
    const p = new Player(SCENES, 'next');
    p.goToScene(SCENES.findIndex((s) => s.id === params.scene), params.t);
    return p;
  }, [params]);
  useEffect(() => startFrameLoop(player), [player]);
  const { sceneIndex, beatIndex, playing } = usePlayerSnapshot(player);
  const scene = player.scene;
  const beat = scene.beats[beatIndex]!;
  const settings = useMemo(() => ({ exposure: shown.exposure, time: shown.time, stress: shown.stress }), [shown.exposure, shown.time, shown.stress]);

  const root = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const ink = useRef<SVGSVGElement>(null);
  const surface = useRef<InkSurface | null>(null);
  const sentAt = useRef<number | null>(null);
  const heard = useRef(0);

  const markLatency = useCallback(() => {
    if (sentAt.current === null) return;
    root.current?.setAttribute('data-latency', (stamp() - sentAt.current).toFixed(1));
    sentAt.current = null;
  }, []);
  // A state's change is on screen once React has committed it; ink is drawn at once.
  useLayoutEffect(markLatency);

  const apply = useCallback(
    (state: ConsultState, sent: number) => {
      const index = SCENES.findIndex((s) => s.id === state.scene);
      if (index !== player.getSnapshot().sceneIndex) player.goToScene(index);
      // Where the presenter is now: its clock has run on while the message travelled.
      const travelled = state.playing ? Math.max(0, (stamp() - sent) / 1000) * state.speed : 0;
      const at = state.at + travelled;
      if (!state.playing || Math.abs(player.getTime() - at) > 0.25) player.seek(at);
      player.setSpeed(state.speed);
      if (state.playing) player.play();
      else player.pause();
      const { level, lang, exposure, time, stress, selected, view, pinned } = state;
      const next: Shown = { level, lang, exposure, time, stress, selected, view, pinned };
      setShown((previous) => (sameShown(previous, next) ? previous : next));
      surface.current?.replace(state.strokes);
      root.current?.setAttribute('data-at', state.at.toFixed(2));
      // One render per state (not per frame), so that its layout effect can time the message to the DOM.
      setReceived((n) => n + 1);
    },
    [player],
  );

  useEffect(() => {
    const id = Math.random().toString(36).slice(2, 10) || 'audience';
    let channel: ConsultChannel | null = null;
    let live = false;
    const hello = () => channel?.post({ type: 'hello', from: id });
    channel = openConsultChannel((message) => {
      heard.current = Date.now();
      switch (message.type) {
        case 'state':
          sentAt.current = message.sent;
          apply(message.state, message.sent);
          if (!live) {
            live = true;
            setConnection('live');
            // A presenter that came back (it reloaded) learns that we are here.
            hello();
          }
          break;
        case 'stroke':
          surface.current?.layout();
          surface.current?.extend(message.stroke.id, message.stroke.tool, message.stroke.points);
          if (message.done) surface.current?.end(message.stroke.id);
          sentAt.current = message.sent;
          markLatency();
          break;
        case 'erase':
          surface.current?.remove(message.ids);
          break;
        case 'end':
          live = false;
          player.pause();
          setConnection('ended');
          break;
        // hello and bye are other audiences': nothing for us.
      }
    });
    hello();
    const watchdog = setInterval(() => {
      if (live && Date.now() - heard.current > PRESENTER_GONE_MS) {
        live = false;
        player.pause();
        setConnection('ended');
      }
    }, 500);
    const bye = () => channel?.post({ type: 'bye', from: id });
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      clearInterval(watchdog);
      bye();
      channel?.close();
    };
  }, [apply, markLatency, player]);

  useEffect(() => {
    const layer = new InkSurface(ink.current!, frame.current!);
    surface.current = layer;
    const stop = layer.watch();
    return () => {
      stop();
      surface.current = null;
    };
  }, []);

  // The last effect: the page is up (tests and the bench wait for it, as on every page).
  useEffect(() => root.current?.setAttribute('data-ready', ''), []);

  const text = useMemo(() => ({ t, lang: shown.lang, level: shown.level }), [t, shown.lang, shown.level]);
  const caption = t(beat.caption[shown.level]);
  const evidence = captionEvidence(beat);
  const label = useCallback((actor: ActorId) => t(`actors.${actor}.name`), [t]);

  return (
    <TextProvider value={text}>
      <div
        ref={root}
        className={`audience audience--${connection}`}
        data-app=""
        data-audience=""
        data-mode="audience"
        data-scene={scene.id}
        data-beat={beatIndex}
        data-scene-index={sceneIndex}
        data-playing={String(playing)}
        data-level={shown.level}
        data-lang={shown.lang}
        data-exposure={shown.exposure}
        data-time={shown.time}
        data-stress={shown.stress}
        data-selected={shown.selected ?? ''}
        data-view={shownView}
        data-pinned={String(shown.pinned)}
        data-connection={connection}
      >
        <h1 className="visually-hidden">{t('ui.appTitle')}</h1>
        {/* The picture only shows: inert, so nothing in it can be pressed or focused on the wall screen. */}
        <div className="stage-frame audience__picture" ref={frame} inert>
          <ViewSwitch
            view={shown.view}
            mode="audience"
            settled
            controls={false}
            onViewShown={setShownView}
            player={player}
            settings={settings}
            reducedMotion={reducedMotion}
            title={t('ui.stageName', { scene: t(scene.titleKey) })}
            description={t(beat.description[shown.level])}
            label={label}
            selected={shown.selected}
            onSelectActor={noSelection}
            sedationLabel={t('notes.sedation')}
          />
          <svg ref={ink} className="ink-layer" aria-hidden="true" data-ink="" />
        </div>
        <section className="audience__caption" aria-live="polite">
          <h2 className="audience__title">{t(`scenes.${scene.id}.beats.${beat.id}.title`)}</h2>
          <p className="audience__text" data-caption="">
            {caption}
          </p>
          {/* The grade stands with every caption that states a mechanism, on the wall screen too. */}
          <p className="audience__evidence">
            <GradeBadge grade={evidence.grade} debated={evidence.debated} />
            {evidence.animalFlag && <span className="caption-card__flag">{t(evidence.animalFlag)}</span>}
          </p>
        </section>
        {connection !== 'live' && (
          <p className="audience__note" role="status">
            {t(connection === 'waiting' ? 'consult.audience.waiting' : 'consult.audience.ended')}
          </p>
        )}
      </div>
    </TextProvider>
  );
}
