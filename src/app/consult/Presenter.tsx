import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ActorId } from '../../science/types';
import type { Params } from '../../model/params';
import type { Player } from '../../player/player';
import { usePlayerSnapshot } from '../../ui/playerHooks';
import { useText } from '../../ui/text';
import { openConsultChannel, type ConsultChannel } from './channel';
import { InkLayer, type InkEvents } from './InkLayer';
import type { InkSurface } from './inkSurface';
import { stamp, type ConsultState } from './protocol';
import './consult.css';

/** How often the presenter says the whole state while an audience listens; audiences wait 3.5 of these. */
const HEARTBEAT_MS = 1000;
/** The window the button opens: pressing it again brings the same one back rather than another. */
const AUDIENCE_WINDOW = 'ketamine-explorer-audience';

/**
 * The presenter side of a consult, in explore mode, loaded after the first paint (its code is not in
 * the first load). It puts its parts into the page's own places with portals: the "Show on a second
 * screen" button among the header's tools, the pointer and pen over the picture and in the bar under
 * it, and the presenter's notes at the top of the side column. One component owns them because they
 * share one channel and one state; App stays unaware of all this but for one line. Its words are not in
 * the first paint's text: App draws it in the Suspense boundary of the dialogs, which shows nothing until
 * the dialogs' code and all the text have arrived (AppDialogs), so it never shows a missing word.
 *
 * It speaks on the consult channel: the whole state on each coarse change of the player or the page,
 * on a scrub, on each audience's hello and once a second while an audience listens; ink as it is drawn.
 * It listens only to hello and bye: an audience cannot change what the presenter shows.
 */
export function ConsultPresenter({ player, params, selected, view }: { player: Player; params: Params; selected: ActorId | null; view: '2d' | '3d' }) {
  const { t } = useText();
  const [audiences, setAudiences] = useState<ReadonlySet<string>>(new Set());
  const [pinned, setPinned] = useState(false);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const channel = useRef<ConsultChannel | null>(null);
  const surface = useRef<InkSurface | null>(null);
  const places = usePlaces();
  const connected = audiences.size > 0;

  // Everything the state is made of, read when a message is built (the player's clock is read then too).
  const latest = useRef({ params, selected, view, pinned });
  latest.current = { params, selected, view, pinned };
  const buildState = useCallback((): ConsultState => {
    const { params: p, selected: s, view: v, pinned: pin } = latest.current;
    const snapshot = player.getSnapshot();
    return {
      scene: player.scene.id,
      at: player.getTime(),
      playing: snapshot.playing,
      speed: snapshot.speed,
      level: p.level,
      lang: p.lang,
      exposure: p.exposure,
      time: p.time,
      stress: p.stress,
      selected: s,
      view: v,
      pinned: pin,
      strokes: surface.current?.strokes() ?? [],
    };
  }, [player]);
  const sendState = useCallback(() => channel.current?.post({ type: 'state', state: buildState(), sent: stamp() }), [buildState]);

  useEffect(() => {
    channel.current = openConsultChannel((message) => {
      if (message.type === 'hello') {
        setAudiences((set) => new Set(set).add(message.from));
        setStartedAt((at) => at ?? Date.now());
        sendState();
      } else if (message.type === 'bye') {
        setAudiences((set) => {
          const next = new Set(set);
          next.delete(message.from);
          return next;
        });
      }
      // Anything else is another presenter's talk, or an audience trying to command: not for us.
    });
    // An audience left showing a still (this window reloaded) follows again at once.
    sendState();
    const bye = () => channel.current?.post({ type: 'end' });
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      bye();
      channel.current?.close();
      channel.current = null;
    };
  }, [sendState]);

  // The page's own settings, the selection, the view and the pin.
  useEffect(() => {
    if (connected) sendState();
  }, [connected, sendState, params.level, params.lang, params.exposure, params.time, params.stress, selected, view, pinned]);

  useEffect(() => {
    if (!connected) return;
    // Coarse changes at once; a scrub (time moving while paused) once per frame at most. While playing,
    // the audience runs its own clock, and the heartbeat keeps the two together.
    let frame = 0;
    const offCoarse = player.subscribe(sendState);
    const offFrame = player.subscribeFrame(() => {
      if (player.getSnapshot().playing || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        sendState();
      });
    });
    const beat = setInterval(sendState, HEARTBEAT_MS);
    return () => {
      offCoarse();
      offFrame();
      cancelAnimationFrame(frame);
      clearInterval(beat);
    };
  }, [connected, player, sendState]);

  const events: InkEvents = useMemo(
    () => ({
      onStroke: (stroke, done) => channel.current?.post({ type: 'stroke', stroke, done, sent: stamp() }),
      onErase: (ids) => channel.current?.post({ type: 'erase', ids, sent: stamp() }),
      onChange: sendState,
    }),
    [sendState],
  );

  const openAudience = () => {
    // This page's address holds its state (useAddressBar): the audience opens on the same moment, then follows.
    const query = new URLSearchParams(window.location.search);
    query.set('mode', 'audience');
    for (const name of ['controls', 'autoplay']) query.delete(name);
    window.open(`${window.location.pathname}?${query}`, AUDIENCE_WINDOW);
  };

  if (!places) return null;
  return (
    <>
      {createPortal(
        <button type="button" className="tool-button consult-open" data-consult={connected ? 'connected' : 'alone'} onClick={openAudience}>
          {t('consult.open')}
        </button>,
        places.tools,
      )}
      <InkLayer player={player} frame={places.frame} bar={places.bar} surfaceRef={surface} pinned={pinned} onPinnedChange={setPinned} events={events} />
      {connected && startedAt !== null && createPortal(<PresenterNotes player={player} startedAt={startedAt} screens={audiences.size} />, places.side)}
    </>
  );
}

/** The page's places the consult's parts go into (App draws them; they are there once it has). */
function usePlaces() {
  const [places, setPlaces] = useState<{ tools: Element; frame: HTMLElement; bar: HTMLElement; side: Element } | null>(null);
  useEffect(() => {
    const tools = document.querySelector('.app-header__tools');
    const frame = document.querySelector<HTMLElement>('.stage-frame');
    const bar = frame?.querySelector<HTMLElement>('.view-switch__bar');
    const side = document.querySelector('.side-column');
    // A transition, like every update of the parts that arrive after the first paint (App).
    if (tools && frame && bar && side) startTransition(() => setPlaces({ tools, frame, bar, side }));
  }, []);
  return places;
}

/**
 * What only the presenter sees while an audience follows: the clinician's caption, a few talking points
 * for the beat, what comes next, and how long the consult has run. The clock writes its text once a
 * second straight into the element, not through React.
 */
function PresenterNotes({ player, startedAt, screens }: { player: Player; startedAt: number; screens: number }) {
  const { t } = useText();
  const { sceneIndex, beatIndex } = usePlayerSnapshot(player);
  const scene = player.scenes[sceneIndex]!;
  const beat = scene.beats[beatIndex]!;
  const nextScene = player.scenes[sceneIndex + 1];
  const next = scene.beats[beatIndex + 1]
    ? t(`scenes.${scene.id}.beats.${scene.beats[beatIndex + 1]!.id}.title`)
    : nextScene
      ? t(nextScene.titleKey)
      : null;
  const points = t(`consult.points.${scene.id}.${beat.id}`, { returnObjects: true }) as unknown;
  const clock = useRef<HTMLElement>(null);

  useEffect(() => {
    const write = () => {
      const seconds = Math.max(0, Math.floor((Date.now() - startedAt) / 1000));
      if (clock.current) clock.current.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    };
    write();
    const timer = setInterval(write, 1000);
    return () => clearInterval(timer);
  }, [startedAt]);

  return (
    <section className="consult-notes" aria-labelledby="consult-notes-title" data-consult-notes="">
      <h2 id="consult-notes-title" className="consult-notes__title">
        {t('consult.notes.title')}
        <span className="consult-notes__clock">
          {t('consult.notes.elapsed')} <span ref={clock} />
        </span>
      </h2>
      <p className="consult-notes__status">{t('consult.notes.connected', { count: screens })}</p>
      <h3 className="consult-notes__heading">{t('consult.notes.clinician')}</h3>
      <p className="consult-notes__caption">{t(beat.caption.clinician)}</p>
      {Array.isArray(points) && (
        <>
          <h3 className="consult-notes__heading">{t('consult.notes.points')}</h3>
          <ul className="consult-notes__points">
            {points.map((point) => (
              <li key={String(point)}>{String(point)}</li>
            ))}
          </ul>
        </>
      )}
      {next && (
        <p className="consult-notes__next">
          <span className="consult-notes__heading">{t('consult.notes.next')}</span> {next}
        </p>
      )}
    </section>
  );
}
