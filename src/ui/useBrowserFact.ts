import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * Something only the browser can tell (does it speak, does it draw WebGL) that never changes on a page,
 * for rendering: the prerendered page and the first render over it use `assumed`, so hydration matches
 * the HTML; the browser's own answer comes in the render right after. Choose `assumed` as most browsers
 * answer, so the page keeps its layout.
 */
export function useBrowserFact<T>(read: () => T, assumed: T): T {
  return useSyncExternalStore(noSubscription, read, () => assumed);
}
