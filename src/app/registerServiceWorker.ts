import type { Mode } from '../model/params';

/** How long after the load event the worker is registered (then at the next idle moment). */
const REGISTER_DELAY_MS = 3000;

/**
 * Offline support for kiosks and consult rooms (production builds only). Never in embed mode or when
 * framed: a service worker would outlive the article that embedded us and is not ours to install there.
 */
export function registerServiceWorker(mode: Mode): void {
  if (!import.meta.env.PROD || mode === 'embed' || window.self !== window.top || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
      console.warn('[ketamine-explorer] Offline support is unavailable:', error instanceof Error ? error.message : error);
    });
  };
  // A while after the page has loaded, once it is idle: precaching fetches and stores every file of the
  // app, and on a phone's few cores that work competes with the page taking over its prerendered
  // picture and loading its text (a Lighthouse trace of the first seconds: 63 ms of CPU on the
  // worker's thread beside 351 ms on the page's main thread, plus the browser's storage work).
  // Offline use only needs it done within the first minute. Safari has no requestIdleCallback:
  // there the delay alone.
  const whenIdle = () => ('requestIdleCallback' in window ? window.requestIdleCallback(register, { timeout: 2000 }) : register());
  const soon = () => setTimeout(whenIdle, REGISTER_DELAY_MS);
  if (document.readyState === 'complete') soon();
  else window.addEventListener('load', soon, { once: true });
}
