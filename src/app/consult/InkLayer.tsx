import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { createPortal } from 'react-dom';
import type { Player } from '../../player/player';
import { useText } from '../../ui/text';
import { quantise, strokesNear, type InkTool } from './ink';
import { InkSurface } from './inkSurface';
import type { Stroke, StrokeTool } from './protocol';

/** Keys of the tools (help dialog, README "Keyboard"); Esc puts the tool down. */
export const INK_KEYS: Readonly<Record<string, InkTool | 'clear' | 'pin'>> = {
  l: 'laser',
  p: 'pen',
  h: 'highlighter',
  e: 'eraser',
  c: 'clear',
  k: 'pin',
};
const TOOLS: readonly InkTool[] = ['laser', 'pen', 'highlighter', 'eraser'];
/** How near the eraser must pass, in picture heights. */
const ERASER_RADIUS = 0.025;
/**
 * A swipe: mostly sideways and at least this far (CSS pixels). No time limit: the 2D picture has nothing
 * else a sideways drag could mean, and a slow, deliberate swipe is still one.
 */
const SWIPE_DISTANCE = 60;
const FORM_CONTROLS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

export interface InkEvents {
  /** New points of a stroke as drawn (once per animation frame at most), and its end. */
  onStroke(stroke: Stroke, done: boolean): void;
  onErase(ids: readonly number[]): void;
  /** The kept ink or the pin changed as a whole (cleared, pinned): the next state carries it. */
  onChange(): void;
}

/**
 * The presenter's pointer and pen: an ink <svg> over the picture (`frame`, the .stage-frame) and its
 * toolbar in the bar under the picture (`bar`). While a tool is picked the overlay takes the pointer
 * (mouse, pen or finger, `touch-action: none`); with none picked it lets everything through, and a
 * sideways swipe on the 2D picture steps the beats (in 3D a drag orbits the camera). Ink belongs to its
 * beat: it is cleared when the beat changes, unless pinned.
 */
export function InkLayer({
  player,
  frame,
  bar,
  surfaceRef,
  pinned,
  onPinnedChange,
  events,
}: {
  player: Player;
  frame: HTMLElement;
  bar: HTMLElement;
  surfaceRef: { current: InkSurface | null };
  pinned: boolean;
  onPinnedChange: (pinned: boolean) => void;
  events: InkEvents;
}) {
  const { t } = useText();
  const [tool, setTool] = useState<InkTool | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const eventsRef = useRef(events);
  eventsRef.current = events;
  const pinnedRef = useRef(pinned);
  pinnedRef.current = pinned;

  useEffect(() => {
    const surface = new InkSurface(svg.current!, frame);
    surfaceRef.current = surface;
    const stop = surface.watch();
    return () => {
      stop();
      surfaceRef.current = null;
    };
  }, [frame, surfaceRef]);

  const clear = () => {
    const surface = surfaceRef.current;
    if (!surface) return;
    const ids = surface.strokes().map((s) => s.id);
    surface.clear();
    if (ids.length) eventsRef.current.onErase(ids);
  };

  // A new beat (or scene) starts with clean glass, unless the ink is pinned.
  useEffect(() => {
    let beat = `${player.getSnapshot().sceneIndex}:${player.getSnapshot().beatIndex}`;
    return player.subscribe(() => {
      const now = `${player.getSnapshot().sceneIndex}:${player.getSnapshot().beatIndex}`;
      if (now === beat) return;
      beat = now;
      if (!pinnedRef.current) surfaceRef.current?.clear();
      eventsRef.current.onChange();
    });
  }, [player, surfaceRef]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const target = event.target as HTMLElement | null;
      if (target && (FORM_CONTROLS.has(target.tagName) || target.isContentEditable)) return;
      if (event.key === 'Escape') {
        setTool(null);
        return;
      }
      const action = INK_KEYS[event.key.toLowerCase()];
      if (!action) return;
      event.preventDefault();
      if (action === 'clear') clear();
      else if (action === 'pin') onPinnedChange(!pinnedRef.current);
      else setTool((current) => (current === action ? null : action));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // Swipes on the picture while no tool is picked. On the frame, so the 2D stage's own clicks still work.
  useEffect(() => {
    if (tool) return;
    let start: { x: number; y: number; id: number } | null = null;
    const down = (event: PointerEvent) => {
      const inPicture = (event.target as Element).closest('svg.kme-stage');
      // A finger's or a pen's gesture; a mouse drag on the picture means nothing.
      start = inPicture && event.isPrimary && event.pointerType !== 'mouse' ? { x: event.clientX, y: event.clientY, id: event.pointerId } : null;
    };
    const up = (event: PointerEvent) => {
      if (!start || event.pointerId !== start.id) return;
      const dx = event.clientX - start.x;
      const dy = event.clientY - start.y;
      start = null;
      if (Math.abs(dx) < SWIPE_DISTANCE || Math.abs(dx) < 1.5 * Math.abs(dy)) return;
      if (dx < 0) player.nextBeat();
      else player.previousBeat();
    };
    const cancel = () => (start = null);
    frame.addEventListener('pointerdown', down);
    frame.addEventListener('pointerup', up);
    frame.addEventListener('pointercancel', cancel);
    return () => {
      frame.removeEventListener('pointerdown', down);
      frame.removeEventListener('pointerup', up);
      frame.removeEventListener('pointercancel', cancel);
    };
  }, [tool, frame, player]);

  // ---- drawing -----------------------------------------------------------------------------------
  const stroke = useRef<{ id: number; tool: StrokeTool; pointer: number; pending: number[]; frame: number } | null>(null);
  const nextId = useRef(1);

  const flush = (done: boolean) => {
    const current = stroke.current;
    if (!current) return;
    cancelAnimationFrame(current.frame);
    current.frame = 0;
    const points = current.pending.splice(0);
    surfaceRef.current?.extend(current.id, current.tool, points);
    if (done) surfaceRef.current?.end(current.id);
    if (points.length || done) eventsRef.current.onStroke({ id: current.id, tool: current.tool, points }, done);
    if (done) stroke.current = null;
  };

  const erase = (event: ReactPointerEvent) => {
    const surface = surfaceRef.current!;
    const [u, v] = surface.toPicture(event.clientX, event.clientY);
    const ids = strokesNear(surface.strokes(), u, v, ERASER_RADIUS);
    if (!ids.length) return;
    surface.remove(ids);
    eventsRef.current.onErase(ids);
  };

  const onPointerDown = (event: ReactPointerEvent<SVGSVGElement>) => {
    if (!tool || !surfaceRef.current || stroke.current) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    surfaceRef.current.layout();
    if (tool === 'eraser') {
      stroke.current = null;
      erase(event);
      return;
    }
    stroke.current = { id: nextId.current++, tool, pointer: event.pointerId, pending: [], frame: 0 };
    addPoints(event);
  };

  const addPoints = (event: ReactPointerEvent) => {
    const current = stroke.current!;
    const surface = surfaceRef.current!;
    // Every point the pointer passed since the last event (pens report many per frame).
    const all = event.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const e of all.length ? all : [event.nativeEvent]) {
      const [u, v] = surface.toPicture(e.clientX, e.clientY);
      current.pending.push(quantise(u), quantise(v));
    }
    // Drawn and sent once per animation frame: smooth on screen, few messages on the channel.
    if (!current.frame) current.frame = requestAnimationFrame(() => flush(false));
  };

  const onPointerMove = (event: ReactPointerEvent<SVGSVGElement>) => {
    if (tool === 'eraser' && event.buttons) erase(event);
    else if (stroke.current?.pointer === event.pointerId) addPoints(event);
  };

  const onPointerEnd = (event: ReactPointerEvent<SVGSVGElement>) => {
    if (stroke.current?.pointer === event.pointerId) flush(true);
  };

  // A stroke under way when the layer goes (the audience disconnected, the page closing) ends there.
  useEffect(() => () => flush(true), []);

  return (
    <>
      {createPortal(
        <svg
          ref={svg}
          className={`ink-layer${tool ? ` ink-layer--active ink-layer--${tool}` : ''}`}
          aria-hidden="true"
          data-ink=""
          data-tool={tool ?? 'none'}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerEnd}
          onPointerCancel={onPointerEnd}
        />,
        frame,
      )}
      {createPortal(
        <span className="ink-tools" role="group" aria-label={t('consult.ink.tools')}>
          {TOOLS.map((name) => (
            <button
              key={name}
              type="button"
              className="tool-button ink-tools__button"
              aria-pressed={tool === name}
              data-ink-tool={name}
              onClick={() => setTool((current) => (current === name ? null : name))}
            >
              {t(`consult.ink.${name}`)}
            </button>
          ))}
          <button type="button" className="tool-button ink-tools__button" aria-pressed={pinned} data-ink-tool="pin" onClick={() => onPinnedChange(!pinned)}>
            {t('consult.ink.pin')}
          </button>
          <button type="button" className="tool-button ink-tools__button" data-ink-tool="clear" onClick={clear}>
            {t('consult.ink.clear')}
          </button>
        </span>,
        bar,
      )}
    </>
  );
}
