import type { Plugin } from 'vite';

/**
 * Writes `sw.js`, a small service worker that precaches the whole build so a kiosk keeps working when
 * the clinic's Wi-Fi drops after the first visit. Hand-written instead of a Workbox-based plugin: the
 * app is a handful of static files, and this keeps dozens of build dependencies out of the project.
 *
 * Strategy: hashed assets are served cache-first (they never change under the same name); the page
 * itself is network-first with the cached copy as the offline fallback, so updates still arrive.
 */
export function precacheServiceWorker(): Plugin {
  return {
    name: 'ketamine-explorer:precache',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => !name.endsWith('.map') && name !== 'sw.js');
      const assets = ['./', ...files.map((name) => `./${name}`)];
      // A version from the file names: any change to the build gives a new cache and drops the old one.
      const version = hash(files.sort().join('|'));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(version, assets) });
    },
  };
}

function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

function serviceWorkerSource(version: string, assets: string[]): string {
  return `// Generated at build time by tools/precache.ts. Precaches the app for offline kiosks.
'use strict';
const CACHE = 'ketamine-explorer-${version}';
const ASSETS = ${JSON.stringify(assets)};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('ketamine-explorer-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page: fresh when online, the cached copy when not.
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          if (response.ok) caches.open(CACHE).then((cache) => cache.put('./', copy));
          return response;
        })
        .catch(() => caches.match('./', { ignoreSearch: true })),
    );
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
`;
}
