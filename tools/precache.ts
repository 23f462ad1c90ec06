import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { HEADERS_FILE } from './hosting.ts';

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
    // Last: Vite drops the JS stubs of CSS-only chunks (the mode styles) from the bundle in its own
    // generateBundle; a list taken before that names files that never reach the server, and a host
    // without a page-for-every-path fallback (nginx) answers 404 and fails the whole install.
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        // The bundle and the files copied as they are from public/ (the favicon, embed.js, …).
        const copied = publicFiles(publicDir);
        const files = precachedFiles(Object.keys(bundle), copied);
        const assets = ['./', ...files.map((name) => `./${name}`)];
        // A version from the hashed file names and the public files' contents (their names never change):
        // any change to the build gives a new cache and drops the old one.
        const version = hash([...files, ...copied.map((name) => readFileSync(path.join(publicDir, name), 'latin1'))].join('|'));
        this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(version, assets) });
      },
    },
  };
}

/**
 * What the service worker fetches on install: the build and the public files, without source maps, itself,
 * the static host's `_headers` (a rule file the host reads, not a page: a host that serves no such file
 * would answer 404 and fail the whole install) and `share/` (posters and oEmbed answers are for other
 * sites' link cards; a kiosk would download most of a megabyte of them for nothing).
 */
export function precachedFiles(bundle: string[], copied: string[]): string[] {
  const skip = (name: string) => name.endsWith('.map') || name === 'sw.js' || name === HEADERS_FILE || name.startsWith('share/');
  return [...bundle, ...copied].filter((name) => !skip(name)).sort();
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
