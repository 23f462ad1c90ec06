import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { FIRST_PAINT_KEYS, splitText } from '../src/i18n/firstPaintText.ts';

const LOCALES = fileURLToPath(new URL('../src/i18n/locales/', import.meta.url));
const ENGLISH = `${LOCALES}en.json`;
const FIRST = 'virtual:first-paint-text';
const REST = 'virtual:first-paint-text/english-rest';

/**
 * Each language's name in that language ("English", "Español") for the language menu, one per file in
 * src/i18n/locales, asked of Node's Intl at build time: in the browser, the first Intl.DisplayNames
 * loads its locale data in one of the longest tasks of a phone's page load.
 */
function languageNames(): Record<string, string> {
  const codes = readdirSync(LOCALES)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length));
  return Object.fromEntries(
    codes.map((code) => {
      const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
      return [code, name.charAt(0).toLocaleUpperCase(code) + name.slice(1)];
    }),
  );
}

/**
 * Serves en.json in two modules, cut along FIRST_PAINT_KEYS (src/i18n/firstPaintText.ts):
 * `virtual:first-paint-text` (in the first load, with `languageNames`) and
 * `virtual:first-paint-text/english-rest` (a lazy chunk). The language file stays one file for the
 * people who write it.
 */
export function firstPaintText(): Plugin {
  return {
    name: 'ketamine-explorer:first-paint-text',
    resolveId(source) {
      return source === FIRST || source === REST ? `\0${source}` : undefined;
    },
    load(id) {
      if (id !== `\0${FIRST}` && id !== `\0${REST}`) return undefined;
      this.addWatchFile(ENGLISH);
      const parts = splitText(JSON.parse(readFileSync(ENGLISH, 'utf8')) as Record<string, unknown>, FIRST_PAINT_KEYS);
      // JSON.parse of a string literal: faster for the browser to read than the same object as code.
      const text = `export default JSON.parse(${JSON.stringify(JSON.stringify(id === `\0${FIRST}` ? parts.first : parts.rest))});`;
      return id === `\0${FIRST}` ? `${text}\nexport const languageNames = ${JSON.stringify(languageNames())};` : text;
    },
  };
}
