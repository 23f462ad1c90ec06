// The signage package (issue 16): `npm run package:signage` makes a zip that, unzipped into an empty
// folder and served as plain static files (no single-page fallback, no special headers), runs the
// waiting-room loop from the index.html at its root, with the clinic's kiosk.json and logo.
// The test makes the zip from dist/ with the packaging tool's own function, unzips it with fflate, and
// serves the folder from a small static file server of its own, on an origin of its own (so it uses a
// browser context of its own, with the harness's checks done by hand).
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { signageZip } from '../../tools/package-signage.mjs';
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { waitFor } from './helpers.mjs';

const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript', css: 'text/css', json: 'application/json', svg: 'image/svg+xml', png: 'image/png', webmanifest: 'application/manifest+json' };

/** Serves `dir` as static files: a folder's address serves its index.html; anything missing is a 404. */
async function serveFolder(dir) {
  const server = http.createServer(async (req, res) => {
    let file = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (file.endsWith('/')) file += 'index.html';
    const full = path.join(dir, file);
    if (!full.startsWith(dir + path.sep)) return res.writeHead(403).end();
    try {
      const body = await readFile(full);
      res.writeHead(200, { 'content-type': TYPES[path.extname(full).slice(1)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

test('the signage zip, unzipped into an empty folder and served as static files, runs the kiosk with the clinic\'s settings', async ({ t }) => {
  test.setTimeout(90_000);
  const work = await mkdtemp(path.join(os.tmpdir(), 'kme-signage-'));
  const folder = path.join(work, 'player');
  let server;
  const context = await t.context.browser().newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });
  try {
    await writeFile(path.join(work, 'kiosk.json'), JSON.stringify({ clinic: 'Lakeside Clinic', logo: 'clinic-logo.svg', reload: 12 }));
    await writeFile(path.join(work, 'clinic-logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#0072B2"/></svg>');
    const files = unzipSync(signageZip({ config: path.join(work, 'kiosk.json'), extra: [path.join(work, 'clinic-logo.svg')] }));
    assert.ok(files['index.html'], 'index.html at the root of the zip');
    for (const [name, bytes] of Object.entries(files)) {
      assert.ok(!name.startsWith('/') && !name.includes('..'), `a relative path in the zip: ${name}`);
      await mkdir(path.dirname(path.join(folder, name)), { recursive: true });
      await writeFile(path.join(folder, name), bytes);
    }
    const html = new TextDecoder().decode(files['app/index.html']);
    assert.doesNotMatch(html, /(src|href)="\/(?!\/)/, 'the app page refers to its files by relative paths');

    server = await serveFolder(folder);
    const problems = [];
    context.on('console', (msg) => msg.type() === 'error' && problems.push(`console error: ${msg.text()}`));
    context.on('weberror', (error) => problems.push(`page error: ${error.error()}`));
    context.on('request', (req) => {
      if (!req.url().startsWith(`${server.origin}/`) && !/^(data|blob|about):/.test(req.url())) problems.push(`request elsewhere: ${req.url()}`);
    });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForURL(/\/app\/\?mode=kiosk$/);
    await page.waitForSelector('#root > [data-app][data-mode="kiosk"][data-ready]', { state: 'attached' });
    await page.getByRole('heading', { name: 'How ketamine is thought to work', level: 2 }).waitFor({ state: 'visible' });
    await page.locator('.clinic-brand__name', { hasText: 'Lakeside Clinic' }).waitFor({ state: 'visible' });
    await waitFor(() => page.evaluate(() => document.querySelector('.clinic-brand__logo')?.naturalWidth > 0), { message: 'the clinic logo' });
    // The loop goes on from its opening card to the first scene's caption.
    await waitFor(async () => (await page.locator('.kiosk-card').count()) === 0, { timeout: 30_000, message: 'the first scene playing' });
    const caption = await page.evaluate(() => document.querySelector('[data-caption]')?.textContent.trim() ?? '');
    assert.ok(caption.length > 20, `a caption (${JSON.stringify(caption)})`);
    // The host allows a service worker here (http on loopback): the offline copy installs.
    const worker = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
    assert.equal(worker, `${server.origin}/app/sw.js`);
    await page.screenshot({ path: path.resolve('test-results/screens/signage-kiosk-1280x720.png') });
    assert.deepEqual(problems, []);
  } finally {
    await context.close().catch(() => {});
    await server?.close();
    await rm(work, { recursive: true, force: true });
  }
});
