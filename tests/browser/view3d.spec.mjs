// The 3D view: view=3d and view=auto draw a WebGL canvas (SwiftShader here), a browser without WebGL
// falls back to 2D without errors, the toggle and a lost WebGL context switch views, and every scene
// is photographed in 3D (test-results/screens/3d-<scene>.png, plus one picture per beat).
import path from 'node:path';
import { chromium } from 'playwright-core';
import { test, assert, SCENES, waitFor, sleep, measurePixels, CHROMIUM_ARGS, CHROMIUM_PATH } from './harness.mjs';

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

test('view=3d draws a non-blank WebGL canvas with labelled hotspots', async (t) => {
  await t.open('view=3d');
  await drawn3d(t);
  const labels = t.page.locator('[data-stage] button[data-actor]');
  assert.ok((await labels.count()) >= 3, 'label buttons for the scene actors');
  const visible = t.page.locator('[data-stage] button[data-actor]:visible');
  await waitFor(async () => (await visible.count()) >= 3, { message: 'at least 3 labels on screen' });
  // Labels never overlap each other.
  const boxes = await visible.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      assert.ok(!overlap, `labels ${i} and ${j} overlap`);
    }
  // A label is a hotspot: clicking it opens the actor's info card, as in 2D.
  const first = visible.first();
  const name = (await first.getAttribute('aria-label')) ?? '';
  await first.click();
  await t.page.locator('.info-card').getByText(name, { exact: true }).first().waitFor();
  await t.shot('3d-view');
});

test('view=auto picks 3D where WebGL works', async (t) => {
  await t.open('');
  await drawn3d(t);
});

test('the toggle switches 2D ↔ 3D, and 3D steps aside while the WebGL context is lost', async (t) => {
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

test('a browser without WebGL shows 2D (with a notice for view=3d) and no error', async (t) => {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
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
      await sleep(500);
      assert.equal(await page.locator('#root > [data-app]').getAttribute('data-view'), '2d', `${query}: data-view stays 2d`);
      assert.equal(await page.locator('[data-stage] canvas').count(), 0, `${query}: no 3D canvas`);
      assert.equal(await page.getByRole('button', { name: 'Show 3D view' }).count(), 0, `${query}: no toggle without WebGL`);
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
  test(`3D screenshots: ${scene}`, async (t) => {
    await t.open(`view=3d&scene=${scene}`);
    await drawn3d(t);
    const file = await t.shot(`3d-${scene}`);
    // The transport says "Part 1 of N".
    const part = await t.page.getByText(/Part \d+ of \d+/).first().textContent();
    const count = Number(/of (\d+)/.exec(part ?? '')?.[1] ?? 0);
    assert.ok(count >= 2, `${scene}: beat count from the transport (got ${JSON.stringify(part)})`);
    for (let beat = 0; beat < count; beat++) {
      await t.open(`view=3d&scene=${scene}&t=${((beat + 0.9) / count).toFixed(3)}`);
      await drawn3d(t);
      await sleep(300);
      await t.page.locator('[data-stage]').first().screenshot({ path: path.join(path.dirname(file), `3d-${scene}-beat${beat}.png`) });
    }
  }, { timeout: 120_000 });
}
