// Hosting it for real (issue 15, README "Hosting it"): the build served by Debian's nginx with the
// production site file deploy/nginx.conf (tools/serve-nginx.mjs), not by `vite preview`. Its response
// headers are checked (CSP, CORS, caching, compression, media types), and the embeds run against it once:
// a sandboxed WordPress post, a plain iframe on another origin and a share page, with no console error.
// Without nginx these tests are left out with a message (CI installs it: .ci/run, ensure-chromium.mjs).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { waitFor } from './helpers.mjs';
import { CSP_DIRECTIVES, SECRET, appFrame, appState, assertCsp, hostContext, hostPage, startHost, waitForEvent, wordPressFit, wordPressPost } from './host.mjs';
import { findNginx, startNginx } from '../../tools/serve-nginx.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.resolve(root, process.env.DIST_DIR ?? 'dist');
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** One GET with Node's plain client (no decompression, so Content-Encoding is what nginx sent). */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

/**
 * nginx serving a copy of the build. A build without KME_PUBLIC_URL has no oEmbed answers; the copy then
 * gets one (the site's rule for them is by path), so their headers are checked on every build.
 */
async function serveBuild() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kme-dist-'));
  await cp(DIST, dir, { recursive: true });
  const oembed = path.join(dir, 'share', 'bdnf-release.json');
  const standIn = {
    version: '1.0',
    type: 'rich',
    title: 'Stand-in oEmbed answer for a build without KME_PUBLIC_URL',
    provider_name: 'Ketamine Mechanism Explorer',
    html: '<iframe src="https://explain.example.org/?mode=embed&amp;scene=bdnf-release" width="640" height="760" title="How ketamine is thought to work"></iframe>',
    width: 640,
    height: 760,
  };
  await readFile(oembed).catch(() => writeFile(oembed, JSON.stringify(standIn)));
  const server = await startNginx({ dist: dir });
  return { origin: server.origin, stop: () => server.stop().finally(() => rm(dir, { recursive: true, force: true })) };
}

/** The harness's `t`, with the app at nginx's origin: host.mjs's helpers allow and check that one. */
const atNginx = (t, origin) => ({ context: t.context, origin });

if (!findNginx()) {
  const why = 'nginx is not installed (apt-get install --no-install-recommends nginx, or NGINX_PATH)';
  // CI installs it, so there a missing nginx is a failure; a developer's machine just skips these.
  if (process.env.CI) test('nginx: deploy/nginx.conf serves the build', () => assert.fail(why));
  else console.log(`nginx.spec: skipped: ${why}`);
} else {
  test('nginx: deploy/nginx.conf sends the CSP, CORS, caching, compression and media types', async () => {
    const nginx = await serveBuild();
    try {
      const index = await get(`${nginx.origin}/`);
      assert.equal(index.status, 200);
      assert.match(index.headers['content-type'], /^text\/html; charset=utf-8$/i);
      for (const directive of CSP_DIRECTIVES) assert.ok(index.headers['content-security-policy'].includes(directive), `CSP has "${directive}"`);
      assert.equal(index.headers['access-control-allow-origin'], '*');
      assert.equal(index.headers['x-content-type-options'], 'nosniff');
      assert.ok(index.headers['referrer-policy'], 'a Referrer-Policy');
      assert.equal(index.headers['cache-control'], 'no-cache', '/ is revalidated');

      // A hashed module script of the page: a year, immutable, CORS for sandboxed frames, text/javascript.
      const html = index.body.toString('utf8');
      const script = html.match(/<script type="module"[^>]* src="\.\/(assets\/[^"]+\.js)"/)?.[1];
      const style = html.match(/<link rel="stylesheet"[^>]* href="\.\/(assets\/[^"]+\.css)"/)?.[1];
      assert.ok(script && style, 'index.html links a hashed script and style sheet');
      const js = await get(`${nginx.origin}/${script}`, { 'accept-encoding': 'gzip' });
      assert.equal(js.headers['cache-control'], IMMUTABLE);
      assert.match(js.headers['content-type'], /^text\/javascript\b/);
      assert.equal(js.headers['access-control-allow-origin'], '*');
      assert.equal(js.headers['content-encoding'], 'gzip', 'compressed when asked');
      assert.match(js.headers.vary ?? '', /accept-encoding/i);
      assert.equal((await get(`${nginx.origin}/${script}`)).headers['content-encoding'], undefined, 'plain when not asked');
      const css = await get(`${nginx.origin}/${style}`, { 'accept-encoding': 'gzip' });
      assert.match(css.headers['content-type'], /^text\/css\b/);
      assert.equal(css.headers['content-encoding'], 'gzip');

      // Fixed names that change with each build: revalidated every time.
      for (const file of ['index.html', 'sw.js', 'embed.js', 'bdnf-release.html', 'share/bdnf-release.json', 'share/bdnf-release.png']) {
        const res = await get(`${nginx.origin}/${file}`, { 'accept-encoding': 'gzip' });
        assert.equal(res.status, 200, `${file} is served`);
        assert.equal(res.headers['cache-control'], 'no-cache', `${file} is revalidated`);
        assert.equal(res.headers['access-control-allow-origin'], '*', `${file} has the CORS header`);
      }
      const types = { 'sw.js': /^text\/javascript\b/, 'embed.js': /^text\/javascript\b/, 'share/bdnf-release.json': /^application\/json\+oembed\b/, 'share/bdnf-release.png': /^image\/png$/, 'favicon.svg': /^image\/svg\+xml\b/ };
      for (const [file, type] of Object.entries(types)) assert.match((await get(`${nginx.origin}/${file}`)).headers['content-type'], type, `${file}'s media type`);
      assert.equal((await get(`${nginx.origin}/share/bdnf-release.json`, { 'accept-encoding': 'gzip' })).headers['content-encoding'], 'gzip', 'the oEmbed JSON is compressed');
      assert.equal((await get(`${nginx.origin}/_headers`)).headers['content-type'], 'application/octet-stream', '_headers is a plain file here (no HTML sniffing)');
      assert.equal((await get(`${nginx.origin}/no-such-file`)).status, 404);
    } finally {
      await nginx.stop();
    }
  });

  test('nginx: the embeds draw with no console error (WordPress post, iframe, share page)', async ({ t }) => {
    const nginx = await serveBuild();
    const app = atNginx(t, nginx.origin);
    const host = await startHost({
      '/wordpress': wordPressPost(nginx.origin),
      '/iframe': hostPage(`<iframe src="${nginx.origin}/?mode=embed&scene=ampa-activation" title="Explainer" style="width:100%;height:900px;border:0"></iframe>`),
    });
    const h = await hostContext(app, host.origin, { width: 1000, height: 900 });
    try {
      const { page } = h;
      // WordPress: the sandboxed frame (origin "null") loads its module scripts from nginx and sizes the post.
      await page.goto(`${host.origin}/wordpress`);
      const wp = await appFrame(page, 'iframe.wp-embedded-content');
      assert.equal(await wp.evaluate(() => self.origin), 'null', 'an opaque origin, as in WordPress');
      assert.equal((await appState(wp)).scene, 'bdnf-release');
      const height = await waitForEvent(page, (e) => e.data?.message === 'height', "wp-embed's height message");
      assert.equal(height.data.secret, SECRET);
      await wordPressFit(page, wp);

      // A plain iframe on another origin: ready, under nginx's CSP.
      await page.goto(`${host.origin}/iframe`);
      const ready = await waitForEvent(page, (e) => e.data?.type === 'ready', 'the ready event');
      assert.equal(ready.data.scene, 'ampa-activation');
      assert.equal((await appState(await appFrame(page))).mode, 'embed');
      assertCsp(h.cspHeaders);

      // A share page, top level: the app opens its scene and the service worker installs from nginx.
      await page.goto(`${nginx.origin}/synaptogenesis.html`);
      await page.waitForSelector('#root > [data-app][data-ready]', { state: 'attached', timeout: 15_000 });
      assert.equal(await page.locator('#root > [data-app]').getAttribute('data-scene'), 'synaptogenesis');
      // Its install fetches every precached file: one 404 (no page-for-every-path fallback here) fails it.
      await waitFor(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated'), {
        timeout: 20_000,
        message: 'the service worker to install and activate',
      });
      h.assertClean();
    } finally {
      await h.close();
      await host.close();
      await nginx.stop();
    }
  });
}

