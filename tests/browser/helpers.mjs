// Helpers for the browser tests that need no test context: waits, constants, pixel measures.
// The `t` fixture every test receives (page, open, caption, shot, axe…) is in fixtures.mjs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, and where tests put the screenshots a person looks at (t.shot). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENS_DIR = path.join(ROOT, 'test-results', 'screens');

/** Debian's Chromium and the flags every browser run uses (quiet: no network of its own, no GPU). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chromium features the browser tests turn off, on top of those Playwright turns off itself. New headless
 * Chromium opens the omnibox popup's web UI, a renderer of its own, with every browser context: on a
 * 2-CPU machine that was about one CPU-second of every test, for a window nobody sees.
 */
const TEST_DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

/**
 * Playwright's own --disable-features list with TEST_DISABLED_FEATURES added, as one comma-separated
 * value. Chromium reads only the last --disable-features switch, so a second one would silently undo
 * Playwright's (e.g. PaintHolding); the list is read from the command line Playwright actually gives
 * Chromium (CDP Browser.getBrowserCommandLine, which needs --enable-automation).
 */
export async function chromiumDisabledFeatures() {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--enable-automation'] });
  try {
    const session = await browser.newBrowserCDPSession();
    const { arguments: argv } = await session.send('Browser.getBrowserCommandLine');
    const own = argv.filter((a) => a.startsWith('--disable-features=')).at(-1)?.slice('--disable-features='.length);
    return [...new Set([...(own ? own.split(',') : []), ...TEST_DISABLED_FEATURES])].join(',');
  } finally {
    await browser.close();
  }
}

/** The flags of the tests' browsers: CHROMIUM_ARGS and the features the runner turned off (playwright.config.mjs). */
export function testChromiumArgs() {
  const features = process.env.KME_CHROMIUM_DISABLED_FEATURES;
  return features ? [...CHROMIUM_ARGS, `--disable-features=${features}`] : CHROMIUM_ARGS;
}

/** The five scenes in story order (interface.md). */
export const SCENES = ['nmda-blockade', 'glutamate-surge', 'ampa-activation', 'bdnf-release', 'synaptogenesis'];
export const LEVELS = ['patient', 'clinician'];
export const GRADES = ['E', 'A', 'P', 'S', 'X'];

/** Dose-like text (no screen may show one): a number followed by a dose unit followed by a dose unit: 0.5 mg/kg, 35 mg, 2 mL, 10 µg, 50 mcg, 5 units, 1 IU, 20 milligrams… */
export const DOSE = /\d(?:[\d.,]*\d)?\s*(?:mg\b(?:\s*\/\s*(?:kg|min|h|hr|ml))?|mg\/kg|m[lL]\b|[µμu]g\b|mcg\b|micrograms?\b|milligrams?\b|millilit(?:re|er)s?\b|units?\b|IU\b|ng\/m[lL])/i;

/** Polls `fn` until it returns a truthy value (returned) or throws after `timeout` ms with `message`. */
export async function waitFor(fn, { timeout = 5000, interval = 50, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > end) {
      const why = lastError ? ` (last error: ${lastError.message ?? lastError})` : ` (last value: ${JSON.stringify(last)})`;
      throw new Error(`Timed out after ${timeout} ms waiting for ${message}${why}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * The "Wording" radio group: a <fieldset> with <legend>Wording</legend> (role group) or an element
 * with role="radiogroup"; either is a radio group named "Wording" to assistive technology.
 */
export function wordingGroup(page) {
  return page
    .getByRole('radiogroup', { name: 'Wording', exact: true })
    .or(page.getByRole('group', { name: 'Wording', exact: true }))
    .filter({ has: page.getByRole('radio') });
}

/**
 * Decodes screenshots (PNG or JPEG; Buffers or base64 strings) with the canvas of a blank page of
 * `context` (no network, no CSP) and runs `measure(images, arg)` there on their ImageData, returning its
 * result: only the figures come back, not megabytes of pixels. `measure` travels as source text, so it
 * must not use anything from outside its own body.
 */
export async function measurePixels(context, images, measure, arg = null) {
  const urls = images.map((image) => {
    const bytes = typeof image === 'string' ? Buffer.from(image, 'base64') : image;
    const type = bytes[0] === 0xff && bytes[1] === 0xd8 ? 'jpeg' : 'png';
    return `data:image/${type};base64,${bytes.toString('base64')}`;
  });
  const page = await context.newPage();
  try {
    return await page.evaluate(
      async ({ urls, source, arg }) => {
        const decode = async (url) => {
          const image = new Image();
          image.src = url;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const ctx = canvas.getContext('2d');
          ctx.drawImage(image, 0, 0);
          return ctx.getImageData(0, 0, image.width, image.height);
        };
        const decoded = [];
        for (const url of urls) decoded.push(await decode(url));
        return new Function(`return (${source})`)()(decoded, arg);
      },
      { urls, source: measure.toString(), arg },
    );
  } finally {
    await page.close();
  }
}

/**
 * Pauses the page's fake clock (`page.clock.install()` first) a little ahead of the page's own time.
 * The target is read from the page, not from Node's `Date.now()`: the two drift apart while a busy
 * machine loads the page, and a target already behind the page's clock fails ("Cannot fast-forward to
 * the past"). One second of margin covers the round trip between reading and pausing on a loaded machine.
 */
export async function pauseClockAhead(page, ms = 1000) {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + ms);
}

/** The pairs among `labels` ({ name, box: a DOMRect as JSON }) whose boxes overlap, as "name × name". */
export function overlappingPairs(labels) {
  const pairs = [];
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      if (a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom) pairs.push(`${a.name} × ${b.name}`);
    }),
  );
  return pairs;
}

/**
 * The 2D stage's labels that overlap another label (overlappingPairs; none expected). Read once the
 * page has settled (t.settled): while one framing's labels fade into the next, both sets are on screen.
 * Labels are placed by hand per framing (src/views/svg/compositions), and a longer translation can reach
 * a neighbour: hence a check in every language.
 */
export async function overlappingLabels(page) {
  const labels = await page.evaluate(() =>
    [...document.querySelectorAll('[data-stage] .kme-hotspot')]
      .filter((hotspot) => hotspot.getClientRects().length > 0)
      .map((hotspot) => ({ name: hotspot.getAttribute('aria-label'), box: hotspot.querySelector('text').getBoundingClientRect().toJSON() })),
  );
  return overlappingPairs(labels);
}

/**
 * Walks every beat of the scene open in `t`: End finds the last beat, Home goes back to the first, then
 * ArrowRight steps through them, calling `visit(beat)` on each once the page shows it.
 */
export async function walkBeats(t, visit) {
  const { page } = t;
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  await page.keyboard.press('End');
  const last = await waitFor(async () => ((s) => (s.beat > 0 ? s.beat : 0))(await t.state()), { message: 'End' });
  await page.keyboard.press('Home');
  await waitFor(async () => (await t.state()).beat === 0, { message: 'Home' });
  for (let beat = 0; beat <= last; beat++) {
    if (beat > 0) {
      await page.keyboard.press('ArrowRight');
      await waitFor(async () => (await t.state()).beat === beat, { message: `beat ${beat}` });
    }
    await visit(beat);
  }
}

/**
 * Builds the app once more into `outDir` (under the root) with the public address `publicUrl`
 * (KME_PUBLIC_URL) and serves it with `vite preview` on a free loopback port. Returns the server (close
 * it) and its address. A test that calls it takes the `-exclusive-` lock: a build's CPU use would slow
 * the tests around it.
 */
export async function buildWithPublicUrl(outDir, publicUrl) {
  const { build, preview } = await import('vite');
  const configFile = path.join(ROOT, 'vite.config.ts');
  const dir = path.join(ROOT, outDir);
  const before = process.env.KME_PUBLIC_URL;
  process.env.KME_PUBLIC_URL = publicUrl;
  try {
    await build({ root: ROOT, configFile, logLevel: 'error', build: { outDir: dir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env.KME_PUBLIC_URL;
    else process.env.KME_PUBLIC_URL = before;
  }
  const server = await preview({
    root: ROOT,
    configFile,
    logLevel: 'warn',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  return { server, local: `http://127.0.0.1:${server.httpServer.address().port}/` };
}

/** A context of `browser` that reaches nothing but `local` (the `t` fixture's allows only the build under test). */
export async function contextOnly(browser, local) {
  const context = await browser.newContext();
  await context.route('**/*', (route) => (route.request().url().startsWith(local) ? route.continue() : route.abort('blockedbyclient')));
  return context;
}
