// The 3D view: view=3d draws a WebGL canvas (SwiftShader here); view=auto paints 2D first and picks 3D
// only after the page has settled and only on a hardware GPU (one is simulated by stubbing the renderer's
// name), without Save-Data, on a large enough screen; a browser without WebGL falls back to 2D without
// errors; the toggle and a lost WebGL context switch views; a 3D view that stays slow offers the switch
// to 2D (explore) or makes it (a kiosk where auto chose 3D); and every scene is photographed in 3D
// (test-results/screens/3d-<scene>.png, plus one picture per beat).
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { SCENES, waitFor, sleep, measurePixels, overlappingPairs, testChromiumArgs, CHROMIUM_PATH } from './helpers.mjs';

const CANVAS = '[data-stage] canvas';

async function viewIs(t, view, timeout = 20_000) {
  await waitFor(async () => (await t.state())?.view === view, { timeout, message: `data-view="${view}"` });
}

/** Pixel variance of the canvas as it appears on screen (the drawing buffer is not preserved). */
async function canvasVariance(t) {
  const png = await t.page.locator(CANVAS).first().screenshot();
  return measurePixels(t.context, [png], ([{ data }]) => {
    let sum = 0;
    let sumSq = 0;
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const luma = 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
      sum += luma;
      sumSq += luma * luma;
    }
    const mean = sum / n;
    return sumSq / n - mean * mean;
  });
}

async function drawn3d(t) {
  await viewIs(t, '3d');
  // A new canvas is 300×150 until the stage has measured its box and sized it.
  await waitFor(async () => {
    const box = await t.page.locator(CANVAS).first().boundingBox();
    return box && box.width > 300 && box.height > 150;
  }, { message: '3D canvas sized to the stage (larger than 300×150)' });
  const named = await t.page.locator('[data-stage] [role="img"]').first().getAttribute('aria-label');
  assert.ok(named && /\S/.test(named), 'the 3D picture has an accessible name');
  const variance = await waitFor(async () => {
    const v = await canvasVariance(t);
    return v > 40 ? v : 0;
  }, { timeout: 15_000, message: 'canvas pixels that are not blank (luma variance > 40)' });
  return variance;
}

test('view=3d draws a non-blank WebGL canvas with labelled hotspots', async ({ t }) => {
  await t.open('view=3d');
  await drawn3d(t);
  const labels = t.page.locator('[data-stage] button[data-actor]');
  assert.ok((await labels.count()) >= 3, 'label buttons for the scene actors');
  const visible = t.page.locator('[data-stage] button[data-actor]:visible');
  await waitFor(async () => (await visible.count()) >= 3, { message: 'at least 3 labels on screen' });
  // Labels never overlap each other.
  const boxes = await visible.evaluateAll((els) => els.map((e) => ({ name: e.getAttribute('aria-label'), box: e.getBoundingClientRect().toJSON() })));
  assert.deepEqual(overlappingPairs(boxes), [], 'labels overlap');
  // A label is a hotspot: clicking it opens the actor's info card, as in 2D.
  const first = visible.first();
  const name = (await first.getAttribute('aria-label')) ?? '';
  await first.click();
  await t.page.locator('.info-card').getByText(name, { exact: true }).first().waitFor();
  await t.shot('3d-view');
});

/**
 * Init script (self-contained: it runs in the page). Records how often a WebGL context is asked for
 * (`window.__webglAsked`: auto asks once the page has settled, where 3D is still possible) and every value data-view takes
 * (`window.__views`: the first paint is 2D). With `renderer`, this browser also reports that GPU and no
 * major performance caveat, as a laptop's would (SwiftShader still draws); with `saveData`, it asks to
 * save data.
 */
function instrument({ renderer = null, saveData = false } = {}) {
  if (renderer) {
    for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
      const getParameter = proto.getParameter;
      proto.getParameter = function (name) {
        return name === 0x9246 /* UNMASKED_RENDERER_WEBGL */ ? renderer : getParameter.call(this, name);
      };
    }
  }
  window.__webglAsked = 0;
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, attributes) {
    if (String(type).startsWith('webgl')) window.__webglAsked++;
    return getContext.call(this, type, renderer && attributes ? { ...attributes, failIfMajorPerformanceCaveat: false } : attributes);
  };
  if (saveData) Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }) });
  window.__views = [];
  new MutationObserver(() => {
    const view = document.querySelector('#root > [data-app]')?.getAttribute('data-view');
    if (view && window.__views.at(-1) !== view) window.__views.push(view);
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-view'] });
}

const HARDWARE = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 (0x00002504) Direct3D11 vs_5_0 ps_5_0, D3D11)';
const threeChunkRequested = (t) => t.requests.some((url) => /\/assets\/ThreeStage-[^/]*\.js$/.test(url));

/** Waits until auto has decided (WebGL asked about once the page settled), then a little longer. */
async function autoDecided(t) {
  await waitFor(() => t.page.evaluate(() => window.__webglAsked > 0), { timeout: 15_000, message: 'WebGL asked about once the page settled' });
  await sleep(1500);
}

test('view=auto paints 2D first, then upgrades to 3D once the page is idle, on a hardware GPU', async ({ t }) => {
  await t.page.addInitScript(instrument, { renderer: HARDWARE });
  await t.open('view=auto');
  await drawn3d(t);
  const views = await t.page.evaluate(() => window.__views);
  assert.deepEqual(views, ['2d', '3d'], 'data-view went 2d (first paint) → 3d, nothing else');
  await t.page.getByRole('button', { name: 'Show 2D view' }).waitFor();
});

test('view=auto stays 2D on a software renderer (SwiftShader here) and does not download the 3D view', async ({ t }) => {
  await t.page.addInitScript(instrument, {});
  await t.open(''); // auto is the default
  await autoDecided(t);
  assert.deepEqual(await t.page.evaluate(() => window.__views), ['2d'], 'data-view stays 2d');
  assert.equal(await t.page.locator(CANVAS).count(), 0, 'no 3D canvas');
  assert.ok(!threeChunkRequested(t), 'three.js was not downloaded');
  // 3D stays one button away.
  await t.page.getByRole('button', { name: 'Show 3D view' }).click();
  await drawn3d(t);
});

/**
 * Waits until the page has settled (the dialogs, loaded once the browser is idle after the first paint,
 * are in the page: the moment auto decides), then a little longer.
 */
async function settled(page) {
  await page.locator('dialog').first().waitFor({ state: 'attached', timeout: 15_000 });
  await sleep(1500);
}

test('view=auto stays 2D with Save-Data, and on a phone-sized screen, even with a hardware GPU, without making a WebGL context to ask', async ({ t }) => {
  await t.page.addInitScript(instrument, { renderer: HARDWARE, saveData: true });
  await t.open('view=auto');
  await settled(t.page);
  assert.deepEqual(await t.page.evaluate(() => window.__views), ['2d'], 'Save-Data: data-view stays 2d');
  assert.ok(!threeChunkRequested(t), 'Save-Data: three.js was not downloaded');
  assert.equal(await t.page.evaluate(() => window.__webglAsked), 0, 'Save-Data: no WebGL context made (the answer could only be 2D)');

  const phone = await t.context.browser().newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
  try {
    const page = await phone.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.addInitScript(instrument, { renderer: HARDWARE });
    await page.goto(`${t.origin}/?view=auto`);
    await page.waitForSelector('#root > [data-app][data-view="2d"]');
    await settled(page);
    assert.deepEqual(await page.evaluate(() => window.__views), ['2d'], 'phone: data-view stays 2d');
    assert.equal(await page.locator(CANVAS).count(), 0, 'phone: no 3D canvas');
    assert.equal(await page.evaluate(() => window.__webglAsked), 0, 'phone: no WebGL context made');
    // 3D stays one button away: asked for, it is drawn.
    await page.getByRole('button', { name: 'Show 3D view' }).click();
    await page.waitForSelector('#root > [data-app][data-view="3d"]', { timeout: 30_000 });
    assert.deepEqual(errors, [], 'phone: no errors');
  } finally {
    await phone.close();
  }
});

test('the toggle switches 2D ↔ 3D, and 3D steps aside while the WebGL context is lost', async ({ t }) => {
  await t.open('view=3d');
  await drawn3d(t);
  await t.page.getByRole('button', { name: 'Show 2D view' }).click();
  await viewIs(t, '2d');
  await t.page.locator('[data-stage] svg[role="img"]').first().waitFor();
  await t.page.getByRole('button', { name: 'Show 3D view' }).click();
  await drawn3d(t);

  await t.page.evaluate(() => {
    const canvas = document.querySelector('[data-stage] canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    window.__loseContext = gl.getExtension('WEBGL_lose_context');
    window.__loseContext.loseContext();
  });
  await viewIs(t, '2d');
  await t.page.locator('[data-stage] svg[role="img"]').first().waitFor({ state: 'visible' });
  await t.page.evaluate(() => window.__loseContext.restoreContext());
  await drawn3d(t);
});

/**
 * How long the 3D view may take to give up on slow frames: it judges frames, not seconds (four steps
 * down and two judgements at the lowest quality, each eight windows of frames: ~12 s here when quiet).
 * With the machine loaded by other processes, a SwiftShader frame can take seconds and the judgements
 * as many times longer.
 */
const ADAPT_TIMEOUT = 180_000;

/**
 * Makes every frame of the page take over 30 ms (a rAF callback that keeps the main thread busy), so the
 * 3D view's frames are slow on any machine, however fast or loaded.
 */
async function slowDown(t) {
  await t.page.evaluate(() => {
    window.__slow = true;
    const burn = () => {
      if (!window.__slow) return;
      const end = performance.now() + 30;
      while (performance.now() < end);
      requestAnimationFrame(burn);
    };
    requestAnimationFrame(burn);
  });
  return { restore: () => t.page.evaluate(() => (window.__slow = false)) };
}

const SLOW_OFFER = '3D is running slowly on this device. The 2D view tells the same story more smoothly.';
const SWITCHED = 'Showing the 2D view: 3D ran slowly on this screen.';

/**
 * Init script: records every text the view's status line shows (`window.__said`) and every quality
 * the 3D stage draws at (`window.__qualities`, from its data-quality).
 */
function recordAdapting() {
  window.__said = [];
  window.__qualities = [];
  new MutationObserver(() => {
    const text = document.querySelector('.view-switch [role="status"]')?.textContent ?? '';
    if (text && window.__said.at(-1) !== text) window.__said.push(text);
    const quality = document.querySelector('[data-stage][data-quality]')?.getAttribute('data-quality');
    if (quality && window.__qualities.at(-1) !== Number(quality)) window.__qualities.push(Number(quality));
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-quality'] });
}

test('explore: a 3D view that stays slow lowers its quality step by step, then offers the switch to 2D', async ({ t }) => {
  // A hardware GPU starts at full quality (a software renderer starts at the lowest).
  test.setTimeout(ADAPT_TIMEOUT + 60_000);
  await t.page.addInitScript(instrument, { renderer: HARDWARE });
  await t.page.addInitScript(recordAdapting);
  await t.open('view=3d&scene=glutamate-surge&autoplay=1');
  await drawn3d(t);
  const slow = await slowDown(t);
  const notice = t.page.getByRole('status').filter({ hasText: SLOW_OFFER });
  await notice.waitFor({ timeout: ADAPT_TIMEOUT });
  // At the lowest quality the canvas draws half a pixel per CSS pixel.
  const canvas = await t.page.locator(CANVAS).evaluate((c) => ({ width: c.width, css: c.getBoundingClientRect().width }));
  await slow.restore();
  assert.deepEqual(await t.page.evaluate(() => window.__qualities), [1, 0.75, 0.5, 0.25, 0], 'full quality, then a step down at a time');
  assert.ok(Math.abs(canvas.width - canvas.css / 2) <= 1, `canvas at half resolution (${canvas.width} px for ${canvas.css} CSS px)`);
  assert.equal((await t.state()).view, '3d', 'explore keeps 3D until the viewer answers');
  assert.equal(await t.page.getByRole('alert').count(), 0, 'no alert: a notice, not an error');
  await t.captionShown();
  const violations = await t.axe();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], 'no axe violations with the notice on screen');
  await t.shot('3d-slow-offer');
  await t.page.setViewportSize({ width: 390, height: 844 });
  await t.shot('3d-slow-offer-phone');
  await t.page.setViewportSize({ width: 1280, height: 800 });

  await t.page.getByRole('button', { name: 'Switch to 2D' }).click();
  await viewIs(t, '2d');
  await waitFor(() => t.page.evaluate(() => document.activeElement?.textContent === 'Show 3D view'), { message: 'focus on the "Show 3D view" toggle' });
  assert.equal(await notice.count(), 0, 'the notice is gone once answered');
  assert.deepEqual(await t.page.evaluate(() => window.__said), [SLOW_OFFER], 'said once');
});

test('kiosk: a 3D view that view=auto chose and that stays slow switches to 2D by itself, announced once, with no error', async ({ t }) => {
  test.setTimeout(ADAPT_TIMEOUT + 60_000);
  await t.page.addInitScript(instrument, { renderer: HARDWARE });
  await t.page.addInitScript(recordAdapting);
  await t.open('mode=kiosk&scene=glutamate-surge');
  await viewIs(t, '3d');
  const slow = await slowDown(t);
  await viewIs(t, '2d', ADAPT_TIMEOUT);
  await slow.restore();
  await t.page.locator('[data-stage] svg[role="img"]').first().waitFor({ state: 'visible' });
  await sleep(3000);
  assert.equal((await t.state()).view, '2d', 'stays 2D');
  assert.equal(await t.page.locator(CANVAS).count(), 0, 'the 3D view is let go (its WebGL context with it)');
  assert.deepEqual(await t.page.evaluate(() => window.__said), [SWITCHED], 'announced once, politely');
  assert.equal(await t.page.getByRole('status').filter({ hasText: SWITCHED }).count(), 1, 'in a status line');
  assert.equal(await t.page.getByRole('alert').count(), 0, 'no alert');
});

test('kiosk: view=3d forces 3D, which stays (at its lowest quality) however slow its frames', async ({ t }) => {
  test.setTimeout(120_000);
  await t.page.addInitScript(recordAdapting);
  await t.open('mode=kiosk&view=3d&scene=glutamate-surge');
  await viewIs(t, '3d');
  const slow = await slowDown(t);
  // SwiftShader starts at the lowest quality: two slow judgements there (~4 s) would switch an auto kiosk.
  await waitFor(() => t.page.evaluate(() => window.__qualities.includes(0)), { timeout: 30_000, message: 'the 3D view at its lowest quality' });
  await sleep(12_000);
  await slow.restore();
  assert.equal((await t.state()).view, '3d', 'still 3D');
  assert.deepEqual(await t.page.evaluate(() => window.__said), [], 'nothing said');
});

test('a browser without WebGL shows 2D (with a notice for view=3d) and no error', async ({ t }) => {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...testChromiumArgs(), '--disable-webgl', '--disable-3d-apis'],
  });
  try {
    for (const query of ['view=auto', 'view=3d']) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${t.origin}/?${query}`);
      await page.waitForSelector('#root > [data-app][data-view="2d"][data-ready]');
      await page.locator('[data-stage] svg[role="img"]').first().waitFor();
      assert.equal(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl')), false, 'WebGL is really off');
      // The toggle is drawn from the first paint and goes once the page has settled and found no WebGL.
      await waitFor(async () => (await page.getByRole('button', { name: /Show [23]D view/ }).count()) === 0, {
        timeout: 15_000,
        message: `${query}: no toggle without WebGL`,
      });
      await sleep(500);
      assert.equal(await page.locator('#root > [data-app]').getAttribute('data-view'), '2d', `${query}: data-view stays 2d`);
      assert.equal(await page.locator('[data-stage] canvas').count(), 0, `${query}: no 3D canvas`);
      const notice = page.getByText('3D is not available on this device; showing the 2D view.');
      assert.equal(await notice.count(), query === 'view=3d' ? 1 : 0, `${query}: notice only when 3D was asked for`);
      assert.deepEqual(errors, [], `${query}: no uncaught error`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
});

// One picture per scene (3d-<scene>.png) and one per beat near its end, to compare with the 2D twins.
for (const scene of SCENES) {
  test(`3D screenshots: ${scene}`, async ({ t }) => {
    test.setTimeout(120_000);
    await t.open(`view=3d&scene=${scene}`);
    await drawn3d(t);
    const file = await t.shot(`3d-${scene}`);
    // The transport says "Part 1 of N".
    const part = await t.page.getByText(/Part \d+ of \d+/).first().textContent();
    const count = Number(/of (\d+)/.exec(part ?? '')?.[1] ?? 0);
    assert.ok(count >= 2, `${scene}: beat count from the transport (got ${JSON.stringify(part)})`);
    // Each beat near its end, in this one page: the scrubber seeks to where `t=` opened it before, then
    // the picture is taken once two captures in a row are the same (the camera has arrived; at most 5 s).
    const stage = t.page.locator('[data-stage]').first();
    for (let beat = 0; beat < count; beat++) {
      const value = Math.round(((beat + 0.9) / count) * 1000);
      const scrubber = t.page.getByRole('slider', { name: 'Position in scene' });
      await scrubber.evaluate((el, v) => {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, String(v));
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, value);
      // The frame loop writes the player's position back to the scrubber: there once the seek is done.
      await t.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await waitFor(async () => Math.abs((await scrubber.evaluate((el) => Number(el.value))) - value) <= 1, { message: `${scene}: seeked to ${value / 10} %` });
      await drawn3d(t);
      let previous = await stage.screenshot();
      const still = await waitFor(async () => {
        const now = await stage.screenshot();
        const same = now.equals(previous);
        previous = now;
        return same ? now : null;
      }, { timeout: 5000, interval: 100, message: `${scene} beat ${beat}: the 3D picture holds still` }).catch(() => previous);
      await writeFile(path.join(path.dirname(file), `3d-${scene}-beat${beat}.png`), still);
    }
  });
}
