// A picture before JavaScript (issue 12): index.html as served holds the default page (header, the
// first caption with its evidence grade, the still picture, the player, footer); React takes it over
// without a console word or a moved pixel; a page asked for in another language never shows a frame of
// English; and on a phone the picture and its caption are on screen together.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { waitFor, sleep, SCREENS_DIR as SCREENS } from './helpers.mjs';

const locale = async (lang) => JSON.parse(await readFile(new URL(`../../src/i18n/locales/${lang}.json`, import.meta.url), 'utf8'));
const en = await locale('en');
const es = await locale('es');
// The first beat of the first scene, as the default page shows it (patient wording).
const FIRST_CAPTION = { en: en.scenes['nmda-blockade'].beats.synapse.caption.patient, es: es.scenes['nmda-blockade'].beats.synapse.caption.patient };

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * From the first frame on (an init script runs before the page's own scripts): where the stage, the
 * caption and the player are on each frame until shortly after the app is ready, and the layout shift
 * until then.
 */
function recordFrames() {
  const boxes = () =>
    Object.fromEntries(
      ['[data-stage]', '[data-caption]', '.transport'].map((selector) => {
        const r = document.querySelector(selector)?.getBoundingClientRect();
        return [selector, r ? [r.left, r.top, r.width, r.height].map((v) => Math.round(v * 10) / 10) : null];
      }),
    );
  window.__frames = [];
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const frame = () => {
    const app = document.querySelector('#root > [data-app]');
    if (app) window.__frames.push({ ready: app.hasAttribute('data-ready'), boxes: boxes() });
    if (window.__frames.filter((f) => f.ready).length < 5) requestAnimationFrame(frame);
    else window.__shiftWhileHydrating = window.__shift;
  };
  requestAnimationFrame(frame);
}

test('index.html as served holds the first caption, its evidence grade and the SVG picture', async ({ t }) => {
  const response = await fetch(`${t.origin}/`);
  assert.equal(response.status, 200);
  const html = await response.text();
  const root = html.slice(html.indexOf('<div id="root">'), html.lastIndexOf('</footer>'));
  assert.ok(root.length > 1000, '#root is not empty');
  assert.match(root, new RegExp(`data-caption=""[^>]*>${escapeHtml(FIRST_CAPTION.en).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</p>`), 'the first caption, in [data-caption]');
  const grade = root.match(/class="grade-badge" data-grade="([EAPSX])"/);
  assert.ok(grade, 'an evidence grade badge');
  assert.ok(root.includes(escapeHtml(en.grades[grade[1]].name)), `the grade's name ("${en.grades[grade[1]].name}")`);
  assert.match(root, /data-stage=""[^>]*>\s*<svg[^>]*class="kme-stage/, 'the stage holds an <svg> picture');
  assert.match(root, /<svg[^>]*role="img"/, 'the picture is a named image');
  assert.ok(root.includes('class="transport"'), 'the player');
  assert.ok(html.includes('<footer class="app-footer">') && html.includes(escapeHtml(en.honesty.footer)), 'the footer with the disclaimer');
  // The strict CSP allows no inline script: every script is a file.
  assert.deepEqual(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? [], [], 'no inline <script>');
});

test('with JavaScript off, the page shows the picture, the caption and its grade', async ({ t }) => {
  const context = await t.context.browser().newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false, locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.goto(`${t.origin}/`, { waitUntil: 'load' });
    const caption = page.locator('[data-caption]');
    assert.equal((await caption.textContent()).trim(), FIRST_CAPTION.en);
    await caption.waitFor({ state: 'visible' });
    await page.locator('.caption-card .grade-badge').waitFor({ state: 'visible' });
    const picture = await page.locator('[data-stage] svg[role="img"]').boundingBox();
    assert.ok(picture && picture.width > 400 && picture.height > 200, `the picture has its size (${JSON.stringify(picture)})`);
    // Drawn, not an empty frame: the still has many shapes.
    assert.ok((await page.locator('[data-stage] svg path, [data-stage] svg circle').count()) > 50, 'the picture is drawn');
    await page.screenshot({ path: path.join(SCREENS, 'prerender-no-javascript.png'), fullPage: true });
  } finally {
    await context.close();
  }
});

for (const [width, height] of [
  [1280, 800],
  [390, 844],
]) {
  test(`hydration at ${width}×${height}: no console error or warning, and the picture, caption and player do not move`, async ({ t }) => {
    const { page } = t;
    await page.setViewportSize({ width, height });
    await page.addInitScript(recordFrames);
    // A slow line, so the page arrives in pieces as on a phone (a browser may paint a page it has half read).
    const cdp = await t.context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 100 * 1024, uploadThroughput: 100 * 1024 });
    // Seconds of download by design (about 300 KiB at 100 KiB/s), more on a busy machine.
    page.setDefaultNavigationTimeout(30_000);
    await t.open('');
    // recordFrames stops five frames after the app is ready (a busy machine paints them slowly).
    await waitFor(() => page.evaluate(() => window.__shiftWhileHydrating !== undefined), { timeout: 15_000, message: 'five frames painted once the app was ready' });
    // From the first frame that has all three (the browser may paint the HTML while it is still parsing it).
    const recorded = await page.evaluate(() => window.__frames);
    const frames = recorded.slice(recorded.findIndex((f) => Object.values(f.boxes).every(Boolean)));
    const before = frames.filter((f) => !f.ready);
    assert.ok(before.length > 0, 'frames were painted before the app was ready (the prerendered page)');
    const first = JSON.stringify(frames[0].boxes);
    for (const f of frames) assert.equal(JSON.stringify(f.boxes), first, `${f.ready ? 'after' : 'before'} hydration, nothing moved`);
    const shift = await page.evaluate(() => window.__shiftWhileHydrating);
    assert.ok(shift <= 0.02, `cumulative layout shift ${shift.toFixed(4)} ≤ 0.02`);
    const hydration = [...t.console.errors, ...t.console.warnings].filter((m) => /hydrat|did not match|mismatch|react/i.test(m));
    assert.deepEqual(hydration, [], 'React reports nothing about hydration');
    assert.equal(await t.caption(), FIRST_CAPTION.en);
  });
}

test('on a touch phone nothing moves when the lazily loaded parts arrive (layout shift until the page has settled ≤ 0.02)', async ({ t }) => {
  // A coarse pointer has its own rules (44 px controls): they must be there with the first paint, not
  // arrive with a later chunk's styles.
  const phone = await t.context.browser().newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75, locale: 'en-US' });
  try {
    const page = await phone.newPage();
    await page.addInitScript(recordFrames);
    await page.goto(`${t.origin}/?scene=nmda-blockade`);
    await page.waitForSelector('#root > [data-app][data-ready]');
    // Settled: the dialogs (loaded when the browser is idle after the first paint) are in the page.
    await page.locator('dialog').first().waitFor({ state: 'attached', timeout: 15_000 });
    await sleep(1000);
    const shift = await page.evaluate(() => window.__shift);
    assert.ok(shift <= 0.02, `cumulative layout shift ${shift.toFixed(4)} ≤ 0.02`);
  } finally {
    await phone.close();
  }
});

/**
 * Samples, on every frame from the first on, the caption, the title and the picture's first label:
 * their text and whether they could be seen. (An init script runs before the page's own scripts.)
 */
function sampleTextEveryFrame() {
  window.__seen = [];
  const seen = (el) => !!el && el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && el.getBoundingClientRect().width > 0;
  const frame = () => {
    const caption = document.querySelector('[data-caption]');
    const title = document.querySelector('#root h1');
    const label = document.querySelector('[data-stage] [data-actor] text');
    window.__seen.push({
      caption: seen(caption) ? caption.textContent.trim() : null,
      title: seen(title) ? title.textContent.trim() : null,
      label: seen(label) ? label.textContent.trim() : null,
    });
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function neverEnglish(t, { query, contextLocale }) {
  const context = await t.context.browser().newContext({ viewport: { width: 1280, height: 800 }, locale: contextLocale });
  try {
    const page = await context.newPage();
    await page.addInitScript(sampleTextEveryFrame);
    await page.goto(`${t.origin}/${query}`, { waitUntil: 'load' });
    await page.waitForSelector('#root > [data-app][data-ready]', { state: 'attached', timeout: 15_000 });
    await waitFor(() => page.evaluate((caption) => window.__seen.some((s) => s.caption === caption), FIRST_CAPTION.es), {
      timeout: 10_000,
      message: 'the Spanish caption on screen',
    });
    const seen = await page.evaluate(() => window.__seen);
    const english = new Set([FIRST_CAPTION.en, en.ui.appTitle, ...Object.values(en.actors).map((a) => a.name)].filter(Boolean));
    const wrong = seen.filter((s) => [s.caption, s.title, s.label].some((text) => english.has(text)));
    assert.equal(wrong.length, 0, `${query || contextLocale}: English on screen in ${wrong.length} of ${seen.length} frames (first: ${JSON.stringify(wrong[0])})`);
    assert.ok(seen.length >= 3, `frames were sampled from the start (${seen.length})`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  } finally {
    await context.close();
  }
}

test('?lang=es: no frame from the first paint on shows the English of the prerendered page', async ({ t }) => {
  await neverEnglish(t, { query: '?lang=es', contextLocale: 'en-US' });
});

test('a Spanish browser: no frame shows English, in the page, the kiosk and an embed', async ({ t }) => {
  for (const query of ['', '?mode=kiosk', '?mode=embed&scene=nmda-blockade']) await neverEnglish(t, { query, contextLocale: 'es-ES' });
});

test('phone 390×844: the picture and its caption are on screen together, the player at the foot, nothing covered', async ({ t }) => {
  const { page } = t;
  await page.setViewportSize({ width: 390, height: 844 });
  await t.open('');
  await t.captionShown();
  const layout = await page.evaluate(() => {
    const box = (selector) => {
      const r = document.querySelector(selector).getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const caption = document.querySelector('[data-caption]');
    const r = caption.getBoundingClientRect();
    // What a tap at the caption's last line would hit: the caption, not the player over it.
    const hit = document.elementFromPoint(r.left + r.width / 2, r.bottom - 4);
    return { scrollY: window.scrollY, stage: box('[data-stage]'), caption: box('[data-caption]'), transport: box('.transport'), captionOnTop: caption.contains(hit) };
  });
  await t.shot('prerender-phone-390x844', { settle: 0 });
  assert.equal(layout.scrollY, 0);
  for (const name of ['stage', 'caption', 'transport']) {
    const b = layout[name];
    assert.ok(b.left >= 0 && b.right <= 390 && b.top >= 0 && b.bottom <= 844, `${name} fully in the window: ${JSON.stringify(b)}`);
  }
  assert.ok(layout.caption.top >= layout.stage.bottom, 'the caption comes after the picture');
  assert.ok(layout.caption.bottom <= layout.transport.top, 'the player does not cover the caption');
  assert.ok(layout.captionOnTop, 'the caption is the topmost thing where it is');
  assert.ok(layout.transport.bottom >= 844 - 40, `the player sits at the foot of the screen, in thumb reach (bottom ${layout.transport.bottom})`);
});

test('phone 320×640: nothing sticks out sideways', async ({ t }) => {
  const { page } = t;
  await page.setViewportSize({ width: 320, height: 640 });
  await t.open('');
  await t.shot('prerender-phone-320x640', { settle: 300 });
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll('#root *')) {
      if (el.parentElement?.closest('svg')) continue; // drawn inside a picture, which clips to its own box
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).clip !== 'auto') continue; // hidden for assistive technology only
      if (r.left < -0.5 || r.right > width + 0.5) out.push(`${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className}: ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, out };
  });
  assert.equal(overflow.scrollWidth, overflow.width, 'no sideways scrolling');
  assert.deepEqual(overflow.out, [], 'every element within the 320 px window');
});
