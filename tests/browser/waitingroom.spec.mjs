// The waiting-room screen in the field (issue 16): the clinic's kiosk.json and the URL keys over it,
// the clinic's name and logo, opening hours, and the reloads that keep a screen well for weeks.
// kiosk.json and the logo are served by routes of the test's page (the build ships neither); the fake
// clock (page.clock) stands in for hours of waiting room.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { waitFor, SCENES, pauseClockAhead } from './helpers.mjs';

const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 220 64"><rect width="64" height="64" rx="14" fill="#0072B2"/><path d="M32 12v40M12 32h40" stroke="#fff" stroke-width="10" stroke-linecap="round"/><text x="76" y="42" font-family="sans-serif" font-size="26" font-weight="700" fill="#0072B2">Lakeside</text></svg>`;

/** Serves `config` as kiosk.json (a string as it is, anything else as JSON) and the clinic's logo. */
async function serveClinic(page, config) {
  await page.route('**/kiosk.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: typeof config === 'string' ? config : JSON.stringify(config) }),
  );
  await page.route('**/branding/logo.svg', (route) => route.fulfill({ contentType: 'image/svg+xml', body: LOGO }));
}

/** Console messages of one type, from now on. */
function messages(page, type) {
  const list = [];
  page.on('console', (msg) => {
    if (msg.type() === type) list.push(msg.text());
  });
  return list;
}

const ours = (list) => list.filter((m) => m.startsWith('[ketamine-explorer]'));

async function brand(page) {
  return page.evaluate(() => {
    const el = document.querySelector('.clinic-brand');
    const img = el?.querySelector('img');
    return el && { text: el.textContent, html: el.innerHTML, logo: img?.src ?? null, logoShown: Boolean(img?.complete && img.naturalWidth > 0), links: el.querySelectorAll('a').length };
  });
}

/** The order of scenes the loop plays: data-scene as it changes, until the loop comes round. */
async function loopOrder(t, count) {
  const order = [];
  await waitFor(
    async () => {
      const { scene } = await t.state();
      if (order.at(-1) !== scene) order.push(scene);
      return order.length >= count;
    },
    { timeout: 90_000, interval: 100, message: `${count} scenes of the loop` },
  );
  return order;
}

test('kiosk.json sets the scenes, wording and clinic brand; the URL wins over it', async ({ t }) => {
  const { page } = t;
  const warnings = messages(page, 'warning');
  await serveClinic(page, { scenes: ['bdnf-release', 2], level: 'clinician', clinic: 'Lakeside Clinic', logo: 'branding/logo.svg', reload: 48 });
  // 2 is a number, not text: refused with one warning; the URL's `scenes` replaces the file's anyway.
  await t.open('mode=kiosk&speed=16&view=2d&scenes=bdnf-release,3&idle=120');
  await waitFor(async () => (await brand(page))?.logoShown, { message: 'the clinic logo drawn' });
  const shown = await brand(page);
  assert.equal(shown.text, 'Lakeside Clinic');
  assert.equal(shown.links, 0, 'the clinic brand is not a link');
  assert.match(shown.logo, /\/branding\/logo\.svg$/);
  assert.deepEqual(await loopOrder(t, 3), ['bdnf-release', 'ampa-activation', 'bdnf-release'], 'the scenes of the URL, in its order, looping');
  assert.equal(
    await page.evaluate(() => document.querySelectorAll('.progress-path li').length),
    2,
    'the steps across the top are the loop\'s two scenes',
  );
  assert.deepEqual(ours(warnings), ['[ketamine-explorer] kiosk.json key "scenes" has a value that is not allowed; using its default.']);
});

test('a hostile kiosk.json changes nothing it must not: warnings only, no markup, no other origin, no pollution', async ({ t }) => {
  const { page } = t;
  const warnings = messages(page, 'warning');
  const hostile = `{
    "clinic": "<img src=x onerror=\\"document.title='pwned'\\"><a href='https://evil.example'>Call us</a>",
    "logo": "https://evil.example/logo.png",
    "hours": "${'Mo-Fr 08:00-18:00; '.repeat(1000)}",
    "scenes": "nmda-blockade,<script>",
    "level": {"toString": "clinician"},
    "idle": "1e9",
    "reload": "0x10",
    "dim": [50],
    "rotate": "en,xx",
    "__proto__": {"polluted": "yes", "clinic": "Injected"},
    "constructor": {"prototype": {"polluted": "yes"}},
    "caption": "More ketamine helps more."
  }`;
  await serveClinic(page, hostile);
  await t.open('mode=kiosk&speed=16&view=2d');
  assert.equal(await page.locator('.clinic-brand').count(), 0, 'no clinic brand from refused values');
  assert.equal(await page.evaluate(() => ({}).polluted ?? Object.prototype.clinic ?? null), null, 'Object.prototype untouched');
  assert.notEqual(await page.title(), 'pwned');
  assert.equal(await page.locator('img[src="x"], a[href*="evil"]').count(), 0, 'nothing of the file became markup');
  assert.doesNotMatch(await page.locator('body').innerText(), /More ketamine|Call us/, 'no text of the file on screen');
  // The loop runs on its defaults: all five scenes, in story order, patient wording.
  assert.deepEqual(await loopOrder(t, 2), SCENES.slice(0, 2));
  // One warning per refused value (9) and per unknown key (__proto__, constructor, caption).
  await waitFor(() => ours(warnings).length >= 12, { message: `the warnings (${ours(warnings).join(' | ')})` });
  assert.equal(ours(warnings).length, 12, ours(warnings).join('\n'));
  for (const warning of warnings) assert.doesNotMatch(warning, /evil|script|pwned|More ketamine|onerror/, 'no value of the file echoed');
  await t.shot('waitingroom-hostile-config');
});

test('a broken kiosk.json: one warning, and the loop runs on its defaults', async ({ t }) => {
  const { page } = t;
  const warnings = messages(page, 'warning');
  await serveClinic(page, '{ "clinic": "Lakeside", ');
  await t.open('mode=kiosk&speed=16&view=2d');
  assert.deepEqual(await loopOrder(t, 2), SCENES.slice(0, 2));
  assert.equal(ours(warnings).length, 1, ours(warnings).join('\n'));
  assert.match(warnings[0], /kiosk\.json is not used \(it is not valid JSON\)/);
});

/**
 * Where the burn-in drift (CSS animation `name`) puts the first `selector` at each of `seconds` into the
 * animation, as [x, y] translation in px: the animation is sought to each time and the style read back.
 */
async function driftAt(page, selector, name, seconds) {
  return page.evaluate(
    ({ selector, name, seconds }) => {
      const el = document.querySelector(selector);
      const animation = el?.getAnimations().find((a) => a.animationName === name);
      if (!animation) return null;
      return seconds.map((s) => {
        animation.currentTime = s * 1000;
        const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
        return [m.m41, m.m42];
      });
    },
    { selector, name, seconds },
  );
}

/** How many times a list of [x, y] places changes from one to the next. */
const moves = (places) => places.filter((p, i) => i > 0 && (p[0] !== places[i - 1][0] || p[1] !== places[i - 1][1])).length;

test('burn-in care: header, caption column and footer drift a whole pixel at a time, holding still in between', async ({ t }) => {
  const { page } = t;
  await t.open('mode=kiosk&view=2d', { waitForCaption: false });
  // Every 5 s over the 900 s of one sweep.
  const times = Array.from({ length: 181 }, (_, i) => i * 5);
  for (const selector of ['.app-header', '.side-column', '.app-footer']) {
    const places = await driftAt(page, selector, 'kiosk-drift', times);
    assert.ok(places, `${selector} has the drift`);
    const seen = [...new Set(places.map((p) => p.join(',')))];
    assert.ok(seen.length >= 5, `${selector} visits several places in a sweep (${seen.join(' ')})`);
    // Whole pixels: text at fractional offsets is resampled; and a few pixels only.
    assert.ok(places.every((p) => p.every((v) => Number.isInteger(v) && Math.abs(v) <= 6)), `${selector} sits on whole pixels within a few: ${seen.slice(0, 12).join(' ')}…`);
    // Still between steps: a transform that changes on every frame has the compositor redraw all day.
    assert.ok(moves(places) <= 900 / 60, `${selector} moves at most once a minute (${moves(places)} moves in 900 s)`);
  }
});

/** The kiosk's closed screen is up, fully faded in. */
const closedShown = (page) =>
  page.evaluate(() => {
    const el = document.querySelector('[data-kiosk-closed]');
    return Boolean(el && Number(getComputedStyle(el.parentElement).opacity) > 0.99);
  });

test('outside opening hours the screen rests on a dark "closed" card, and the loop starts again at opening', async ({ t }) => {
  const { page } = t;
  // A Monday, two minutes before the clinic opens (the page's local time).
  await page.clock.install({ time: new Date(2025, 0, 6, 7, 58) });
  await serveClinic(page, { hours: 'Mo-Fr 08:00-18:00', clinic: 'Lakeside Clinic', logo: 'branding/logo.svg' });
  await t.open('mode=kiosk&speed=16&view=2d', { waitForCaption: false });
  await waitFor(() => closedShown(page), { message: 'the closed screen' });
  assert.equal(await page.getByRole('heading', { name: 'The clinic is closed now' }).count(), 1);
  assert.equal(await page.evaluate(() => document.querySelector('.kiosk-closed__clinic')?.textContent), 'Lakeside Clinic');
  const before = await t.state();
  await page.keyboard.press('Space'); // a touch while closed does not wake the controls
  await page.waitForTimeout(1500);
  assert.deepEqual(await t.state(), before, 'nothing plays while closed');
  assert.equal(await page.getByRole('button', { name: 'Play' }).count(), 0, 'no controls while closed');
  await page.setViewportSize({ width: 1280, height: 720 });
  await t.shot('waitingroom-closed-1280x720');
  // The card wanders across the screen in jumps a few seconds apart, not a little on every frame.
  const wander = await driftAt(page, '.kiosk-closed__card', 'kiosk-wander', Array.from({ length: 451 }, (_, i) => i));
  assert.ok(wander, 'the closed card wanders');
  const [xs, ys] = [wander.map((p) => p[0]), wander.map((p) => p[1])];
  assert.ok(Math.max(...xs) - Math.min(...xs) > 100 || Math.max(...ys) - Math.min(...ys) > 100, 'over the first quarter hour it crosses a good part of the screen');
  assert.ok(moves(wander) <= 450 / 4, `it moves every few seconds, not on every frame (${moves(wander)} moves in 450 s)`);

  // 08:00: the loop starts from its opening card.
  await page.clock.fastForward('03:00');
  await waitFor(async () => !(await closedShown(page)) && (await page.getByRole('heading', { name: 'How ketamine is thought to work' }).count()) > 0, {
    timeout: 15_000,
    message: 'the opening card after opening time',
  });
  await waitFor(async () => (await t.state()).scene === SCENES[1], { timeout: 60_000, message: 'the loop playing again' });
});

/** Records, at each unload, which kiosk card and scene were on screen (sessionStorage outlives a reload). */
function recordUnload() {
  addEventListener('pagehide', () => {
    const app = document.querySelector('#root > [data-app]');
    // (The closing card may still be fading out under the opening card.)
    const card = document.querySelector('.kiosk-closed') ? 'closed' : document.querySelector('.kiosk-card:not(.kiosk-card--closing)') ? 'opening' : document.querySelector('.kiosk-card') ? 'closing' : 'scene';
    const log = JSON.parse(sessionStorage.getItem('unloads') ?? '[]');
    log.push({ card, scene: app?.getAttribute('data-scene'), beat: app?.getAttribute('data-beat') });
    sessionStorage.setItem('unloads', JSON.stringify(log));
  });
}

const unloads = (page) => page.evaluate(() => JSON.parse(sessionStorage.getItem('unloads') ?? '[]'));

test('after the configured hours the kiosk reloads at the start of a loop, never in the middle of a scene', async ({ t }) => {
  const { page } = t;
  const info = messages(page, 'info');
  await page.addInitScript(recordUnload);
  await page.clock.install();
  // reload=0.1: six minutes. The clock jumps in steps shorter than a sleep (five minutes).
  await t.open('mode=kiosk&speed=16&view=2d&reload=0.1');
  await waitFor(async () => (await t.state()).scene === SCENES[1], { timeout: 60_000, message: 'the second scene' });
  for (let i = 0; i < 2; i++) await page.clock.fastForward('04:00');
  // Due now, mid-loop: the scenes play on to the end first.
  await waitFor(async () => (await t.state())?.scene === SCENES[3], { timeout: 60_000, message: 'the loop playing on' });
  assert.deepEqual(await unloads(page), [], 'no reload in the middle of the loop');
  await waitFor(async () => (await unloads(page)).length === 1, { timeout: 90_000, interval: 250, message: 'a reload' });
  // At the loop's start: the first beat of the first scene, as the opening card comes (on a busy machine the
  // page may go before the card has been drawn, or while the closing card still fades out).
  const [unload] = await unloads(page);
  assert.deepEqual([unload.scene, unload.beat], [SCENES[0], '0'], `the reload came at the start of the loop (${JSON.stringify(unload)})`);
  await page.waitForSelector('#root > [data-app][data-ready]', { state: 'attached' });
  assert.equal(ours(info).filter((m) => m.includes('reloading')).length, 1, ours(info).join('\n'));
  assert.match(ours(info).find((m) => m.includes('reloading')), /has run for 0\.\d hours/);
});

/** Makes the page hidden (true) or shown (false) as a sleeping device would, and tells it so. */
async function setHidden(page, hidden) {
  await page.evaluate((hidden) => {
    if (hidden) {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    } else {
      delete document.hidden;
      delete document.visibilityState;
    }
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

test('waking after more than five minutes hidden reloads the kiosk; a short absence does not', async ({ t }) => {
  const { page } = t;
  const info = messages(page, 'info');
  await page.addInitScript(recordUnload);
  await page.clock.install();
  await t.open('mode=kiosk&speed=16&view=2d');
  await setHidden(page, true);
  await page.clock.fastForward('02:00');
  await setHidden(page, false);
  await page.waitForTimeout(1000);
  assert.deepEqual(await unloads(page), [], 'two minutes hidden: no reload');

  await setHidden(page, true);
  for (let i = 0; i < 2; i++) await page.clock.fastForward('04:00');
  await setHidden(page, false);
  await waitFor(async () => (await unloads(page)).length === 1, { timeout: 15_000, message: 'a reload on waking' });
  await page.waitForSelector('#root > [data-app][data-ready]', { state: 'attached' });
  const said = ours(info).filter((m) => m.includes('reloading'));
  assert.equal(said.length, 1, ours(info).join('\n'));
  assert.match(said[0], /woke after 8 minutes asleep/);
});

test('a lost WebGL context: the kiosk goes on in 2D and says so once', async ({ t }) => {
  test.setTimeout(90_000);
  const { page } = t;
  const info = messages(page, 'info');
  await t.open('mode=kiosk&speed=16&view=3d');
  await waitFor(async () => (await t.state()).view === '3d', { timeout: 30_000, message: 'the 3D view' });
  await page.evaluate(() => {
    const canvas = document.querySelector('[data-stage] canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl.getExtension('WEBGL_lose_context').loseContext();
  });
  await waitFor(async () => (await t.state()).view === '2d', { message: 'the 2D view' });
  const { scene } = await t.state();
  await waitFor(async () => (await t.state()).scene !== scene, { timeout: 60_000, message: 'the loop going on' });
  assert.equal((await t.state()).view, '2d');
  assert.deepEqual(
    ours(info).filter((m) => m.includes('WebGL')),
    ['[ketamine-explorer] The 3D view lost its WebGL context; the picture goes on in 2D.'],
  );
  await t.caption();
});

for (const [width, height] of [[1920, 1080], [1280, 720]]) {
  test(`on a ${width}×${height} TV the picture fills most of the screen, the caption reads across a room, the brand shows`, async ({ t }) => {
    test.setTimeout(90_000);
    const { page } = t;
    await page.setViewportSize({ width, height });
    await serveClinic(page, { clinic: 'Lakeside Clinic', logo: 'branding/logo.svg' });
    // At 1×: the opening card stays nine seconds.
    await t.open('mode=kiosk&view=2d');
    await waitFor(async () => (await brand(page))?.logoShown, { message: 'the clinic logo drawn' });
    await page.waitForTimeout(900); // the opening card faded in
    await t.shot(`waitingroom-opening-${width}x${height}`, { settle: 0 });
    // The opening card hides the picture under it: no label of the scene shows around its edges.
    const covered = await page.evaluate(() => {
      const card = document.querySelector('.kiosk-card').getBoundingClientRect();
      const stage = document.querySelector('[data-stage]').getBoundingClientRect();
      // What shows of each label: its box within the picture's (which clips it).
      const labels = [...document.querySelectorAll('[data-stage] text')]
        .map((el) => el.getBoundingClientRect())
        .map((r) => ({ left: Math.max(r.left, stage.left), right: Math.min(r.right, stage.right), top: Math.max(r.top, stage.top), bottom: Math.min(r.bottom, stage.bottom) }))
        .filter((r) => r.right > r.left && r.bottom > r.top);
      const inside = (r) => r.left >= card.left - 1 && r.right <= card.right + 1 && r.top >= card.top - 1 && r.bottom <= card.bottom + 1;
      return { labels: labels.length, outside: labels.filter((r) => !inside(r)).length, background: getComputedStyle(document.querySelector('.kiosk-card')).backgroundColor };
    });
    assert.ok(covered.labels > 0, 'the scene has labels');
    assert.equal(covered.outside, 0, `labels outside the opening card (${JSON.stringify(covered)})`);
    assert.doesNotMatch(covered.background, /rgba|\/ 0\./, `an opaque card (${covered.background})`);

    await waitFor(async () => (await page.locator('.kiosk-card').count()) === 0, { timeout: 30_000, message: 'the first scene playing' });
    await waitFor(async () => (await t.state()).beat >= 1, { timeout: 30_000, message: 'the second beat' });
    await t.stableCaption();
    await t.captionShown();
    await t.shot(`waitingroom-scene-${width}x${height}`);
    const sizes = await page.evaluate(() => {
      const picture = document.querySelector('[data-stage] svg').getBoundingClientRect();
      const caption = document.querySelector('[data-caption]');
      return {
        share: (picture.width * picture.height) / (innerWidth * innerHeight),
        captionPx: parseFloat(getComputedStyle(caption).fontSize),
        overflow: document.documentElement.scrollHeight - innerHeight,
        // The picture ends above the footer's first line.
        overlap: picture.bottom - document.querySelector('.app-footer p').getBoundingClientRect().top,
      };
    });
    console.log(`    ${width}×${height}: picture ${(sizes.share * 100).toFixed(0)} % of the screen, caption ${sizes.captionPx.toFixed(1)} px`);
    assert.ok(sizes.share >= 0.5, `the picture takes ${(sizes.share * 100).toFixed(0)} % of the screen`);
    assert.ok(sizes.captionPx >= (height >= 1080 ? 28 : 20), `caption at ${sizes.captionPx} px`);
    assert.ok(sizes.overflow <= 0, `the page scrolls by ${sizes.overflow} px`);
    assert.ok(sizes.overlap <= 0, `the picture covers the footer by ${sizes.overlap} px`);

    // The closing card, over the last scene (a loop of that scene alone, at 4×: the card stays 3.5 s).
    // Without the service worker the first visit installed: the page's routes do not see what it fetches.
    await page.evaluate(async () => Promise.all((await navigator.serviceWorker.getRegistrations()).map((r) => r.unregister())));
    await t.open('mode=kiosk&speed=4&view=2d&scenes=5');
    const closing = await waitFor(
      () =>
        page.evaluate(() => {
          const card = document.querySelector('.kiosk-card--closing');
          return card && { fits: card.scrollHeight <= card.clientHeight + 1 };
        }),
      { timeout: 60_000, interval: 100, message: 'the closing card' },
    );
    assert.ok(closing.fits, 'the closing card\'s text fits in it');
    // The longest caption column (the last beat, with its notes) stays above the footer.
    const column = await page.evaluate(() => document.querySelector('.side-column').getBoundingClientRect().bottom - document.querySelector('.app-footer p').getBoundingClientRect().top);
    assert.ok(column <= 0, `the caption column covers the footer by ${column} px`);
    await t.shot(`waitingroom-closing-${width}x${height}`, { settle: 700 });
  });
}

test('dim=30: after an unattended hour the screen darkens by 30 %; a touch brings it back', async ({ t }) => {
  const { page } = t;
  await page.clock.install();
  // reload=0: the jump of an hour below would otherwise count as a device waking from sleep.
  await t.open('mode=kiosk&speed=16&view=2d&dim=30&reload=0');
  const dim = () => page.evaluate(() => Number(document.querySelector('.kiosk-dim')?.style.opacity));
  assert.equal(await dim(), 0);
  await page.clock.fastForward('59:00');
  assert.equal(await dim(), 0, 'not before an hour');
  await page.clock.fastForward('02:00');
  await waitFor(async () => (await dim()) === 0.3, { message: 'the screen dimmed' });
  await page.keyboard.press('Space');
  await waitFor(async () => (await dim()) === 0, { message: 'full brightness after a touch' });
});
