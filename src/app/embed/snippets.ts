import type { Params } from '../../model/params';

/** What an embed snippet opens with: the scene and settings on screen when it was written. */
export type EmbedSettings = Pick<Params, 'scene' | 'level' | 'lang' | 'exposure' | 'time' | 'stress'>;

/** Defaults of interface.md for the settings a snippet leaves out when they are at their default. */
const DEFAULTS: Readonly<Partial<EmbedSettings>> = { level: 'patient', exposure: 'moderate', time: 'day', stress: 'high' };
const ORDER = ['scene', 'lang', 'level', 'exposure', 'time', 'stress'] as const;

/** For HTML attribute values: the settings are validated words already, the title is translated text. */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Settings worth writing: scene and language always (the article's language), the rest if not default. */
function entries(settings: EmbedSettings): [string, string][] {
  return ORDER.filter((name) => name === 'scene' || name === 'lang' || settings[name] !== DEFAULTS[name]).map((name) => [
    name,
    settings[name],
  ]);
}

/**
 * The page the app is served from, without query or hash: `https://host/path/` (or `…/index.html`).
 * The script snippet loads `embed.js` next to it.
 */
export function appBase(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}`;
}

export function iframeSnippet(base: string, settings: EmbedSettings, title: string): string {
  const query = new URLSearchParams([['mode', 'embed'], ...entries(settings)]);
  return (
    `<iframe src="${escapeAttribute(`${base}?${query}`)}" title="${escapeAttribute(title)}"` +
    ` width="100%" height="760" style="border:0;max-width:100%" loading="lazy" allowfullscreen></iframe>`
  );
}

export function scriptSnippet(base: string, settings: EmbedSettings): string {
  const script = new URL('embed.js', base).href;
  const attributes = entries(settings)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<script type="module" src="${escapeAttribute(script)}"></script>\n<ketamine-explorer${attributes}></ketamine-explorer>`;
}
