// Faults (issue 8): the explorer keeps going when a part of it fails. A view that throws is replaced
// by a calm message with "Try again" while captions and controls keep working; a chart that throws
// steps aside; parts that fail to load on a dropping network arrive once it is back; a 3D view whose
// WebGL context cannot be made falls back to 2D; a string missing from a translation shows in
// English, never as a raw key. (A lost WebGL context is covered by view3d.spec.mjs.)
//
// Each fault is made from outside, the way it happens in the field: a browser API that fails, a
// request that fails, a translation file that lacks a line. The app has no switches for tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { waitFor } from './helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const locale = (lang) => JSON.parse(readFileSync(path.join(root, 'src/i18n/locales', `${lang}.json`), 'utf8'));

/** A key path such as "ui.appTitle" on screen would be a raw key. */
const RAW_KEY = /\b(?:ui|scenes|claims|actors|notes|grades|kiosk|myths|honesty|honestyNav|chart|panel|handout|share|glossary)\.[a-z][\w.-]*/;

const blur = (page) => page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));

test('a 2D stage that throws shows a friendly message and "Try again"; captions and controls still work', async ({ t }) => {
  const { page } = t;
  // The drawing fails while window.__stageFault is set: the one attribute only the 2D stage sets
  // cannot be written (as a broken browser API would fail), so the stage throws while React draws it.
  // The printed handout's stills use the same stage and fail too: they must not take the page down.
  await page.addInitScript(() => {
    window.__stageFault = true;
    const setAttribute = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (name, value) {
      if (window.__stageFault && name === 'data-framing') throw new Error('fault injected by faults.spec: the stage cannot be drawn');
      return setAttribute.call(this, name, value);
    };
  });
  await t.open('scene=glutamate-surge&view=2d');
  const alert = page.getByRole('alert').filter({ hasText: 'This picture could not be drawn' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /captions and controls still work/i);
  assert.equal(await page.locator('[data-stage] svg').count(), 0, 'no half-drawn stage');
  await t.shot('fault-view-error');

  // The rest of the explorer carries on: step, play, change scene.
  const first = await t.caption();
  await blur(page);
  await page.keyboard.press('ArrowRight');
  await waitFor(async () => (await t.state()).beat === 1, { message: 'ArrowRight moves to beat 1' });
  await waitFor(async () => (await t.caption()) !== first, { message: 'the caption follows' });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.keyboard.press('PageDown');
  await waitFor(async () => (await t.state()).scene === 'ampa-activation', { message: 'PageDown to the next scene' });
  await alert.waitFor(); // the new scene's picture fails the same way, and says so

  // Once the fault is gone, "Try again" brings the picture back.
  await page.evaluate(() => {
    window.__stageFault = false;
  });
  await page.getByRole('button', { name: 'Try again', exact: true }).click();
  await page.locator('[data-stage] svg[role="img"]').first().waitFor({ state: 'visible' });
  assert.equal(await alert.count(), 0, 'the message is gone');
  assert.ok(t.console.warnings.some((w) => /fault injected by faults\.spec/.test(w)), 'the failure is reported as a warning');
});

test('a chart that throws steps aside; the caption, panel and stage carry on', async ({ t }) => {
  const { page } = t;
  // The treated curve's path cannot be written: the chart throws while React draws it.
  await page.addInitScript(() => {
    const setAttribute = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (name, value) {
      if (name === 'd' && this.getAttribute('class') === 'chart__treated') throw new Error('fault injected by faults.spec: the chart cannot be drawn');
      return setAttribute.call(this, name, value);
    };
  });
  await t.open('scene=bdnf-release&view=2d');
  await waitFor(() => t.console.warnings.some((w) => /the chart cannot be drawn/.test(w)), { message: 'the chart to fail' });
  assert.equal(await page.locator('.chart svg').count(), 0, 'no chart');
  await page.locator('[data-stage] svg[role="img"]').first().waitFor({ state: 'visible' });
  await page.locator('.settings-panel input[type="radio"]').first().check();
  const first = await t.caption();
  await blur(page);
  await page.keyboard.press('ArrowRight');
  await waitFor(async () => (await t.caption()) !== first, { message: 'the caption follows the keys' });
});

test('parts that fail to load on a flaky network arrive when it is back; the page never breaks', async ({ t }) => {
  const { page } = t;
  // The first two fetches of each part that loads after the first paint fail, as on a dropping Wi-Fi.
  const parts = /\/assets\/(TimeCourseChart|AppDialogs|Handout|InfoCard|english-rest|laterScenes)-[\w-]+\.js(\?[^/]*)?$/;
  const failures = new Map();
  await page.route(parts, (route) => {
    const part = parts.exec(route.request().url())[1];
    failures.set(part, (failures.get(part) ?? 0) + 1);
    return failures.get(part) <= 2 ? route.abort('internetdisconnected') : route.continue();
  });
  // A first visit: no offline copy to fall back on (the service worker never gets to install).
  await page.addInitScript(() => {
    ServiceWorkerContainer.prototype.register = () => new Promise(() => {});
  });
  t.allowConsoleErrors(); // the browser reports each failed fetch; checked below
  await t.open('scene=glutamate-surge&view=2d');
  const first = await t.caption();
  await blur(page);
  await page.keyboard.press('ArrowRight');
  await waitFor(async () => (await t.caption()) !== first, { message: 'the next caption' });

  // Each part arrives on a later try: the chart, the dialogs, the handout, the info card, the rest of
  // the English text (the next captions) and the pictures of scenes 2–5.
  await page.locator('.chart svg').first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.getByRole('button', { name: 'Keyboard shortcuts', exact: true }).click();
  await page.getByRole('dialog', { name: /keyboard shortcuts/i }).waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.press('Escape');
  await blur(page);
  await page.keyboard.press('ArrowRight');
  await t.captionShown({ timeout: 15_000 });
  assert.deepEqual(
    [...failures.keys()].sort(),
    ['AppDialogs', 'Handout', 'InfoCard', 'TimeCourseChart', 'english-rest', 'laterScenes'],
    'every part was fetched',
  );
  for (const [part, tries] of failures) assert.ok(tries >= 3, `${part} was tried again until it loaded (${tries} tries)`);
  const unexpected = t.console.errors.filter((e) => !(/ERR_INTERNET_DISCONNECTED/.test(e) && parts.test(e.split(' ').find((w) => w.startsWith('http')) ?? '')));
  assert.deepEqual(unexpected, [], 'no console errors but the failed fetches');
  await t.shot('fault-flaky-network');
});

test('a 3D view whose WebGL context cannot be created falls back to 2D', async ({ t }) => {
  const { page } = t;
  // WebGL is there (the app's probe gets a context) but the 3D stage's own canvas gets none, as on a
  // GPU that has run out of contexts. three.js logs that failure itself with console.error.
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      if (/webgl/.test(type) && this.closest('[data-stage]')) return null;
      return getContext.call(this, type, ...rest);
    };
  });
  t.allowConsoleErrors();
  await t.open('view=3d');
  await page.locator('[data-stage] svg[role="img"]').first().waitFor({ state: 'visible' });
  await page.waitForTimeout(1500); // time for the 3D module to load and fail
  const state = await t.state();
  assert.equal(state.view, '2d', 'the 2D view shows');
  assert.equal(await page.getByRole('alert').count(), 0, 'no error message: 2D is a full view');
  assert.equal(await page.getByRole('button', { name: 'Show 3D view' }).count(), 0, 'no way back into the failed 3D view');
  const others = t.console.errors.filter((e) => !/^THREE\.WebGLRenderer: .*WebGL context/i.test(e));
  assert.deepEqual(others, [], 'the only console errors are three.js reporting the failed context');
  assert.ok(t.console.errors.length > 0, 'the fault really happened (three.js reported it)');
  await blur(page);
  const first = await t.caption();
  await page.keyboard.press('ArrowRight');
  await waitFor(async () => (await t.caption()) !== first, { message: 'captions still follow the keys' });
});

test('a string missing from the Spanish file shows in English, never as a raw key', async ({ t }) => {
  const { page } = t;
  const es = locale('es');
  const en = locale('en');
  // The Spanish file as a translator might deliver it, less two lines: the title and the first caption.
  // It is served in place of the built Spanish chunk (the app reads only its default export).
  const incomplete = structuredClone(es);
  delete incomplete.ui.appTitle;
  delete incomplete.scenes['nmda-blockade'].beats.synapse.caption.patient;
  let served = false;
  await page.route(/\/assets\/es-[\w-]+\.js$/, async (route) => {
    served = true;
    await route.fulfill({ contentType: 'text/javascript', body: `export default ${JSON.stringify(incomplete)};` });
  });
  await t.open('lang=es&scene=nmda-blockade&view=2d');
  assert.ok(served, 'the Spanish file was the incomplete one');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.equal((await page.locator('h1').innerText()).trim(), en.ui.appTitle, 'the missing title shows in English');
  assert.equal(await t.caption(), en.scenes['nmda-blockade'].beats.synapse.caption.patient, 'the missing caption shows in English');
  const text = await page.evaluate(() => document.body.innerText);
  assert.ok(!RAW_KEY.test(text), `no raw key on screen (found ${JSON.stringify(text.match(RAW_KEY)?.[0])})`);
  // Everything else is still Spanish.
  assert.equal(await page.getByRole('button', { name: 'Reproducir', exact: true }).count(), 1, 'the Play button is in Spanish');
});
