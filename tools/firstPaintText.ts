import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { FIRST_PAINT_KEYS, splitText } from '../src/i18n/firstPaintText.ts';

const ENGLISH = fileURLToPath(new URL('../src/i18n/locales/en.json', import.meta.url));
const FIRST = 'virtual:first-paint-text';
const REST = 'virtual:first-paint-text/english-rest';

/**
 * Serves en.json in two modules, cut along FIRST_PAINT_KEYS (src/i18n/firstPaintText.ts):
 * `virtual:first-paint-text` (in the first load) and `virtual:first-paint-text/english-rest` (a lazy chunk).
 * The language file stays one file for the people who write it.
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
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(id === `\0${FIRST}` ? parts.first : parts.rest))});`;
    },
  };
}
