import type { Mode } from '../model/params';

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
  // After the page has loaded, so precaching never competes with the first paint. The app may start
  // after the load event (another language's words load first): then register straight away.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
