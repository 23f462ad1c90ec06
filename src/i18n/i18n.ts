import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import firstPaintEnglish, { languageNames } from 'virtual:first-paint-text';

/**
 * Text for every language lives in one JSON file per language in ./locales; adding a language is
 * adding a file. English is the fallback for any missing string. The first load carries only the
 * English the first page shows (see firstPaintText.ts); the rest of English, and every other language
 * whole, load on demand.
 */
type Messages = Record<string, unknown>;

const otherLocales = import.meta.glob<{ default: Messages }>(['./locales/*.json', '!./locales/en.json']);
const codeOf = (path: string) => path.replace(/^.*\/([\w-]+)\.json$/, '$1');

export const FALLBACK_LANGUAGE = 'en';
export const LANGUAGES: readonly string[] = [FALLBACK_LANGUAGE, ...Object.keys(otherLocales).map(codeOf)].sort();

/** A language's name in that language ("English", "Español"), for the language menu. */
export const nativeName = (lang: string): string => languageNames[lang] ?? lang;

/** Loaders of the text each language lacks until loaded: the rest of English, any other language whole. */
const loaders: Readonly<Record<string, () => Promise<{ default: Messages }>>> = {
  ...Object.fromEntries(Object.entries(otherLocales).map(([path, load]) => [codeOf(path), load])),
  [FALLBACK_LANGUAGE]: () => import('virtual:first-paint-text/english-rest'),
};

let instance: I18n | undefined;

function createInstance(): I18n {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { en: { translation: firstPaintEnglish } },
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

/** One translator per language, replaced when more of its text arrives (so React sees the change). */
const translators = new Map<string, TFunction>();

function translator(lang: string): TFunction {
  const code = LANGUAGES.includes(lang) ? lang : FALLBACK_LANGUAGE;
  let t = translators.get(code);
  if (!t) translators.set(code, (t = getI18n().getFixedT(code)));
  return t;
}

/** The English of the first page, at once: for the first render over a prerendered page. */
export function firstPaintTranslator(): TFunction {
  return translator(FALLBACK_LANGUAGE);
}

/** How a file is fetched: at once, or through a retrying loader (see app/importWithRetry). */
type Fetch = <T>(load: () => Promise<T>) => Promise<T>;
const once: Fetch = (load) => load();

const loading = new Map<string, Promise<void>>();

/** Completes a language's text (once; later calls share the download, a failed one is tried afresh). */
function complete(lang: string, fetch: Fetch = once): Promise<void> {
  const load = loaders[lang];
  if (!load) return Promise.resolve();
  let done = loading.get(lang);
  if (!done) {
    done = fetch(load).then((module) => {
      getI18n().addResourceBundle(lang, 'translation', module.default, true, true);
      translators.delete(lang);
    });
    done.catch(() => loading.delete(lang));
    loading.set(lang, done);
  }
  return done;
}

/** Loads all of a language's text if needed (through `fetch`, e.g. a retrying loader); resolves to a translator for it. */
export async function loadLanguage(lang: string, fetch?: Fetch): Promise<TFunction> {
  await complete(lang, fetch);
  return translator(lang);
}

/**
 * Completes the English text (the fallback of every language, and the words of the dialogs and the
 * handout in English). Their code waits for it, so they never open with missing words.
 */
export function loadAllText(fetch?: Fetch): Promise<void> {
  return complete(FALLBACK_LANGUAGE, fetch);
}
