// Fuzz (issue 8, after PhET's robustness tests): a seeded monkey clicks, taps, drags, scrolls and
// presses keys at random in every mode (explore, kiosk, embed) and both views, for a set time. Not one
// uncaught error and not one console.error is allowed, and the app must still be there at the end.
//
//   FUZZ_SEED     the seed (default below); a failure prints it with the command that replays it
//   FUZZ_SECONDS  the monkey's time in total, shared by the six runs (default 42: about a minute with
//                 page loads); e.g. FUZZ_SECONDS=600 for a ten-minute fuzz
//
// The same seed gives the same sequence of actions; what they hit can still differ with timing.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { test } from './fixtures.mjs';
import { sleep } from './helpers.mjs';

const SEED = Number(process.env.FUZZ_SEED ?? 8_2026);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 42);
const MIN_ACTIONS = 20;
/** Time allowed beyond FUZZ_SECONDS for page loads and a slow machine. */
const EXTRA_MS = 90_000;

const RUNS = [
  { label: 'explore, 2D', query: 'view=2d' },
  { label: 'explore, 3D', query: 'view=3d' },
  { label: 'kiosk, 2D', query: 'mode=kiosk&view=2d&speed=4' },
  { label: 'kiosk, 3D', query: 'mode=kiosk&view=3d&speed=4' },
  { label: 'embed, 2D', query: 'mode=embed&view=2d' },
  { label: 'embed, 3D', query: 'mode=embed&view=3d' },
];

const KEYS = ['Space', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End',
  '1', '2', '3', '4', '5', '?', 'Escape', 'Tab', 'Shift+Tab', 'Enter'];
const VIEWPORTS = [{ width: 1280, height: 800 }, { width: 768, height: 1024 }, { width: 360, height: 740 }];

// The app's own seeded generator (mulberry32), loaded from its TypeScript source by Vite's module runner.
const { module: random } = await runnerImport(fileURLToPath(new URL('../../src/model/random.ts', import.meta.url)), {
  configFile: false,
  logLevel: 'silent',
});
const { seededRandom } = random;

/**
 * Keeps the monkey on the page: print is a no-op (its dialog would block), window.open opens nothing,
 * and a click on a link to another site is cancelled (the references link to doi.org).
 */
function stayOnPage() {
  window.print = () => {};
  window.open = () => null;
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (link && new URL(link.href, location.href).origin !== location.origin) event.preventDefault();
    },
    true,
  );
}

/** The centre of a random visible control (scrolled into view), or null when there is none. */
function pickControl(r) {
  const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  const controls = [...document.querySelectorAll(selector)].filter(
    (el) => !el.closest('[inert], [aria-hidden="true"]') && el.checkVisibility({ visibilityProperty: true }),
  );
  if (controls.length === 0) return null;
  const el = controls[Math.floor(r * controls.length)];
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const box = el.getBoundingClientRect();
  const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, name: `${el.tagName.toLowerCase()} "${name}"` };
}

/** The box of the first element matching `selector` on screen, or null. */
function boxOf(selector) {
  const el = document.querySelector(selector);
  if (!el) return null;
  el.scrollIntoView({ block: 'center' });
  const { x, y, width, height } = el.getBoundingClientRect();
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

for (const [index, run] of RUNS.entries()) {
  const seconds = SECONDS / RUNS.length;
  test(`monkey for ${seconds.toFixed(0)} s: ${run.label}`, async ({ t }) => {
    test.setTimeout(seconds * 1000 + EXTRA_MS);
    const { page } = t;
    const random = seededRandom(SEED + index);
    const pick = (list) => list[Math.floor(random() * list.length)];
    const trail = [];
    const cdp = await t.context.newCDPSession(page);
    await page.addInitScript(stayOnPage);
    page.on('dialog', (dialog) => dialog.dismiss().catch(() => {}));
    t.context.on('page', (popup) => popup.close().catch(() => {}));
    const home = new URL(`${t.origin}/`);

    const fail = (message) => {
      const replay = `FUZZ_SEED=${SEED} FUZZ_SECONDS=${SECONDS} npx playwright test -g 'monkey for ${seconds.toFixed(0)} s: ${run.label}'`;
      throw new Error(`${message}\n  seed ${SEED}; replay with: ${replay}\n  last actions:\n${trail.slice(-15).map((a) => `    ${a}`).join('\n')}`);
    };
    const check = () => {
      if (t.pageErrors.length) fail(`page error: ${t.pageErrors[0]}`);
      if (t.console.errors.length) fail(`console.error: ${t.console.errors[0]}`);
    };
    const point = async () => {
      const { width, height } = page.viewportSize();
      return { x: Math.round(random() * (width - 1)), y: Math.round(random() * (height - 1)) };
    };

    const ACTIONS = [
      [4, async () => {
        const { x, y } = await point();
        trail.push(`click at ${x},${y}`);
        await page.mouse.click(x, y);
      }],
      [5, async () => {
        const control = await page.evaluate(pickControl, random());
        if (!control) return;
        trail.push(`click ${control.name}`);
        await page.mouse.click(control.x, control.y);
      }],
      [2, async () => {
        const { x, y } = await point();
        trail.push(`tap at ${x},${y}`);
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      }],
      [3, async () => {
        const target = pick(['input[type="range"]', '[data-stage]', '[data-stage] canvas', 'body']);
        const box = await page.evaluate(boxOf, target);
        if (!box) return;
        const at = () => ({ x: box.x + random() * box.width, y: box.y + random() * box.height });
        const [from, to] = [at(), at()];
        trail.push(`drag on ${target} from ${from.x.toFixed(0)},${from.y.toFixed(0)} to ${to.x.toFixed(0)},${to.y.toFixed(0)}`);
        await page.mouse.move(from.x, from.y);
        await page.mouse.down();
        await page.mouse.move(to.x, to.y, { steps: 1 + Math.floor(random() * 8) });
        await page.mouse.up();
      }],
      [6, async () => {
        const key = pick(KEYS);
        trail.push(`press ${key}`);
        await page.keyboard.press(key);
      }],
      [1, async () => {
        const dy = Math.round((random() - 0.5) * 1600);
        trail.push(`wheel ${dy}`);
        await page.mouse.wheel(0, dy);
      }],
      [0.3, async () => {
        const size = pick(VIEWPORTS);
        trail.push(`viewport ${size.width}×${size.height}`);
        await page.setViewportSize(size);
      }],
    ];
    const total = ACTIONS.reduce((sum, [weight]) => sum + weight, 0);
    const nextAction = () => {
      let r = random() * total;
      for (const [weight, act] of ACTIONS) if ((r -= weight) < 0) return act;
      return ACTIONS[0][1];
    };

    trail.push(`open ?${run.query}`);
    await t.open(run.query);
    let actions = 0;
    const end = Date.now() + seconds * 1000;
    // At least MIN_ACTIONS, however slow the machine (a busy CI runner still gets a real fuzz), but
    // within the test's time limit.
    const hardStop = end + EXTRA_MS / 2;
    while ((Date.now() < end || actions < MIN_ACTIONS) && Date.now() < hardStop) {
      await nextAction()();
      actions++;
      await sleep(random() * 120);
      // A link or form that left the app (none should): come back and carry on.
      const url = new URL(page.url());
      if (url.origin !== home.origin || url.pathname !== home.pathname) {
        trail.push(`left the app for ${url.href}; reopening`);
        await t.open(run.query);
      }
      check();
    }
    await sleep(500); // errors from the last action's frames
    check();
    const alive = await page.evaluate(() => !!document.querySelector('#root > [data-app][data-scene]'));
    if (!alive) fail('the app is gone from the page');
    console.log(`    fuzz ${run.label}: ${actions} actions, seed ${SEED}`);
  });
}
