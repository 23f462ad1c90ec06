import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Writes `sw.js`, a small service worker that precaches the whole build so a kiosk keeps working when
 * the clinic's Wi-Fi drops after the first visit. Hand-written instead of a Workbox-based plugin: the
 * app is a handful of static files, and this keeps dozens of build dependencies out of the project.
 *
 * Strategy: hashed assets are served cache-first (they never change under the same name); the page
 * itself is network-first with the cached copy as the offline fallback, so updates still arrive. So is
 * a clinic's kiosk.json (not part of the build: cached when there is one), so that a kiosk reloading
 * itself offline keeps its clinic's settings.
 */
export function precacheServiceWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'ketamine-explorer:precache',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    // Last of the build's generateBundle hooks: Vite drops the empty JS wrappers of lazily loaded
    // stylesheets (e.g. kiosk.css) in its own; listed before that, they are missing files that make the
    // install fail on a plain static server (vite preview's fallback page hid it).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        // The bundle and the files copied as they are from public/ (the favicon, embed.js, …).
        const copied = publicFiles(publicDir);
        const files = [...Object.keys(bundle), ...copied].filter((name) => !name.endsWith('.map') && name !== 'sw.js').sort();
        const assets = ['./', ...files.map((name) => `./${name}`)];
        // A version from the hashed file names and the public files' contents (their names never change):
        // any change to the build gives a new cache and drops the old one.
        const version = hash([...files, ...copied.map((name) => readFileSync(path.join(publicDir, name), 'latin1'))].join('|'));
        this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(version, assets) });
      },
    },
  };
}

/** Paths (with `/`) of the files under `dir`, relative to it; none when there is no such folder. */
function publicFiles(dir: string): string[] {
  if (!dir || !existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
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
// Servers may send \`Vary: Origin\` (or Accept-Encoding); the precached copies answer whatever the request.
const MATCH = { ignoreSearch: true, ignoreVary: true };
const APP_PAGE = new URL('./', self.location).pathname;
const CONFIG = new URL('./kiosk.json', self.location).pathname;

/** A fresh copy when online (kept for later), the kept one when not. */
function networkFirst(request, keepAs) {
  return fetch(request)
    .then((response) => {
      const copy = response.clone();
      if (keepAs && response.ok) caches.open(CACHE).then((cache) => cache.put(keepAs, copy));
      return response;
    })
    .catch(() => caches.match(keepAs || request, MATCH).then((hit) => hit || Response.error()));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      // kiosk.json only where the clinic has put one: its absence is no reason to fail the install.
      .then((cache) => cache.addAll(ASSETS).then(() => cache.add('./kiosk.json').catch(() => undefined)))
      .then(() => self.skipWaiting()),
  );
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
  const path = new URL(request.url).pathname;
  if (request.mode === 'navigate') {
    // A page: fresh when online, the cached copy when not. Only the app's own page refreshes its cached
    // copy; another page in scope (the example article) must not take its place.
    const appPage = path === APP_PAGE || path === APP_PAGE + 'index.html';
    event.respondWith(networkFirst(request, appPage ? './' : null));
    return;
  }
  if (path === CONFIG) {
    event.respondWith(networkFirst(request, './kiosk.json'));
    return;
  }
  event.respondWith(caches.match(request, MATCH).then((hit) => hit || fetch(request)));
});
`;
}
