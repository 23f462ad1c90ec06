import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/i18n';
import { PARAM_NAMES, resolveParams } from '../../src/model/params';
import { matchesPrerender } from '../../src/app/prerendered';

/**
 * src/app/boot.js runs before the app, with rules of its own for the language and for "is this the
 * prerendered page". Here it runs against the app's own rules (resolveParams, matchesPrerender) on many
 * addresses and browser languages: it must hide the page whenever the app will show another language
 * or another page, and should not hide the plain default page.
 */
const source = readFileSync(join(__dirname, '../../src/app/boot.js'), 'utf8');

function boot(search: string, browserLanguages: readonly string[], darkSystem = false, share?: string) {
  const attributes = new Map<string, string>(share ? [['data-share', share]] : []);
  runInNewContext(source, {
    URLSearchParams,
    location: { search },
    navigator: { languages: browserLanguages, language: browserLanguages[0] },
    document: {
      documentElement: {
        getAttribute: (name: string) => attributes.get(name) ?? null,
        setAttribute: (name: string, value: string) => attributes.set(name, value),
      },
    },
    matchMedia: () => ({ matches: darkSystem }),
  });
  return { wait: attributes.get('data-boot') ?? null, theme: attributes.get('data-theme') };
}

const app = (search: string, browserLanguages: readonly string[]) =>
  resolveParams(new URLSearchParams(search), { languages: LANGUAGES, browserLanguages, warn: () => undefined });

const BROWSERS: readonly (readonly string[])[] = [['en-US'], ['es-ES'], ['es'], ['ES-mx', 'en'], ['fr-FR', 'es'], ['de-DE'], ['pt-BR', 'fr'], []];

// Values worth trying for each parameter: the default, others, and ones the app rejects.
const VALUES: Record<string, readonly string[]> = {
  scene: ['nmda-blockade', '1', 'NMDA-Blockade', ' 1 ', '3', 'synaptogenesis', 'nope', ''],
  mode: ['explore', 'EXPLORE', 'kiosk', 'embed', 'x'],
  lang: ['en', 'es', 'ES', ' es', 'fr', 'en-US', ''],
  level: ['patient', 'clinician', 'Clinician', 'doctor'],
  view: ['auto', '2d', '3d', 'vr'],
  exposure: ['moderate', 'high', 'none', 'lots'],
  time: ['day', 'weeks', 'soon'],
  stress: ['high', 'low', 'medium'],
  autoplay: ['1', '0', 'yes'],
  speed: ['1', '1.0', '2', '0.1', 'fast'],
  controls: ['full', 'minimal', 'none', 'all'],
  theme: ['light', 'dark', 'auto', 'pink'],
  t: ['0', '0.0', '0.5', '1', '2'],
  idle: ['60', '5'],
  rotate: ['en,es', 'xx'],
};

const QUERIES: readonly string[] = [
  '',
  ...Object.entries(VALUES).flatMap(([name, values]) => values.map((value) => `?${name}=${encodeURIComponent(value)}`)),
  '?scene=1&scene=2',
  '?lang=es&lang=en',
  `?scene=${'x'.repeat(40)}`,
  '?lang=es&scene=3',
  '?level=clinician&lang=es',
  '?mode=embed&lang=es',
  '?unknown=1',
];

describe('boot.js (before the first paint)', () => {
  it('hides the prerendered page whenever the app will show another language or another page', () => {
    for (const browser of BROWSERS) {
      for (const query of QUERIES) {
        const params = app(query, browser);
        const { wait } = boot(query, browser);
        const where = `${query || '(no query)'} with browser ${JSON.stringify(browser)}`;
        // Another picture (scene, moment, settings, mode…): the page waits; other words only: they wait.
        if (!matchesPrerender({ ...params, lang: 'en', level: 'patient' })) expect(wait, `${where}: the app draws another page`).toBe('page');
        else if (!matchesPrerender(params)) expect(wait, `${where}: the app shows other words`).not.toBeNull();
        if (wait === null) expect(matchesPrerender(params), `${where}: the app redraws the page`).toBe(true);
      }
    }
  });

  it('keeps the picture for a language or wording of its own ("text") and hides it for another page', () => {
    expect(boot('?lang=es', ['en-US']).wait).toBe('text');
    expect(boot('', ['es-ES']).wait).toBe('text');
    expect(boot('?level=clinician', ['en-US']).wait).toBe('text');
    expect(boot('?scene=2', ['en-US']).wait).toBe('page');
    expect(boot('?lang=es&mode=kiosk', ['en-US']).wait).toBe('page');
  });

  it('does not hide the default page asked for in the usual ways', () => {
    for (const query of ['', '?scene=nmda-blockade', '?scene=1', '?lang=en', '?theme=dark', '?autoplay=1', '?level=patient', '?view=auto&t=0', '?unknown=1']) {
      expect(boot(query, ['en-US']).wait, query).toBeNull();
      expect(matchesPrerender(app(query, ['en-US'])), query).toBe(true);
    }
  });

  it('on a share page (<html data-share>), takes that scene for the prerendered one', () => {
    for (const query of ['', '?scene=bdnf-release', '?theme=dark']) expect(boot(query, ['en-US'], false, 'bdnf-release').wait, query).toBeNull();
    for (const query of ['?scene=1', '?scene=nmda-blockade', '?scene=5']) expect(boot(query, ['en-US'], false, 'bdnf-release').wait, query).toBe('page');
    expect(boot('?lang=es', ['en-US'], false, 'bdnf-release').wait).toBe('text');
  });

  it('knows every language the app ships, and no other', () => {
    for (const lang of LANGUAGES) expect(boot(`?lang=${lang}`, ['en-US']).wait, lang).toBe(lang === 'en' ? null : 'text');
    for (const lang of ['fr', 'de', 'pt', 'zh']) expect(boot(`?lang=${lang}`, ['en-US']).wait, lang).toBeNull();
  });

  it('reads only parameters the app knows', () => {
    const readByBoot = [...source.matchAll(/\b(\w+): \[/g)].map((match) => match[1]!);
    for (const name of [...readByBoot, 'lang', 'level', 'theme']) expect(PARAM_NAMES, name).toContain(name);
  });

  it('sets the colour scheme before the first paint, as useTheme will', () => {
    expect(boot('?theme=dark', ['en-US']).theme).toBe('dark');
    expect(boot('?theme=LIGHT', ['en-US'], true).theme).toBe('light');
    expect(boot('', ['en-US'], true).theme).toBe('dark');
    expect(boot('?theme=auto', ['en-US'], false).theme).toBe('light');
  });
});
