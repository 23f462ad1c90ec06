import { lazyPart } from './lazyPart';

/**
 * The consult (src/app/consult): the presenter's second screen, pointer and pen in explore mode, drawn
 * after the first paint (App), and the wall screen of mode=audience, fetched before its first render
 * (main.tsx, AppRoot). None of its code is in the first load.
 */
export const Consult = lazyPart(() => import('./consult/parts'), (module) => module.Consult, ['explore', 'audience']);
