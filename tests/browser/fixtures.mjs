// The `t` fixture every browser test receives: `test(name, async ({ t }) => { … })`.
// It wraps Playwright Test's own page and context (one Chromium per worker, one fresh context per test:
// playwright.config.mjs) with the helpers the specs share, and adds the checks every test gets for free
// after its body: nothing but the app's own origin was asked for, no page error, no console error
// (unless the test says it expects some).
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { test as base } from '@playwright/test';
import AxeBuilderModule from '@axe-core/playwright';
import { waitFor, SCREENS_DIR } from './helpers.mjs';

const AxeBuilder = AxeBuilderModule.default ?? AxeBuilderModule;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const test = base.extend({
  t: async ({ page, context, baseURL }, use, testInfo) => {
    const origin = new URL(baseURL).origin;
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
      /**
       * The caption once it has stopped changing: captions change with a fade (the old one fades out,
       * then the new one in: Presence in src/ui), so this waits until no caption is leaving and the one
       * on screen has fully faded in, and returns its text.
       */
      async stableCaption({ timeout = 8000 } = {}) {
        await waitFor(
          () =>
            page.evaluate(() => {
              if (document.querySelectorAll('[data-caption]').length !== 1) return false;
              if (document.querySelector('.caption-card [class*="presence--"][class$="-out"]')) return false;
              let opacity = 1;
              for (let el = document.querySelector('[data-caption]'); el; el = el.parentElement) opacity *= Number(getComputedStyle(el).opacity);
              return opacity > 0.99;
            }),
          { timeout, message: 'the caption settled (none leaving, the new one fully faded in)' },
        );
        return t.caption({ timeout });
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
      /**
       * Waits until the page shows what a person reads: fonts loaded, the page's finite CSS animations and
       * transitions of up to a second (caption and card fades, dialogs) finished, no caption leaving, and two frames painted
       * since. Uses the page's real timers and frames, so it works under Playwright's fake clock too.
       */
      async settled() {
        await page.evaluate(async () => {
          const real = window.__pwClock?.builtins ?? window;
          const frames = () => new Promise((r) => real.requestAnimationFrame(() => real.requestAnimationFrame(r)));
          await document.fonts.ready;
          const end = Date.now() + 5000;
          for (;;) {
            // Fades (a second at most), not a kiosk countdown's minute-long bar nor a spinner that never ends.
            const finite = document.getAnimations().filter((a) => a.playState === 'running' && (a.effect?.getComputedTiming().activeDuration ?? Infinity) <= 1000);
            const leaving = document.querySelector('.caption-card [class*="presence--"][class$="-out"]');
            if ((finite.length === 0 && !leaving) || Date.now() > end) break;
            await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => {}))), new Promise((r) => real.setTimeout(r, 100))]);
            await frames(); // a finished fade may start the next (the caption fades out, then the new one in)
          }
          await frames();
        });
      },
      /** Full-page PNG at test-results/screens/<name>.png once the page has settled (t.settled), then `settle` more ms. */
      async shot(name, { settle = 0 } = {}) {
        await t.settled();
        if (settle > 0) await page.waitForTimeout(settle);
        await mkdir(SCREENS_DIR, { recursive: true });
        const file = path.join(SCREENS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
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
      /** Lets a test declare that console errors are expected (it then checks t.console.errors itself). */
      allowConsoleErrors() {
        allowConsoleErrors = true;
      },
    };

    await use(t);

    // The checks every test gets, once its own assertions have passed (a failed test already has its error).
    if (testInfo.status !== testInfo.expectedStatus) return;
    const problems = [];
    if (foreign.size) problems.push(`requests outside ${origin}:\n${[...foreign].map((u) => `    ${u}`).join('\n')}`);
    if (pageErrors.length) problems.push(`page errors:\n${pageErrors.map((e) => `    ${e}`).join('\n')}`);
    if (!allowConsoleErrors && consoleErrors.length) problems.push(`console errors:\n${consoleErrors.map((e) => `    ${e}`).join('\n')}`);
    if (problems.length) throw new Error(problems.join('\n  '));
  },
});
