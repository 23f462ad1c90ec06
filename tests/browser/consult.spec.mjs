// The consult room (issue 17, items 1–4 and 6): a presenter window (explore) and its wall screen
// (mode=audience) in one browser context, over the consult BroadcastChannel. Every wait is on a DOM
// signal of the audience's root (data-scene, data-beat, data-playing, data-level, …) or of its ink layer
// (data-strokes, data-points, data-laser), never on time.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { waitFor, SCREENS_DIR } from './helpers.mjs';

const AUDIENCE = '#root > [data-audience]';
const CONSULT_WARNING = /consult channel/;

/** Console warnings and errors of a page the fixture does not watch (the audience, a third page). */
function watch(page) {
  const seen = { warnings: [], errors: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'warning') seen.warnings.push(msg.text());
    if (msg.type() === 'error') seen.errors.push(msg.text());
  });
  page.on('pageerror', (error) => seen.errors.push(String(error)));
  return seen;
}

/** The audience root's data-* attributes. */
const audienceState = (page) =>
  page.evaluate((selector) => {
    const el = document.querySelector(selector);
    return el ? Object.fromEntries([...el.attributes].filter((a) => a.name.startsWith('data-')).map((a) => [a.name.slice(5), a.value])) : null;
  }, AUDIENCE);

/** Waits until the audience's root shows `expected` (a subset of its data-* attributes). */
async function audienceShows(page, expected, message = JSON.stringify(expected)) {
  return waitFor(
    async () => {
      const state = await audienceState(page);
      return state && Object.entries(expected).every(([k, v]) => state[k] === String(v)) ? state : null;
    },
    { timeout: 10_000, message: `the audience to show ${message}` },
  );
}

/** The ink layer's counters (data-strokes, data-points, data-laser) on `page`. */
const inkState = (page) =>
  page.evaluate(() => {
    const svg = document.querySelector('svg[data-ink]');
    return svg ? { strokes: Number(svg.dataset.strokes), points: Number(svg.dataset.points), laser: svg.dataset.laser ?? 'off', paths: [...svg.querySelectorAll('path')].map((p) => p.getAttribute('d')) } : null;
  });

/** Opens the presenter (explore) and, with its button, the audience; resolves when the audience follows. */
async function openConsult(t, query = '') {
  const { page, context } = t;
  if (!page.url().startsWith(t.origin)) await t.open(query);
  const button = page.locator('.consult-open');
  await button.waitFor({ state: 'visible', timeout: 15_000 });
  const [audience] = await Promise.all([context.waitForEvent('page'), button.click()]);
  const seen = watch(audience);
  await audience.waitForSelector(`${AUDIENCE}[data-ready][data-connection="live"]`, { timeout: 20_000 });
  await page.locator('[data-consult-notes]').waitFor({ state: 'visible' });
  return { audience, seen };
}

/** Presenter and audience agree on scene, beat and playing. */
async function inStep(t, audience, extra = {}) {
  const state = await t.state();
  return audienceShows(audience, { scene: state.scene, beat: state.beat, ...extra });
}

/** A drag over the picture (the 2D stage, or the 3D canvas) with the mouse, in fractions of the picture's box. */
async function drag(page, from, to, steps = 12, picture = '.stage-frame svg.kme-stage') {
  const box = await page.locator(picture).boundingBox();
  const at = ([x, y]) => [box.x + x * box.width, box.y + y * box.height];
  await page.mouse.move(...at(from));
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) await page.mouse.move(...at([from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps]));
  await page.mouse.up();
}

test('every transport action, setting, language, level and selection shows on the audience', async ({ t }) => {
  const { page } = t;
  const { audience, seen } = await openConsult(t);
  await inStep(t, audience, { playing: false });
  await page.locator('body').click({ position: { x: 5, y: 5 } });

  await page.keyboard.press('Space');
  await audienceShows(audience, { playing: true }, 'playing');
  await page.keyboard.press('Space');
  await audienceShows(audience, { playing: false }, 'paused');

  await page.keyboard.press('ArrowRight');
  await waitFor(async () => (await t.state()).beat === 1, { message: 'presenter on beat 2' });
  await inStep(t, audience);
  await page.getByRole('button', { name: 'Next step' }).click();
  await inStep(t, audience, { beat: 2 });
  await page.keyboard.press('ArrowLeft');
  await inStep(t, audience, { beat: 1 });

  await page.keyboard.press('PageDown');
  await inStep(t, audience, { scene: 'glutamate-surge', beat: 0 });
  await page.keyboard.press('5');
  await inStep(t, audience, { scene: 'synaptogenesis' });

  // Scrub: half way through the scene, paused; the audience shows the same moment.
  await page.locator('.scrubber').fill('500');
  const half = await waitFor(async () => Number((await audienceState(audience)).at) > 0 && (await audienceState(audience)), { message: 'a scrubbed moment' });
  await inStep(t, audience);
  const presenterAt = await page.evaluate(() => Number(document.querySelector('.scrubber').value) / 1000);
  assert.ok(presenterAt > 0.45 && presenterAt < 0.55, `presenter half way (${presenterAt})`);
  assert.ok(Number(half.at) > 0, 'the audience got the moment');

  // Panel settings.
  await page.locator('input[name$="-exposure"][value="low"]').check();
  await audienceShows(audience, { exposure: 'low' });
  await page.locator('input[name$="-time"][value="week"]').check();
  await audienceShows(audience, { time: 'week' });
  await page.locator('input[name$="-stress"][value="low"]').check();
  await audienceShows(audience, { stress: 'low' });

  // Wording and language: the audience's caption is the presenter's.
  await page.locator('input[name="level"][value="clinician"]').check();
  await audienceShows(audience, { level: 'clinician' });
  // The presenter's caption fades from one wording to the other: compared once it has settled.
  await t.stableCaption();
  const presenterCaption = await t.caption();
  await waitFor(async () => (await audience.locator('[data-caption]').textContent()) === presenterCaption, { message: 'the same clinician caption' });
  await page.locator('.language-select select').selectOption('es');
  await audienceShows(audience, { lang: 'es' });
  await waitFor(async () => (await audience.evaluate(() => document.documentElement.lang)) === 'es', { message: '<html lang=es> on the audience' });

  // Selection: a legend entry.
  await page.locator('.legend__item').first().click();
  const selected = await waitFor(async () => (await audienceState(audience)).selected, { message: 'a selection' });
  assert.ok(selected.length > 0);

  assert.deepEqual(seen.errors, [], 'no error on the audience');
  assert.deepEqual(seen.warnings.filter((w) => CONSULT_WARNING.test(w)), [], 'no refused message');
});

test('pointer and pen strokes show on the audience, on the same part of the picture', async ({ t }) => {
  const { page } = t;
  const { audience } = await openConsult(t);
  await page.locator('body').click({ position: { x: 5, y: 5 } });

  // Pen: P, then a drag.
  await page.keyboard.press('p');
  assert.equal(await page.locator('[data-ink-tool="pen"]').getAttribute('aria-pressed'), 'true', 'the pen button is pressed');
  await drag(page, [0.3, 0.3], [0.6, 0.5]);
  const drawn = await waitFor(async () => ((s) => s?.strokes === 1 && s)(await inkState(page)), { message: 'the stroke on the presenter' });
  const shown = await waitFor(async () => ((s) => s?.strokes === 1 && s.points === drawn.points && s)(await inkState(audience)), { message: 'the stroke on the audience' });
  // Picture units: the same path in windows of different sizes.
  assert.deepEqual(shown.paths, drawn.paths, 'the same path, in picture units');

  // Highlighter, then the eraser takes the pen stroke away, on both.
  await page.locator('[data-ink-tool="highlighter"]').click();
  await drag(page, [0.2, 0.7], [0.5, 0.7]);
  await waitFor(async () => (await inkState(audience))?.strokes === 2, { message: 'two strokes on the audience' });
  await page.keyboard.press('e');
  await drag(page, [0.45, 0.2], [0.45, 0.6], 20);
  await waitFor(async () => (await inkState(audience))?.strokes === 1, { message: 'the eraser on the audience' });

  // Laser: a trail while the button is down, gone after.
  await page.keyboard.press('l');
  const box = await page.locator('.stage-frame svg.kme-stage').boundingBox();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.52, { steps: 5 });
  await waitFor(async () => (await inkState(audience))?.laser === 'on', { message: 'the laser dot on the audience' });
  await page.mouse.up();
  await waitFor(async () => (await inkState(audience))?.laser === 'off', { message: 'the laser gone on the audience' });

  // Ink belongs to its beat; pinned ink stays.
  await page.keyboard.press('Escape');
  await page.keyboard.press('k');
  await page.keyboard.press('ArrowRight');
  await inStep(t, audience, { pinned: true });
  assert.equal((await inkState(audience)).strokes, 1, 'pinned ink stays over a beat change');
  await page.keyboard.press('k');
  await page.keyboard.press('ArrowRight');
  await waitFor(async () => (await inkState(audience))?.strokes === 0, { message: 'ink cleared on the next beat' });

  // Clear.
  await page.keyboard.press('p');
  await drag(page, [0.3, 0.3], [0.4, 0.4]);
  await waitFor(async () => (await inkState(audience))?.strokes === 1, { message: 'a new stroke' });
  await page.keyboard.press('c');
  await waitFor(async () => (await inkState(audience))?.strokes === 0, { message: 'clear on the audience' });
});

test('closing and reopening the audience restores the state; the presenter closing leaves a calm still', async ({ t }) => {
  const { page } = t;
  await t.open('scene=ampa-activation&level=clinician');
  const first = await openConsult(t);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('p');
  await drag(page, [0.3, 0.3], [0.6, 0.6]);
  await inStep(t, first.audience, { scene: 'ampa-activation', level: 'clinician', beat: 1 });
  await first.audience.close();

  // While no audience listens, the presenter moves on; a new audience catches up at once.
  await page.locator('input[name$="-exposure"][value="high"]').check();
  const second = await openConsult(t);
  await inStep(t, second.audience, { level: 'clinician', exposure: 'high', beat: 1 });
  await waitFor(async () => (await inkState(second.audience))?.strokes === 1, { message: 'the ink of the beat on the reopened audience' });

  // A reload catches up too.
  await second.audience.reload();
  await second.audience.waitForSelector(`${AUDIENCE}[data-ready][data-connection="live"]`);
  await inStep(t, second.audience, { exposure: 'high' });

  // The presenter goes: a still, with a short note, and the clock stopped. (Focus off the button first:
  // Space on it would open the audience again.)
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Space');
  await audienceShows(second.audience, { playing: true });
  await page.close({ runBeforeUnload: true });
  const ended = await audienceShows(second.audience, { connection: 'ended', playing: false }, 'the presenter gone');
  assert.ok(ended);
  await second.audience.locator('.audience__note').waitFor({ state: 'visible' });
  assert.equal(await second.audience.locator(`${AUDIENCE} button`).count(), 0, 'nothing to press on the wall screen');
  assert.deepEqual(second.seen.errors, []);
});

test('a hostile message on the channel changes nothing and warns once; an audience cannot command', async ({ t }) => {
  const { page, context } = t;
  const { audience, seen } = await openConsult(t);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  const before = await inStep(t, audience, { beat: 1 });
  const presenterBefore = await t.state();

  const third = await context.newPage();
  await third.goto(`${t.origin}/boot.js`);
  await third.evaluate(() => {
    const channel = new BroadcastChannel('ketamine-explorer-consult');
    const state = { scene: 'synaptogenesis', at: 1, playing: true, speed: 1, level: 'clinician', lang: 'es', exposure: 'high', time: 'weeks', stress: 'low', selected: null, view: '2d', pinned: false, strokes: [] };
    const bad = [
      'play',
      null,
      [1, 2, 3],
      { type: 'state', state: { ...state, scene: 'no-such-scene' }, sent: 1 },
      { type: 'state', state: { ...state, lang: 'xx' }, sent: 1 },
      { type: 'state', state: { ...state, exposure: 'x'.repeat(5000) }, sent: 1 },
      { type: 'stroke', stroke: { id: 1, tool: 'pen', points: new Array(200_000).fill(0.1) }, done: false, sent: 1 },
      { type: 'stroke', stroke: { id: 1, tool: 'spray', points: [0, 0] }, done: false, sent: 1 },
      { type: 'stroke', stroke: { id: 1, tool: 'pen', points: [1e9, 0] }, done: false, sent: 1 },
      JSON.parse('{"type":"hello","from":"abc","__proto__":{"polluted":true}}'),
      JSON.parse('{"type":"state","constructor":{"prototype":{"polluted":true}},"sent":1}'),
      // Commands, as an embedding page or an audience might try them.
      { target: 'ketamine-explorer', type: 'goto', scene: 'synaptogenesis' },
      { type: 'play' },
      { type: 'state', state, sent: 1, from: 'audience' },
    ];
    for (const message of bad) channel.postMessage(message);
    // A well-formed state from a page that is not the presenter: the presenter ignores it (an audience
    // can never change the presenter); an audience follows its presenter again at the next heartbeat.
    channel.postMessage({ type: 'state', state, sent: 1 });
    channel.postMessage({ type: 'hello', from: 'intruder' });
    channel.close();
  });

  const presenterWarnings = () => t.console.warnings.filter((w) => CONSULT_WARNING.test(w));
  const audienceWarnings = () => seen.warnings.filter((w) => CONSULT_WARNING.test(w));
  await waitFor(() => presenterWarnings().length > 0 && audienceWarnings().length > 0, { message: 'both windows to refuse the messages' });
  // The presenter still shows what it showed; the audience follows the presenter.
  assert.deepEqual(await t.state(), presenterBefore, 'the presenter unchanged');
  assert.equal(await page.evaluate(() => Object.prototype.polluted), undefined, 'no prototype polluted');
  await audienceShows(audience, { scene: before.scene, beat: before.beat, lang: before.lang, level: before.level, exposure: before.exposure });
  assert.equal(await audience.evaluate(() => Object.prototype.polluted), undefined);
  assert.equal(presenterWarnings().length, 1, 'one warning on the presenter');
  assert.equal(audienceWarnings().length, 1, 'one warning on the audience');
  await third.close();
});

test('touch: a finger swipes through a scene and draws on the tablet; controls are 44 × 44 px', async ({ t }) => {
  const context = await t.context.browser().newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true, locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.goto(`${t.origin}/?scene=glutamate-surge`);
    await page.waitForSelector('#root > [data-app][data-ready]');
    const button = page.locator('.consult-open');
    await button.waitFor({ state: 'visible', timeout: 15_000 });
    const [audience] = await Promise.all([context.waitForEvent('page'), button.tap()]);
    await audience.waitForSelector(`${AUDIENCE}[data-ready][data-connection="live"]`, { timeout: 20_000 });

    const small = await page.evaluate(() =>
      [...document.querySelectorAll('.app .tool-button, .app .icon-button, .ink-tools button')]
        .filter((el) => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width < 44 || r.height < 44).length,
    );
    assert.equal(small, 0, 'every button is at least 44 × 44 px on a touch screen');

    const cdp = await context.newCDPSession(page);
    let box = await page.locator('.stage-frame svg.kme-stage').boundingBox();
    const touch = async (type, x, y) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: box.x + x * box.width, y: box.y + y * box.height }] });
    const swipe = async (from, to) => {
      box = await page.locator('.stage-frame svg.kme-stage').boundingBox();
      await touch('touchStart', from, 0.5);
      for (let i = 1; i <= 3; i++) await touch('touchMove', from + ((to - from) * i) / 3, 0.5);
      await touch('touchEnd');
    };
    const beats = await page.evaluate(() => Number(document.querySelector('.transport__beat')?.textContent.match(/(\d+)\D+(\d+)/)?.[2]));
    for (let beat = 1; beat < beats; beat++) {
      await swipe(0.8, 0.2);
      await waitFor(async () => (await page.locator('#root > [data-app]').getAttribute('data-beat')) === String(beat), { message: `presenter on beat ${beat + 1} after a swipe` });
      await audienceShows(audience, { scene: 'glutamate-surge', beat }, `beat ${beat + 1} after a swipe`);
    }
    await swipe(0.2, 0.8);
    await audienceShows(audience, { beat: beats - 2 }, 'a swipe back');

    // The pen, and a finger.
    // A tap whose touchstart and touchend a busy machine delivers far apart is a long press (no click):
    // tap again until the pen is down, so that the finger below draws rather than swipes.
    const pen = page.locator('[data-ink-tool="pen"]');
    const penDown = async () => (await pen.getAttribute('aria-pressed')) === 'true';
    for (let tries = 0; tries < 3 && !(await penDown()); tries++) {
      await pen.tap();
      await waitFor(penDown, { timeout: 3000, message: 'the pen picked' }).catch(() => {});
    }
    assert.ok(await penDown(), 'the pen is picked with a tap');
    await touch('touchStart', 0.3, 0.3);
    for (let i = 1; i <= 8; i++) await touch('touchMove', 0.3 + i * 0.03, 0.3 + i * 0.02);
    await touch('touchEnd');
    await waitFor(async () => (await inkState(audience))?.strokes === 1, { message: 'the finger stroke on the audience' });
    assert.equal((await audienceState(audience)).beat, String(beats - 2), 'drawing is not a swipe');
  } finally {
    await context.close();
  }
});

test('2D/3D follows the presenter, and ink over the 3D canvas lands in the same place', async ({ t }) => {
  const { page } = t;
  const { audience } = await openConsult(t, 'view=2d');
  await page.getByRole('button', { name: 'Show 3D view' }).click();
  await waitFor(async () => (await t.state()).view === '3d', { timeout: 30_000, message: 'the presenter in 3D' });
  await audienceShows(audience, { view: '3d' }, '3D');
  await page.keyboard.press('p');
  await drag(page, [0.4, 0.4], [0.6, 0.5], 12, '.stage-frame .stage--3d canvas');
  const drawn = await waitFor(async () => ((s) => s?.strokes === 1 && s)(await inkState(page)), { message: 'the stroke over the canvas' });
  const shown = await waitFor(async () => ((s) => s?.strokes === 1 && s.points === drawn.points && s)(await inkState(audience)), { timeout: 10_000, message: 'the stroke on the audience' });
  assert.deepEqual(shown.paths, drawn.paths);
  assert.equal(await audience.evaluate(() => document.querySelector('svg[data-ink]').dataset.picture), '3d', 'the audience lays the ink over its canvas');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Show 2D view' }).click();
  await audienceShows(audience, { view: '2d' }, 'back to 2D');
});

test('axe: no violations on the presenter with an audience, nor on the audience', async ({ t }) => {
  const { audience } = await openConsult(t);
  assert.deepEqual(await t.axe(), [], 'presenter');
  const AxeBuilder = (await import('@axe-core/playwright')).default;
  const result = await new AxeBuilder({ page: audience }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  assert.deepEqual(result.violations, [], 'audience');
});

for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
]) {
  test(`screenshots: presenter and audience at ${width}×${height}`, async ({ t }) => {
    const { page } = t;
    await page.setViewportSize({ width, height });
    await t.open('scene=bdnf-release');
    const { audience } = await openConsult(t);
    await audience.setViewportSize({ width, height });
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('h');
    await drag(page, [0.55, 0.35], [0.8, 0.35]);
    await page.keyboard.press('p');
    await drag(page, [0.5, 0.6], [0.62, 0.42]);
    await waitFor(async () => (await inkState(audience))?.strokes === 2, { message: 'the ink on the audience' });
    await inStep(t, audience);
    // Beside the other specs' screenshots (t.shot), for people to look at.
    await mkdir(SCREENS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENS_DIR, `consult-presenter-${width}x${height}.png`) });
    await audience.screenshot({ path: path.join(SCREENS_DIR, `consult-audience-${width}x${height}.png`) });
  });
}
