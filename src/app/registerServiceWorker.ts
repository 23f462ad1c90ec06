import type { Mode } from '../model/params';

/**
 * Offline support for kiosks and consult rooms (production builds only). Never in embed mode or when
 * framed: a service worker would outlive the article that embedded us and is not ours to install there.
 */
export function registerServiceWorker(mode: Mode): void {
  if (!import.meta.env.PROD || mode === 'embed' || window.self !== window.top || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
      console.warn('[ketamine-explorer] Offline support is unavailable:', error instanceof Error ? error.message : error);
    });
  });
}
