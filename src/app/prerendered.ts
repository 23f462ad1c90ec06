import { FALLBACK_LANGUAGE } from '../i18n/i18n';
import { defaultParams, PARAM_NAMES, type Params } from '../model/params';

/**
 * The page the build writes into index.html (tools/prerender.ts, src/prerender.tsx): the default page,
 * in English. src/app/boot.js knows it too, by its query parameters; tests/unit/boot.test.ts keeps the
 * two in step.
 */
export const PRERENDERED_PARAMS: Params = defaultParams('explore', FALLBACK_LANGUAGE);

/** Parameters the first render does not show: effects apply them (theme, autoplay), or only a kiosk reads them. */
const NOT_DRAWN: readonly (keyof Params)[] = ['theme', 'autoplay', 'idle', 'rotate'];

/** Whether the prerendered page is the first render of `params`, so that React can take it over (hydrate) as it is. */
export function matchesPrerender(params: Params): boolean {
  return PARAM_NAMES.every((name) => NOT_DRAWN.includes(name) || String(params[name]) === String(PRERENDERED_PARAMS[name]));
}
