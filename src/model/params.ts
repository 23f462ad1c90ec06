import { SCENE_IDS, LEVELS, type Level, type SceneId } from '../science/types';
import { EXPOSURES, TIMES, STRESS_LEVELS, type PanelSettings } from './settings';

/**
 * The public parameters of interface.md and their validator. URL parameters, the embed element's
 * attributes and postMessage payloads all pass through `parseParams`, so hostile input is handled in
 * one place: a bad value is dropped (the caller keeps its default) and reported with one warning that
 * names the parameter but never repeats the value.
 */

/** `audience`: the wall screen of a consult, following a presenter window (src/app/consult). */
export const MODES = ['explore', 'kiosk', 'embed', 'audience'] as const;
export type Mode = (typeof MODES)[number];
export const VIEWS = ['auto', '2d', '3d'] as const;
export type ViewChoice = (typeof VIEWS)[number];
export const CONTROLS = ['full', 'minimal', 'none'] as const;
export type Controls = (typeof CONTROLS)[number];
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export const SPEED_RANGE = { min: 0.25, max: 16 } as const;

export interface Params extends PanelSettings {
  scene: SceneId;
  mode: Mode;
  lang: string;
  level: Level;
  view: ViewChoice;
  autoplay: boolean;
  speed: number;
  controls: Controls;
  theme: Theme;
  t: number;
  /** Kiosk: seconds without interaction before the loop restarts. */
  idle: number;
  /** Kiosk: languages to rotate through, one per loop (empty = no rotation). */
  rotate: readonly string[];
}

export type Rule =
  | { kind: 'word'; values: readonly string[]; aliases?: Readonly<Record<string, string>> }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'flag' }
  | { kind: 'list'; values: readonly string[]; max: number }
  /** Text read as given (not lower-cased), up to `length` characters; `read` returns undefined to refuse it. */
  | { kind: 'text'; length: number; read: (text: string) => unknown };

const sceneAliases = Object.fromEntries(SCENE_IDS.map((id, i) => [String(i + 1), id]));

/** Rules per parameter. `lang` is checked against the languages the app actually ships. */
function rules(languages: readonly string[]): Record<keyof Params, Rule> {
  return {
    scene: { kind: 'word', values: SCENE_IDS, aliases: sceneAliases },
    mode: { kind: 'word', values: MODES },
    lang: { kind: 'word', values: languages },
    level: { kind: 'word', values: LEVELS },
    view: { kind: 'word', values: VIEWS },
    exposure: { kind: 'word', values: EXPOSURES },
    time: { kind: 'word', values: TIMES },
    stress: { kind: 'word', values: STRESS_LEVELS },
    autoplay: { kind: 'flag' },
    speed: { kind: 'number', ...SPEED_RANGE },
    controls: { kind: 'word', values: CONTROLS },
    theme: { kind: 'word', values: THEMES },
    t: { kind: 'number', min: 0, max: 1 },
    idle: { kind: 'number', min: 10, max: 3600 },
    rotate: { kind: 'list', values: languages, max: 8 },
  };
}

export const PARAM_NAMES = Object.keys(rules([])) as (keyof Params)[];

/** Longest raw value worth looking at; anything longer is rejected unread. */
const MAX_RAW_LENGTH = 32;

export type Warn = (message: string) => void;

function parseOne(rule: Rule, raw: unknown): unknown {
  if (typeof raw === 'number' && rule.kind === 'number') {
    return Number.isFinite(raw) && raw >= rule.min && raw <= rule.max ? raw : undefined;
  }
  // A list in a configuration file (kiosk.json) may be a JSON array of strings: read as "a,b".
  if (Array.isArray(raw) && raw.every((item) => typeof item === 'string')) raw = raw.join();
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > (rule.kind === 'text' ? rule.length : MAX_RAW_LENGTH)) return undefined;
  if (rule.kind === 'text') return rule.read(raw.trim());
  const text = raw.trim().toLowerCase();
  switch (rule.kind) {
    case 'word': {
      const word = Object.hasOwn(rule.aliases ?? {}, text) ? rule.aliases![text] : text;
      return rule.values.includes(word!) ? word : undefined;
    }
    case 'flag':
      return text === '1' || text === 'true' ? true : text === '0' || text === 'false' ? false : undefined;
    case 'list': {
      const items = text.split(',').map((item) => item.trim());
      const unique = [...new Set(items)];
      return unique.length <= rule.max && unique.every((item) => rule.values.includes(item)) ? unique : undefined;
    }
    case 'number': {
      // Only plain decimals: no hex, exponents, "Infinity" or trailing junk.
      if (!/^\d{1,4}(\.\d{1,6})?$/.test(text)) return undefined;
      const value = Number(text);
      return value >= rule.min && value <= rule.max ? value : undefined;
    }
  }
}

/**
 * Validates parameters from a query string or a plain object (postMessage `params`, element
 * attributes). Returns only the valid ones; unknown names are ignored silently, as interface.md says.
 */
export function parseParams(
  source: URLSearchParams | Readonly<Record<string, unknown>>,
  options: { languages: readonly string[]; warn?: Warn; only?: readonly (keyof Params)[] },
): Partial<Params> {
  return parseWithRules(rules(options.languages), source, options.warn, options.only ?? PARAM_NAMES) as Partial<Params>;
}

/** The one validator: `names` of `source` by the rules of `table` (the kiosk's own keys use it too). */
export function parseWithRules<K extends string>(
  table: Readonly<Record<K, Rule>>,
  source: URLSearchParams | Readonly<Record<string, unknown>>,
  warn: Warn = (m) => console.warn(m),
  names: readonly K[] = Object.keys(table) as K[],
): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  for (const name of names) {
    let raw: unknown;
    if (source instanceof URLSearchParams) {
      const all = source.getAll(name);
      if (all.length === 0) continue;
      if (all.length > 1) {
        warn(`[ketamine-explorer] Parameter "${name}" was given more than once; using its default.`);
        continue;
      }
      raw = all[0];
    } else {
      if (!Object.hasOwn(source, name)) continue;
      raw = source[name];
    }
    const value = parseOne(table[name], raw);
    if (value === undefined) {
      warn(`[ketamine-explorer] Parameter "${name}" has a value that is not allowed; using its default.`);
      continue;
    }
    out[name] = value;
  }
  return out;
}

/** Defaults of interface.md; some depend on the mode and the browser's language. */
export function defaultParams(mode: Mode, browserLang: string): Params {
  return {
    scene: 'nmda-blockade',
    mode,
    lang: browserLang,
    level: 'patient',
    view: 'auto',
    exposure: 'moderate',
    time: 'day',
    stress: 'high',
    autoplay: mode === 'kiosk',
    speed: 1,
    controls: mode === 'explore' ? 'full' : mode === 'embed' ? 'minimal' : 'none',
    theme: 'auto',
    t: 0,
    idle: 60,
    rotate: [],
  };
}

/** The full parameter set: validated values over the defaults of the chosen mode. */
export function resolveParams(
  source: URLSearchParams | Readonly<Record<string, unknown>>,
  options: { languages: readonly string[]; browserLanguages: readonly string[]; warn?: Warn },
): Params {
  const given = parseParams(source, options);
  const browserLang =
    options.browserLanguages.map((l) => l.slice(0, 2).toLowerCase()).find((l) => options.languages.includes(l)) ?? 'en';
  return { ...defaultParams(given.mode ?? 'explore', browserLang), ...given };
}

/** Parameters worth writing back into a link, in a stable order, leaving out those at their defaults. */
export function paramsToQuery(params: Params, browserLang = 'en'): string {
  const defaults = defaultParams(params.mode, browserLang);
  const query = new URLSearchParams();
  for (const name of PARAM_NAMES) {
    const value = params[name];
    if (value === defaults[name] || (Array.isArray(value) && value.join() === String(defaults[name]))) continue;
    query.set(name, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  return query.toString();
}
