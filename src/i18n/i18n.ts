import i18next, { type i18n as I18n, type Resource, type TFunction } from 'i18next';
// Named imports: the bundler keeps only these parts of the file in the first load. The rest (claims,
// myths, the evidence cards) is text only the dialogs and the handout show: see ./dialogText.ts.
import { actors, chart, glossary, grades, handout, honesty, honestyNav, kiosk, notes, panel, scenes, share, ui } from './locales/en.json';

/**
 * Text for every language lives in one JSON file per language in ./locales; adding a language is
 * adding a file. English ships in the first load (it is also the fallback for any missing string),
 * except the sections only dialogs need, which come with them; other languages load on demand.
 */
type Messages = Record<string, unknown>;

const firstLoadEnglish = { actors, chart, glossary, grades, handout, honesty, honestyNav, kiosk, notes, panel, scenes, share, ui };
/** The top-level sections of en.json in the first load (a unit test checks that none is left out). */
export const FIRST_LOAD_SECTIONS: readonly string[] = Object.keys(firstLoadEnglish);

const lazyLocales = import.meta.glob<{ default: Messages }>(['./locales/*.json', '!./locales/en.json']);

const codeOf = (path: string) => path.replace(/^.*\/([\w-]+)\.json$/, '$1');

export const LANGUAGES: readonly string[] = ['en', ...Object.keys(lazyLocales).map(codeOf)].sort();
export const FALLBACK_LANGUAGE = 'en';

let instance: I18n | undefined;

function createInstance(): I18n {
  const resources: Resource = { en: { translation: firstLoadEnglish } };
  const i18n = i18next.createInstance();
  void i18n.init({
    resources,
    lng: FALLBACK_LANGUAGE,
    fallbackLng: FALLBACK_LANGUAGE,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes; i18next must not double-escape
    returnNull: false,
    // A key missing even in English is a bug the unit tests catch; on screen it must never show raw.
    parseMissingKeyHandler: () => '',
  });
  return i18n;
}

export function getI18n(): I18n {
  instance ??= createInstance();
  return instance;
}

/** Loads a language's file if needed; resolves to a translator for it. */
export async function loadLanguage(lang: string): Promise<TFunction> {
  const i18n = getI18n();
  if (!i18n.hasResourceBundle(lang, 'translation')) {
    const loader = Object.entries(lazyLocales).find(([path]) => codeOf(path) === lang)?.[1];
    if (loader) i18n.addResourceBundle(lang, 'translation', (await loader()).default, true, true);
  }
  return i18n.getFixedT(LANGUAGES.includes(lang) ? lang : FALLBACK_LANGUAGE);
}
