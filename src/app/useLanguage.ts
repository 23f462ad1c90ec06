import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { loadLanguage } from '../i18n/i18n';

/**
 * The translator for the language on screen. Switching loads the language's file first, so the page
 * never shows a half-translated frame; `<html lang>` follows.
 */
export function useLanguage(lang: string, initial: TFunction): TFunction {
  // Held in an object: a function passed to setState would be taken for an updater.
  const [current, setCurrent] = useState({ t: initial });

  useEffect(() => {
    let cancelled = false;
    void loadLanguage(lang).then((t) => {
      if (cancelled) return;
      document.documentElement.lang = lang;
      setCurrent((previous) => (previous.t === t ? previous : { t }));
    });
    return () => {
      cancelled = true;
    };
  }, [lang]);

  return current.t;
}
