// Offline (issue 8): after one visit the service worker (tools/precache.ts) has the whole build, so a
// kiosk keeps working when the clinic's Wi-Fi drops — the page, its scene and caption, and the parts
// that load later (dialogs, chart, 3D view). It never installs itself in embed mode or in a frame.
//
// These tests use browser contexts of their own: the `t` fixture's context intercepts every request to
// keep other origins out, and Playwright's request interception does not see requests a service worker
// answers. The app is reached through a small proxy that the test shuts down: a network cut that
// neither the page nor its service worker can get around (context.setOffline as well, for good measure).
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { waitFor } from './helpers.mjs';

const screens = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-results/screens');

/**
 * Forwards every request to `target`, but answers the paths of `files` ({ path: [type, body] }) itself
 * (a clinic's own files beside the build); `cut()` closes it and every open connection.
 */
async function startProxy(target, files = {}) {
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    const own = files[new URL(req.url, 'http://x').pathname];
    if (own) {
      res.writeHead(200, { 'content-type': own[0] });
      res.end(own[1]);
      return;
    }
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    cut() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * A context with the `t` fixture's checks done by hand: no page errors, no console errors, no request to
 * an origin other than `allowed`.
 */
async function ownContext(t, allowed) {
  const context = await t.context.browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  context.setDefaultTimeout(15_000);
  const problems = [];
  const requests = [];
  const watch = (page) => {
    page.on('console', (msg) => {
      const at = msg.location()?.url ?? '';
      // The browser's own look for /favicon.ico, made for the plain-file page below (it has no icon link).
      if (msg.type() === 'error' && !at.endsWith('/favicon.ico')) problems.push(`console error: ${msg.text()} @ ${at}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err?.stack ?? err}`));
  };
  context.on('page', watch);
  context.on('request', (req) => {
    const url = req.url();
    requests.push(url);
    if (!allowed.some((origin) => url.startsWith(`${origin}/`)) && !/^(data|blob|about):/.test(url)) problems.push(`request outside ${allowed}: ${url}`);
  });
  context.on('requestfailed', (req) => {
    // The service worker's own try of the network, before it answers from its cache, fails offline.
    if (req.serviceWorker() || req.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
  });
  const page = await context.newPage();
  return {
    context,
    page,
    requests,
    assertClean() {
      assert.deepEqual(problems, [], 'no page errors, console errors or foreign requests');
    },
    close: () => context.close().catch(() => {}),
  };
}

const registrations = (page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope));

/** Resolves once a service worker is active and controls the page (clients.claim() takes over the first visit). */
async function controlled(page) {
  const script = await page.evaluate(async () => {
    const control = (async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
      return navigator.serviceWorker.controller.scriptURL;
    })();
    return Promise.race([control, new Promise((resolve) => setTimeout(() => resolve(null), 15_000))]);
  });
  assert.ok(script, 'a service worker controls the page within 15 s');
  return script;
}

async function appShown(page, scene) {
  await page.waitForSelector(`#root > [data-app][data-scene="${scene}"]`, { state: 'attached' });
  await page.locator('[data-stage] svg[role="img"]').first().waitFor({ state: 'visible' });
  return waitFor(() => page.evaluate(() => document.querySelector('[data-caption]')?.textContent.trim() ?? ''), {
    timeout: 15_000,
    message: 'a caption',
  });
}

test('after one visit, the app works with the network cut: scene, caption, dialogs, chart, 3D view', async ({ t }) => {
  test.setTimeout(90_000);
  const proxy = await startProxy(t.origin);
  const own = await ownContext(t, [proxy.origin]);
  try {
    const { page, context } = own;
    await page.goto(`${proxy.origin}/?view=2d`);
    await appShown(page, 'nmda-blockade');
    assert.match(await controlled(page), /\/sw\.js$/, 'the service worker controls the page');
    // Another file of the site opened as a page (embed.js, which an article's author may well look at)
    // is in the worker's scope too: it must not take the place of the app's cached page.
    await page.goto(`${proxy.origin}/embed.js`);

    await proxy.cut();
    await context.setOffline(true);

    const response = await page.goto(`${proxy.origin}/?scene=bdnf-release&view=2d`);
    assert.ok(response?.fromServiceWorker(), 'the page came from the service worker');
    const caption = await appShown(page, 'bdnf-release');
    assert.ok(caption.length > 20, `a caption shows offline (${JSON.stringify(caption)})`);

    // Parts that load after the first paint come from the cache too.
    await page.locator('.chart svg').first().waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Keyboard shortcuts', exact: true }).click();
    const help = page.getByRole('dialog', { name: /keyboard shortcuts/i });
    await help.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Show 3D view' }).click();
    await waitFor(() => page.evaluate(() => document.querySelector('#root > [data-app]').dataset.view === '3d'), {
      timeout: 20_000,
      message: 'the 3D view offline',
    });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(screens, 'offline-3d.png'), fullPage: true });
    own.assertClean();
  } finally {
    await own.close();
    await proxy.cut().catch(() => {});
  }
});

test('no service worker in embed mode or inside a frame; one on a plain visit', async ({ t }) => {
  test.setTimeout(60_000);
  const host = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>Host</title><iframe src="${t.origin}/?view=2d" title="Explainer" width="900" height="700"></iframe></html>`);
  });
  await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
  const hostOrigin = `http://127.0.0.1:${host.address().port}`;
  const own = await ownContext(t, [t.origin, hostOrigin]);
  try {
    const { page } = own;
    // Registration waits for the load event: give it that and a moment more before looking.
    await page.goto(`${t.origin}/?mode=embed&view=2d`, { waitUntil: 'load' });
    await appShown(page, 'nmda-blockade');
    await page.waitForTimeout(1000);
    assert.deepEqual(await registrations(page), [], 'mode=embed registers no service worker');

    await page.goto(`${hostOrigin}/`, { waitUntil: 'load' });
    const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
    await frame.waitForSelector('#root > [data-app][data-scene][data-ready]', { state: 'attached' });
    await page.waitForTimeout(1000);
    assert.deepEqual(await registrations(frame), [], 'the app framed by another page registers none (in the frame)');
    await page.goto(`${t.origin}/?mode=embed&view=2d`, { waitUntil: 'load' });
    assert.deepEqual(await registrations(page), [], 'nor for its own origin');

    // The control: the same check sees the worker of a plain visit (in Spanish, whose words load
    // before the app starts: registration must not depend on starting before the load event).
    await page.goto(`${t.origin}/?view=2d&lang=es`, { waitUntil: 'load' });
    await controlled(page);
    assert.deepEqual(await registrations(page), [`${t.origin}/`], 'a plain visit registers the service worker');
    own.assertClean();
  } finally {
    await own.close();
    await new Promise((resolve) => host.close(resolve));
  }
});

test('offline, a kiosk that reloads itself comes back from the cache with its clinic\'s kiosk.json', async ({ t }) => {
  test.setTimeout(90_000);
  const config = JSON.stringify({ clinic: 'Lakeside Clinic', scenes: ['bdnf-release', 'synaptogenesis'] });
  const proxy = await startProxy(t.origin, { '/kiosk.json': ['application/json', config] });
  const own = await ownContext(t, [proxy.origin]);
  try {
    const { page, context } = own;
    const clinicShown = () => page.locator('.clinic-brand__name', { hasText: 'Lakeside Clinic' }).waitFor({ state: 'visible' });
    await page.goto(`${proxy.origin}/?mode=kiosk&view=2d`);
    await appShown(page, 'bdnf-release');
    await clinicShown();
    await controlled(page);

    await proxy.cut();
    await context.setOffline(true);
    // The kiosk's own reload (useSelfHealing) is a plain location.reload().
    const response = await page.reload();
    assert.ok(response?.fromServiceWorker(), 'the page came from the service worker');
    await appShown(page, 'bdnf-release');
    await clinicShown();
    own.assertClean();
  } finally {
    await own.close();
    await proxy.cut().catch(() => {});
  }
});
