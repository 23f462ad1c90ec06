import { startTransition, useEffect, useLayoutEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { loadLanguage } from '../i18n/i18n';
import { importWithRetry } from './importWithRetry';

/**
 * The translator for the language on screen. Switching loads the language's file first, so the page
 * never shows a half-translated frame; `<html lang>` follows. Over the prerendered page it also brings
 * the rest of the English: the first load carries only what the first page shows (i18n/firstPaintText).
 */
export function useLanguage(lang: string, initial: TFunction): TFunction {
  // Held in an object: a function passed to setState would be taken for an updater.
  const [current, setCurrent] = useState({ t: initial, lang });

  useEffect(() => {
    let cancelled = false;
    // Tried again until it arrives (a dropping connection): the rest of the text must come.
    void loadLanguage(lang, importWithRetry).then((t) => {
      // A transition: it must not force the parts of a prerendered page that are still waiting for their
      // code (the chart) to be redrawn from scratch; React hydrates them first.
      if (!cancelled) startTransition(() => setCurrent((previous) => (previous.t === t ? previous : { t, lang })));
    });
    return () => {
      cancelled = true;
    };
  }, [lang]);

  // In the same frame as the new words (after React has written them, before the browser paints), so a
  // screen reader never reads one language's text with the other's voice.
  useLayoutEffect(() => {
    document.documentElement.lang = current.lang;
  }, [current.lang]);

  return current.t;
}
