import { ACTORS, type ActorId, type Level, type SceneId } from '../../science/types';
import type { Exposure, Stress, TimeSince } from '../../model/settings';
import { parseParams, type Warn } from '../../model/params';
import { hasOnlyKeys, isPlainRecord, isSmallPrimitive, own, type PlainRecord } from '../embed/messages';

/**
 * The consult protocol: what a presenter window (explore mode) and its audience windows (mode=audience)
 * say to each other over one BroadcastChannel of this origin. Pure functions, so the unit tests can feed
 * the validator anything a hostile page of the same origin could post.
 *
 * The presenter speaks (state, stroke, erase, end); an audience only greets and leaves (hello, bye). Every message is
 * checked like an embed command (src/app/embed/messages.ts, whose shape checks this reuses): a plain
 * object with exactly the keys of its type, every setting through `parseParams` (the URL's validator),
 * sizes capped before anything is read. Anything else is not a message (null).
 */

export const CONSULT_CHANNEL = 'ketamine-explorer-consult';

/** Tools whose strokes travel to the audience. The laser's stroke is a trail that fades, never kept. */
export const STROKE_TOOLS = ['laser', 'pen', 'highlighter'] as const;
export type StrokeTool = (typeof STROKE_TOOLS)[number];

/** Points of a stroke, flat: [u0, v0, u1, v1, …] in picture units (src/app/consult/ink.ts). */
export interface Stroke {
  readonly id: number;
  readonly tool: StrokeTool;
  readonly points: readonly number[];
}

/** Everything an audience shows: sent whole on hello, on each coarse change and once a second. */
export interface ConsultState {
  readonly scene: SceneId;
  /** Seconds into the scene. */
  readonly at: number;
  readonly playing: boolean;
  readonly speed: number;
  readonly level: Level;
  readonly lang: string;
  readonly exposure: Exposure;
  readonly time: TimeSince;
  readonly stress: Stress;
  readonly selected: ActorId | null;
  readonly view: '2d' | '3d';
  /** Ink stays over beat changes. */
  readonly pinned: boolean;
  /** The kept ink of the beat (pen and highlighter). */
  readonly strokes: readonly Stroke[];
}

export type ConsultMessage =
  | { readonly type: 'hello'; readonly from: string }
  /** An audience window leaves. */
  | { readonly type: 'bye'; readonly from: string }
  /** The presenter window leaves (or reloads): audiences show a still until it speaks again. */
  | { readonly type: 'end' }
  | { readonly type: 'state'; readonly state: ConsultState; readonly sent: number }
  /** New points of stroke `id` (created by its first message); `done` when the pointer is lifted. */
  | { readonly type: 'stroke'; readonly stroke: Stroke; readonly done: boolean; readonly sent: number }
  | { readonly type: 'erase'; readonly ids: readonly number[]; readonly sent: number };

export type ConsultMessageType = ConsultMessage['type'];

const MESSAGE_KEYS: Readonly<Record<ConsultMessageType, readonly string[]>> = {
  hello: ['type', 'from'],
  bye: ['type', 'from'],
  end: ['type'],
  state: ['type', 'state', 'sent'],
  stroke: ['type', 'stroke', 'done', 'sent'],
  erase: ['type', 'ids', 'sent'],
};
const STATE_KEYS = ['scene', 'at', 'playing', 'speed', 'level', 'lang', 'exposure', 'time', 'stress', 'selected', 'view', 'pinned', 'strokes'];
const STROKE_KEYS = ['id', 'tool', 'points'];
/** The settings that `parseParams` checks, as it checks them in the URL. */
const PARAM_KEYS = ['scene', 'speed', 'level', 'lang', 'exposure', 'time', 'stress'] as const;

/** Caps, checked before a value is read: a beat's ink is a few dozen strokes of a few hundred points. */
export const LIMITS = { strokes: 200, points: 2000, ids: 200, at: 3600, coordinate: 4 } as const;
/** Window ids (hello, bye): short, plain. */
const ID = /^[a-z0-9]{1,16}$/;

const ignore: Warn = () => {};

const isId = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 2 ** 31;

function parsePoints(value: unknown, max: number): number[] | null {
  if (!Array.isArray(value) || value.length % 2 !== 0 || value.length > max * 2) return null;
  for (const n of value) if (typeof n !== 'number' || !(Math.abs(n) <= LIMITS.coordinate)) return null;
  return value as number[];
}

function parseStroke(value: unknown): Stroke | null {
  if (!isPlainRecord(value) || !hasOnlyKeys(value, STROKE_KEYS)) return null;
  const id = own(value, 'id');
  const tool = own(value, 'tool');
  const points = parsePoints(own(value, 'points'), LIMITS.points);
  if (!isId(id) || !STROKE_TOOLS.includes(tool as StrokeTool) || !points) return null;
  return { id, tool: tool as StrokeTool, points };
}

function parseState(value: unknown, languages: readonly string[]): ConsultState | null {
  if (!isPlainRecord(value) || !hasOnlyKeys(value, STATE_KEYS) || Reflect.ownKeys(value).length !== STATE_KEYS.length) return null;
  const raw: PlainRecord = Object.fromEntries(PARAM_KEYS.map((key) => [key, own(value, key)]));
  if (!PARAM_KEYS.every((key) => isSmallPrimitive(raw[key]))) return null;
  const params = parseParams(raw, { languages, warn: ignore, only: PARAM_KEYS });
  if (PARAM_KEYS.some((key) => params[key] === undefined)) return null;
  const at = own(value, 'at');
  const playing = own(value, 'playing');
  const selected = own(value, 'selected');
  const view = own(value, 'view');
  const pinned = own(value, 'pinned');
  const strokes = own(value, 'strokes');
  if (typeof at !== 'number' || !(at >= 0 && at <= LIMITS.at)) return null;
  if (typeof playing !== 'boolean' || typeof pinned !== 'boolean') return null;
  if (selected !== null && !ACTORS.includes(selected as ActorId)) return null;
  if (view !== '2d' && view !== '3d') return null;
  if (!Array.isArray(strokes) || strokes.length > LIMITS.strokes) return null;
  const kept: Stroke[] = [];
  for (const item of strokes) {
    const stroke = parseStroke(item);
    if (!stroke || stroke.tool === 'laser') return null;
    kept.push(stroke);
  }
  return {
    scene: params.scene!,
    at,
    playing,
    speed: params.speed!,
    level: params.level!,
    lang: params.lang!,
    exposure: params.exposure!,
    time: params.time!,
    stress: params.stress!,
    selected: selected as ActorId | null,
    view,
    pinned,
    strokes: kept,
  };
}

const isStamp = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

/**
 * The consult message in a BroadcastChannel event's data, or null for anything that is not exactly a
 * message of this protocol. Never throws, never logs; the channel warns (src/app/consult/channel.ts).
 */
export function parseConsultMessage(data: unknown, languages: readonly string[]): ConsultMessage | null {
  try {
    if (!isPlainRecord(data)) return null;
    const type = own(data, 'type');
    if (typeof type !== 'string' || !Object.hasOwn(MESSAGE_KEYS, type)) return null;
    const kind = type as ConsultMessageType;
    if (!hasOnlyKeys(data, MESSAGE_KEYS[kind])) return null;
    switch (kind) {
      case 'hello':
      case 'bye': {
        const from = own(data, 'from');
        return typeof from === 'string' && ID.test(from) ? { type: kind, from } : null;
      }
      case 'end':
        return { type: 'end' };
      case 'state': {
        const state = parseState(own(data, 'state'), languages);
        const sent = own(data, 'sent');
        return state && isStamp(sent) ? { type: 'state', state, sent } : null;
      }
      case 'stroke': {
        const stroke = parseStroke(own(data, 'stroke'));
        const done = own(data, 'done');
        const sent = own(data, 'sent');
        return stroke && typeof done === 'boolean' && isStamp(sent) ? { type: 'stroke', stroke, done, sent } : null;
      }
      case 'erase': {
        const ids = own(data, 'ids');
        const sent = own(data, 'sent');
        if (!Array.isArray(ids) || ids.length > LIMITS.ids || !ids.every(isId) || !isStamp(sent)) return null;
        return { type: 'erase', ids, sent };
      }
    }
  } catch {
    // Getters that throw and the like (possible only in-realm): not a message.
    return null;
  }
}

/** A stamp both windows read on the same clock: performance.timeOrigin is wall time, now() counts from it. */
export function stamp(): number {
  return performance.timeOrigin + performance.now();
}
