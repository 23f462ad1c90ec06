import { SCENE_IDS, type SceneId } from '../science/types';
import { parseParams, parseWithRules, type Params, type Rule, type Warn } from './params';

/**
 * A waiting-room screen's own settings (README, "Running on a waiting-room screen"): read from the
 * clinic's `kiosk.json` and from URL parameters of the same names, which win. They pass through the
 * validator of params.ts with the rules below. None of them reaches science text: they choose which
 * scenes loop, when the screen rests, and a clinic's name and logo, shown as plain text and an image.
 */

/** Opening hours: days (bit 0 = Sunday … bit 6 = Saturday) and minutes since midnight, `from` ≤ t < `to`. */
export interface OpeningSpan {
  readonly days: number;
  readonly from: number;
  readonly to: number;
}
export type OpeningHours = readonly OpeningSpan[];

export interface KioskSettings {
  /** Scenes of the loop, in order; empty = all five in story order. */
  readonly scenes: readonly SceneId[];
  /** Hours after which the page reloads itself at a loop boundary; 0 = never reload by itself. */
  readonly reload: number;
  /** When the screen plays; null = always. */
  readonly hours: OpeningHours | null;
  /** How much darker (per cent) the screen gets after an hour without a touch; 0 = never. */
  readonly dim: number;
  /** The clinic's name, plain text. */
  readonly clinic: string;
  /** Address of the clinic's logo, on the page's own origin; '' = none. */
  readonly logo: string;
}

export const KIOSK_DEFAULTS: KioskSettings = { scenes: [], reload: 24, hours: null, dim: 0, clinic: '', logo: '' };

/** Parameters of interface.md that kiosk.json may set as well (the URL still wins). */
export const SHARED_KEYS = ['lang', 'rotate', 'level', 'idle', 'view', 'theme'] as const satisfies readonly (keyof Params)[];

export const CLINIC_NAME_LENGTH = 60;
const LOGO_LENGTH = 200;
const HOURS_LENGTH = 160;

const DAYS = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];

/** "Mo-Fr 08:00-18:00; Sa 09:00-12:30" (a small part of OpenStreetMap's opening_hours); undefined if not that. */
export function parseOpeningHours(text: string): OpeningHours | undefined {
  const spans: OpeningSpan[] = [];
  const rulesText = text.toLowerCase().split(';').map((part) => part.trim()).filter(Boolean);
  if (rulesText.length === 0 || rulesText.length > 7) return undefined;
  for (const rule of rulesText) {
    const match = /^(?:([a-z]{2}(?:-[a-z]{2})?(?:,[a-z]{2}(?:-[a-z]{2})?)*) +)?(\d\d:\d\d-\d\d:\d\d(?:, ?\d\d:\d\d-\d\d:\d\d)*)$/.exec(rule);
    if (!match) return undefined;
    const days = match[1] ? parseDays(match[1]) : 0x7f;
    if (days === undefined) return undefined;
    for (const range of match[2]!.split(',')) {
      const [from, to] = range.trim().split('-').map(minutes);
      if (from === undefined || to === undefined || from >= to) return undefined;
      spans.push({ days, from, to });
    }
  }
  return spans;
}

/** "mo-fr,su" → a bit mask of days; ranges may wrap past Sunday ("fr-mo"). */
function parseDays(text: string): number | undefined {
  let mask = 0;
  for (const item of text.split(',')) {
    const [first, last = first] = item.split('-').map((day) => DAYS.indexOf(day!));
    if (first === undefined || first < 0 || last! < 0) return undefined;
    for (let day = first; ; day = (day + 1) % 7) {
      mask |= 1 << day;
      if (day === last) break;
    }
  }
  return mask;
}

/** "08:30" → 510; "24:00" is the end of a day. */
function minutes(text: string | undefined): number | undefined {
  const [h, m] = (text ?? '').split(':').map(Number);
  if (h === undefined || m === undefined || m > 59 || h > 24 || (h === 24 && m > 0)) return undefined;
  return h * 60 + m;
}

/** Whether `date` (the screen's local time) falls within the opening hours. */
export function isOpen(hours: OpeningHours | null, date: Date): boolean {
  if (!hours) return true;
  const day = date.getDay();
  const now = date.getHours() * 60 + date.getMinutes();
  return hours.some((span) => (span.days & (1 << day)) !== 0 && span.from <= now && now < span.to);
}

/** A name shown as plain text: no markup characters, no control or direction-override characters. */
function readClinicName(text: string): string | undefined {
  if (/[<>\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(text)) return undefined;
  return text.replace(/ +/g, ' ') || undefined;
}

const IMAGE_FILE = /\.(png|svg|jpe?g|webp|gif|avif)$/i;

/** A path to an image on the page's own origin, as an absolute address; no scheme, no other host. */
function readLogo(text: string, base: string): string | undefined {
  if (/[\s\\]/.test(text) || /^[a-z][\w+.-]*:/i.test(text) || text.startsWith('//')) return undefined;
  try {
    const url = new URL(text, base);
    return url.origin === new URL(base).origin && IMAGE_FILE.test(url.pathname) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** "1,3,bdnf-release" → scene ids in that order (numbers 1–5 as for `scene`), each once. */
function readScenes(text: string): SceneId[] | undefined {
  const ids = text.toLowerCase().split(',').map((item) => {
    const word = item.trim();
    return /^[1-5]$/.test(word) ? SCENE_IDS[Number(word) - 1]! : (word as SceneId);
  });
  return ids.every((id) => SCENE_IDS.includes(id)) && new Set(ids).size === ids.length ? ids : undefined;
}

function kioskRules(base: string): Record<keyof KioskSettings, Rule> {
  return {
    scenes: { kind: 'text', length: 100, read: readScenes },
    reload: { kind: 'number', min: 0, max: 720 },
    hours: { kind: 'text', length: HOURS_LENGTH, read: parseOpeningHours },
    dim: { kind: 'number', min: 0, max: 60 },
    clinic: { kind: 'text', length: CLINIC_NAME_LENGTH, read: readClinicName },
    logo: { kind: 'text', length: LOGO_LENGTH, read: (text) => readLogo(text, base) },
  };
}

const KNOWN_KEYS: readonly string[] = [...SHARED_KEYS, ...Object.keys(KIOSK_DEFAULTS)];

/**
 * The kiosk's parameters and settings: `params` (already read from the URL) with what kiosk.json sets
 * (`file`: its parsed JSON, or undefined when there is none), then the URL's own values over both.
 * Every bad value or unknown key of the file is one warning; nothing is echoed.
 */
export function resolveKiosk(
  params: Params,
  query: URLSearchParams,
  file: unknown,
  options: { languages: readonly string[]; base: string; warn?: Warn },
): { params: Params; kiosk: KioskSettings } {
  const warn = options.warn ?? ((m: string) => console.warn(m));
  const table = kioskRules(options.base);
  let fromFile: Record<string, unknown> = {};
  if (file !== undefined) {
    if (file === null || typeof file !== 'object' || Array.isArray(file)) {
      warn('[ketamine-explorer] kiosk.json does not hold an object of settings; it is ignored.');
    } else {
      fromFile = file as Record<string, unknown>;
      for (const key of Object.keys(fromFile).filter((k) => !KNOWN_KEYS.includes(k))) {
        // Named only when it looks like a key at all: the file's text is not repeated.
        warn(`[ketamine-explorer] kiosk.json: ${/^[a-z]{1,16}$/i.test(key) ? `key "${key}"` : 'a key'} is not known; it is ignored.`);
      }
    }
  }
  const fileWarn: Warn = (message) => warn(message.replace('Parameter', 'kiosk.json key'));
  const sharedFile = parseParams(fromFile, { languages: options.languages, warn: fileWarn, only: SHARED_KEYS });
  // The URL's shared parameters were read (and warned about) with the rest of the URL already.
  const sharedUrl = parseParams(query, { languages: options.languages, warn: () => undefined, only: SHARED_KEYS });
  const kiosk = { ...KIOSK_DEFAULTS, ...parseWithRules(table, fromFile, fileWarn), ...parseWithRules(table, query, warn) };
  return { params: { ...params, ...sharedFile, ...sharedUrl }, kiosk: kiosk as KioskSettings };
}
