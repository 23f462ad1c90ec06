import type { SceneId } from '../../science/types';
import { parseParams, type Params, type Warn } from '../../model/params';

/**
 * The postMessage protocol of interface.md ("postMessage"), as pure functions: validating the commands
 * a host page sends and building the events the app sends back. Nothing here touches the DOM, so the
 * unit tests can feed it anything a hostile page could post.
 *
 * Incoming messages are accepted from any origin (an article may live anywhere), so the shape is
 * checked strictly instead: a plain object, known keys only, short primitive values, and every
 * parameter through `parseParams`, the same validator as the URL. Anything else is ignored silently.
 */

/** `target` of every command the app obeys. */
export const EMBED_TARGET = 'ketamine-explorer';
/** `source` of every event the app sends. */
export const EMBED_SOURCE = 'ketamine-explorer';

/** The parameters a `set` command may change (interface.md). */
export const SETTABLE_PARAMS = ['exposure', 'time', 'stress', 'level', 'lang'] as const satisfies readonly (keyof Params)[];
export type SettableParams = Partial<Pick<Params, (typeof SETTABLE_PARAMS)[number]>>;

export type Command =
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  | { readonly type: 'goto'; readonly scene: SceneId; readonly t?: number; readonly beat?: number }
  | { readonly type: 'set'; readonly params: SettableParams };

export type EmbedEvent =
  | { readonly source: typeof EMBED_SOURCE; readonly type: 'ready'; readonly scene: SceneId }
  | { readonly source: typeof EMBED_SOURCE; readonly type: 'scenechange'; readonly scene: SceneId }
  | { readonly source: typeof EMBED_SOURCE; readonly type: 'beatchange'; readonly scene: SceneId; readonly beat: number; readonly beats: number }
  | { readonly source: typeof EMBED_SOURCE; readonly type: 'resize'; readonly height: number };

/** The keys each command may carry; any other key makes the message malformed. */
const COMMAND_KEYS: Readonly<Record<Command['type'], readonly string[]>> = {
  play: ['target', 'type'],
  pause: ['target', 'type'],
  goto: ['target', 'type', 'scene', 't', 'beat'],
  set: ['target', 'type', 'params'],
};

/** Longest string value looked at; `parseParams` itself accepts at most 32 characters. */
const MAX_STRING = 64;

const ignore: Warn = () => {};

export type PlainRecord = Readonly<Record<string, unknown>>;

/**
 * A plain data object: not null, not an array, not a class instance (Date, Map, …); its prototype is
 * an `Object.prototype` (of any realm: structured clone builds it in ours) or null.
 */
export function isPlainRecord(value: unknown): value is PlainRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Own keys all in `allowed` (so `__proto__`, `constructor` and friends as own keys are refused). */
export function hasOnlyKeys(record: PlainRecord, allowed: readonly string[]): boolean {
  const keys = Reflect.ownKeys(record);
  return keys.length <= allowed.length && keys.every((key) => typeof key === 'string' && allowed.includes(key));
}

/** A value worth handing to `parseParams`: a short string or a finite number. */
export function isSmallPrimitive(value: unknown): value is string | number {
  return (typeof value === 'string' && value.length <= MAX_STRING) || (typeof value === 'number' && Number.isFinite(value));
}

export function own(record: PlainRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function parseGoto(message: PlainRecord, languages: readonly string[]): Command | null {
  let scene = own(message, 'scene');
  // Scene numbers may come as numbers too: 3 is the same as "3".
  if (typeof scene === 'number' && Number.isInteger(scene)) scene = String(scene);
  if (typeof scene !== 'string' || scene.length > MAX_STRING) return null;
  const parsed = parseParams({ scene }, { languages, warn: ignore, only: ['scene'] });
  if (!parsed.scene) return null;
  // A moment in the scene: a position (`t`, 0–1) or a beat (its index, from 0), not both.
  if (Object.hasOwn(message, 't') && Object.hasOwn(message, 'beat')) return null;
  if (Object.hasOwn(message, 'beat')) {
    const beat = own(message, 'beat');
    return typeof beat === 'number' && Number.isInteger(beat) && beat >= 0 && beat < 100 ? { type: 'goto', scene: parsed.scene, beat } : null;
  }
  if (!Object.hasOwn(message, 't')) return { type: 'goto', scene: parsed.scene };
  const t = own(message, 't');
  if (!isSmallPrimitive(t)) return null;
  const position = parseParams({ t }, { languages, warn: ignore, only: ['t'] }).t;
  return position === undefined ? null : { type: 'goto', scene: parsed.scene, t: position };
}

function parseSet(message: PlainRecord, languages: readonly string[], warn: Warn | undefined): Command | null {
  const params = own(message, 'params');
  if (!isPlainRecord(params) || !hasOnlyKeys(params, SETTABLE_PARAMS)) return null;
  // Only flat, small values: nested objects, arrays or huge strings make the whole message malformed.
  for (const key of SETTABLE_PARAMS) {
    if (Object.hasOwn(params, key) && !isSmallPrimitive(params[key])) return null;
  }
  // A well-formed message with a bad value: warn once naming the parameter, like a bad URL parameter.
  const valid = parseParams(params, { languages, only: SETTABLE_PARAMS, ...(warn ? { warn } : {}) });
  return Object.keys(valid).length > 0 ? { type: 'set', params: valid } : null;
}

/**
 * The command in a `message` event's data, or null for anything that is not exactly a command of
 * interface.md. Never throws, never logs an error; only a bad value inside a well-formed `set` warns.
 */
export function parseCommand(data: unknown, languages: readonly string[], warn?: Warn): Command | null {
  try {
    if (!isPlainRecord(data)) return null;
    if (own(data, 'target') !== EMBED_TARGET) return null;
    const type = own(data, 'type');
    if (typeof type !== 'string' || !Object.hasOwn(COMMAND_KEYS, type)) return null;
    const kind = type as Command['type'];
    if (!hasOnlyKeys(data, COMMAND_KEYS[kind])) return null;
    switch (kind) {
      case 'play':
      case 'pause':
        return { type: kind };
      case 'goto':
        return parseGoto(data, languages);
      case 'set':
        return parseSet(data, languages, warn);
    }
  } catch {
    // Getters that throw, revoked proxies and the like (possible only in-realm): not a command.
    return null;
  }
}

// ---- outgoing events --------------------------------------------------------------------------

export function readyEvent(scene: SceneId): Extract<EmbedEvent, { type: 'ready' }> {
  return { source: EMBED_SOURCE, type: 'ready', scene };
}

export function sceneChangeEvent(scene: SceneId): Extract<EmbedEvent, { type: 'scenechange' }> {
  return { source: EMBED_SOURCE, type: 'scenechange', scene };
}

/** `beat`: the index of the beat now on screen in `scene`, of `beats`. */
export function beatChangeEvent(scene: SceneId, beat: number, beats: number): Extract<EmbedEvent, { type: 'beatchange' }> {
  return { source: EMBED_SOURCE, type: 'beatchange', scene, beat, beats };
}

export function resizeEvent(height: number): Extract<EmbedEvent, { type: 'resize' }> {
  return { source: EMBED_SOURCE, type: 'resize', height: Math.max(0, Math.ceil(height)) };
}

