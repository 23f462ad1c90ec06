// Browser tests: `npm run test:browser` (after `npm run build`; `npm test` does both).
// Serves dist/ with `vite preview` on a free loopback port, drives Debian's Chromium with playwright-core,
// and runs every tests/browser/*.spec.mjs. ONLY=substring runs the tests whose "file › name" contains it.
// Ends with a plain `Browser: N passed, N failed` line; exits 1 on any failure.
import { readdir, mkdir, access } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import AxeBuilderModule from '@axe-core/playwright';
import { registry, setCurrentFile, waitFor, CHROMIUM_ARGS, CHROMIUM_PATH } from './harness.mjs';

const AxeBuilder = AxeBuilderModule.default ?? AxeBuilderModule;
const here = path.dirname(fileURLToPath(import.meta.url));
const root = process.env.BROWSER_TEST_ROOT ? path.resolve(process.env.BROWSER_TEST_ROOT) : path.resolve(here, '../..');
const screensDir = path.join(root, 'test-results', 'screens');
const TEST_TIMEOUT = Number(process.env.BROWSER_TEST_TIMEOUT ?? 60_000);
const ONLY = process.env.ONLY ?? '';
// Tests run in parallel browser contexts (most of a test's time is waiting on the page);
// BROWSER_WORKERS=1 runs them one by one. DIST_DIR serves another build folder than dist/.
const WORKERS = Math.max(1, Number(process.env.BROWSER_WORKERS ?? Math.min(3, Math.max(2, os.cpus().length))) || 1);
const DIST_DIR = process.env.DIST_DIR ?? 'dist';
const CHROMIUM = CHROMIUM_PATH;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const green = (s) => (color ? `\x1b[32m${s}\x1b[0m` : s);
const red = (s) => (color ? `\x1b[31m${s}\x1b[0m` : s);
const dim = (s) => (color ? `\x1b[2m${s}\x1b[0m` : s);

async function main() {
  try {
    await access(path.join(root, DIST_DIR, 'index.html'));
  } catch {
    console.error(`${DIST_DIR}/index.html is missing: run \`npm run build\` first (npm test does).`);
    console.log('Browser: 0 passed, 1 failed');
    return 1;
  }

  // Load the spec files (each registers its tests through harness.test).
  const files = (await readdir(here)).filter((f) => f.endsWith('.spec.mjs')).sort();
  for (const file of files) {
    setCurrentFile(file.replace(/\.spec\.mjs$/, ''));
    try {
      await import(pathToFileURL(path.join(here, file)).href);
    } catch (e) {
      // A spec that cannot even load is a failure to report, not a crash without a count.
      console.log(`${red('✗')} ${file} could not be loaded`);
      console.log(indent(formatError(e)));
      console.log('\nBrowser: 0 passed, 1 failed');
      return 1;
    }
  }
  const selected = registry.filter((t) => `${t.file} › ${t.name}`.includes(ONLY));
  if (selected.length === 0) {
    console.error(`No browser test matches ONLY=${JSON.stringify(ONLY)}.`);
    console.log('Browser: 0 passed, 1 failed');
    return 1;
  }
  await mkdir(screensDir, { recursive: true });

  let server;
  let browser;
  let passed = 0;
  let failed = 0;
  const failures = [];
  try {
    server = await preview({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: DIST_DIR },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
    const address = server.httpServer.address();
    const origin = `http://127.0.0.1:${address.port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    console.log(dim(`Browser tests: ${selected.length} against ${origin} (Chromium ${browser.version()}, ${WORKERS} at a time)`));

    const runOne = async (spec) => {
      const label = `${spec.file} › ${spec.name}`;
      const started = performance.now();
      let error;
      const ctx = await makeContext(browser, origin);
      try {
        await withTimeout(spec.fn(ctx.t), spec.timeout ?? TEST_TIMEOUT, label);
        // Checks every test gets for free: nothing but our own origin was asked for, no page errors,
        // no console errors (unless the test says it expects them).
        ctx.t.assertClean();
      } catch (e) {
        error = e;
      } finally {
        await ctx.close();
      }
      const ms = Math.round(performance.now() - started);
      if (error) {
        failed++;
        const message = formatError(error);
        failures.push({ label, message });
        console.log(`${red('✗')} ${label} ${dim(`(${ms} ms)`)}`);
        console.log(indent(message));
      } else {
        passed++;
        console.log(`${green('✓')} ${label} ${dim(`(${ms} ms)`)}`);
      }
    };

    // A small pool of workers takes tests off one queue; timing-sensitive tests then run alone.
    const queue = selected.filter((spec) => !spec.serial);
    const worker = async () => {
      for (let spec = queue.shift(); spec; spec = queue.shift()) await runOne(spec);
    };
    await Promise.all(Array.from({ length: Math.min(WORKERS, queue.length) }, worker));
    for (const spec of selected.filter((s) => s.serial)) await runOne(spec);
  } catch (e) {
    failed++;
    failures.push({ label: 'runner', message: formatError(e) });
    console.log(`${red('✗')} runner`);
    console.log(indent(formatError(e)));
  } finally {
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
  }

  if (failures.length > 0) {
    console.log(`\nFailed:\n${failures.map((f) => `  ✗ ${f.label}`).join('\n')}`);
  }
  console.log(`\nBrowser: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

async function makeContext(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  context.setDefaultTimeout(10_000);
  const consoleErrors = [];
  const warnings = [];
  const pageErrors = [];
  const requests = [];
  const foreign = new Set();
  let allowConsoleErrors = false;

  // Every request must stay on the preview server's origin (data:/blob: URLs never reach the network).
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url === origin) return route.continue();
    foreign.add(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    const entry = `${msg.text()}${msg.location()?.url ? ` @ ${msg.location().url}` : ''}`;
    if (msg.type() === 'error') consoleErrors.push(entry);
    else if (msg.type() === 'warning') warnings.push(msg.text());
  });
  page.on('pageerror', (err) => pageErrors.push(String(err?.stack ?? err)));
  page.on('request', (req) => {
    requests.push(req.url());
    const url = req.url();
    if (!(url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:'))) {
      foreign.add(url);
    }
  });
  page.on('requestfailed', (req) => {
    const url = req.url();
    // ERR_ABORTED is the browser dropping a request because the test navigated on (e.g. a lazy chunk
    // still loading when the next scene's URL opens): not a fault of the app.
    if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
    if (url.startsWith(`${origin}/`)) consoleErrors.push(`request failed: ${url} (${req.failure()?.errorText})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && res.url().startsWith(`${origin}/`)) consoleErrors.push(`HTTP ${res.status()} for ${res.url()}`);
  });

  const t = {
    page,
    context,
    origin,
    console: { errors: consoleErrors, warnings },
    pageErrors,
    requests,
    foreignRequests: foreign,
    waitFor,
    /**
     * Goes to `/?query`, waits for the app root's data-scene and data-ready (the app answers input: the
     * prerendered page is on screen before) and a non-empty caption.
     */
    async open(query = '', { waitForCaption = true } = {}) {
      await page.goto(`${origin}/${query ? `?${query.replace(/^\?/, '')}` : ''}`, { waitUntil: 'load' });
      await page.waitForSelector('#root > [data-app][data-scene][data-ready]', { state: 'attached', timeout: 15_000 });
      if (waitForCaption) await t.caption({ timeout: 15_000 });
    },
    /** The app root's data-* state. */
    async state() {
      return page.evaluate(() => {
        const el = document.querySelector('#root > [data-app]');
        if (!el) return null;
        const beat = el.getAttribute('data-beat');
        return {
          scene: el.getAttribute('data-scene'),
          view: el.getAttribute('data-view'),
          mode: el.getAttribute('data-mode'),
          beat: beat === null ? null : Number(beat),
        };
      });
    },
    /** The caption on screen: waits until exactly one non-empty [data-caption] is there. */
    async caption({ timeout = 5000 } = {}) {
      return waitFor(
        () =>
          page.evaluate(() => {
            const all = document.querySelectorAll('[data-caption]');
            if (all.length !== 1) return '';
            return (all[0].textContent ?? '').replace(/\s+/g, ' ').trim();
          }),
        { timeout, message: 'exactly one non-empty [data-caption]' },
      );
    },
    /** The caption once it has stopped changing (same text for `quiet` ms): captions may fade in after data-beat moves. */
    async stableCaption({ quiet = 600, timeout = 8000 } = {}) {
      let last = await t.caption({ timeout });
      let since = Date.now();
      const end = Date.now() + timeout;
      while (Date.now() - since < quiet) {
        if (Date.now() > end) throw new Error(`caption still changing after ${timeout} ms (last: ${JSON.stringify(last)})`);
        await new Promise((r) => setTimeout(r, 100));
        const now = await t.caption({ timeout });
        if (now !== last) {
          last = now;
          since = Date.now();
        }
      }
      return last;
    },
    /** Opacity of the caption as seen: its own times that of every ancestor (0 when there is none). */
    async captionOpacity() {
      return page.evaluate(() => {
        let opacity = document.querySelector('[data-caption]') ? 1 : 0;
        for (let el = document.querySelector('[data-caption]'); el; el = el.parentElement) opacity *= Number(getComputedStyle(el).opacity);
        return opacity;
      });
    },
    /** Waits until the caption has faded fully in (a colour check mid-fade sees pale text). */
    async captionShown({ timeout = 5000 } = {}) {
      await waitFor(async () => (await t.captionOpacity()) > 0.99, { timeout, message: 'the caption fully faded in' });
    },
    /** Full-page PNG at test-results/screens/<name>.png, after `settle` ms. */
    async shot(name, { settle = 400 } = {}) {
      // Let transitions (caption fade, camera moves) finish so the picture shows what a person reads.
      if (settle > 0) await page.waitForTimeout(settle);
      const file = path.join(screensDir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    /** axe-core scan with the WCAG 2.x A/AA tags; returns the violations. */
    async axe({ include, exclude } = {}) {
      let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
      if (include) builder = builder.include(include);
      if (exclude) builder = builder.exclude(exclude);
      const result = await builder.analyze();
      return result.violations;
    },
    /** Lets a test declare that console errors are expected (none does today). */
    allowConsoleErrors() {
      allowConsoleErrors = true;
    },
    assertClean() {
      const problems = [];
      if (foreign.size) problems.push(`requests outside ${origin}:\n${[...foreign].map((u) => `    ${u}`).join('\n')}`);
      if (pageErrors.length) problems.push(`page errors:\n${pageErrors.map((e) => `    ${e}`).join('\n')}`);
      if (!allowConsoleErrors && consoleErrors.length)
        problems.push(`console errors:\n${consoleErrors.map((e) => `    ${e}`).join('\n')}`);
      if (problems.length) throw new Error(problems.join('\n  '));
    },
  };
  return {
    t,
    async close() {
      await context.close().catch(() => {});
    },
  };
}

function withTimeout(promise, ms, label) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Test timed out after ${ms} ms: ${label}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function formatError(e) {
  if (!e) return 'unknown error';
  const message = e.message ?? String(e);
  // Keep the first frame inside tests/browser for orientation.
  const frame = String(e.stack ?? '')
    .split('\n')
    .find((l) => l.includes('tests/browser/') && l.includes('.spec.mjs'));
  return frame ? `${message}\n${frame.trim()}` : message;
}

const indent = (s) =>
  s
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');

process.exitCode = await main();
