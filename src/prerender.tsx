import { prerender } from 'react-dom/static';
import { AppRoot } from './app/AppRoot';
import { preloadParts } from './app/lazyPart';
import { PRERENDERED_PARAMS } from './app/prerendered';
import { loadLanguage } from './i18n/i18n';

/**
 * The default page as HTML, for dist/index.html (run at build time by tools/prerender.ts): the first
 * paint needs no JavaScript, and main.tsx hydrates it. `prerender` waits for the lazily loaded parts
 * (the time-course chart), so they are in the HTML too. It is drawn with all of the English text; the
 * browser hydrates it with the first-paint part only, so a key missing there shows as a hydration error.
 */
export async function render(): Promise<string> {
  const [t] = await Promise.all([loadLanguage(PRERENDERED_PARAMS.lang), preloadParts(PRERENDERED_PARAMS.mode)]);
  const errors: unknown[] = [];
  const { prelude } = await prerender(<AppRoot params={PRERENDERED_PARAMS} t={t} />, {
    onError: (error) => void errors.push(error),
    // Every part in place in the HTML: no part sent later with an inline script (the CSP allows none).
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
  if (errors.length > 0) throw new AggregateError(errors, 'The default page could not be prerendered');
  return new Response(prelude).text();
}
