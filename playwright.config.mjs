// Browser tests (tests/browser/*.spec.mjs) with Playwright Test: `npx playwright test` after a build
// (`npm test` builds first). `vite preview` serves the built dist/ to every worker; each worker drives one
// Debian Chromium (never a downloaded browser), each test gets a fresh context and the `t` fixture
// (tests/browser/fixtures.mjs). Tests that measure time or memory take the built-in `-exclusive-` lock:
// they run when no other test is running.
//
//   npx playwright test -g <text>   the tests whose title contains <text> (a file name too: -g "embed")
//   BROWSER_WORKERS=1               tests one at a time (default 2)
//   BROWSER_TEST_TIMEOUT=…          the default time a test may take, in ms (default 60 000)
//   CHROMIUM_PATH=…                 another Chromium than /usr/bin/chromium
//   KME_TEST_PORT=…                 the preview server's port (default: a free one, chosen once per run)
//   DIST_DIR=…                      serve another build folder than dist/
import { createServer } from 'node:net';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH, chromiumDisabledFeatures, testChromiumArgs } from './tests/browser/helpers.mjs';

const DIST_DIR = process.env.DIST_DIR ?? 'dist';

// The machine may run other previews (other checkouts, `npm run preview` on 4173): the runner picks a
// free loopback port once and hands it to its workers through the environment they inherit.
process.env.KME_TEST_PORT ??= String(await freePort());
// Read once by the runner; its workers inherit it.
process.env.KME_CHROMIUM_DISABLED_FEATURES ??= await chromiumDisabledFeatures();
const PORT = Number(process.env.KME_TEST_PORT);
const ORIGIN = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '*.spec.mjs',
  outputDir: 'test-results/playwright',
  globalSetup: './tests/browser/global-setup.mjs',
  fullyParallel: true,
  workers: Number(process.env.BROWSER_WORKERS ?? 2),
  timeout: Number(process.env.BROWSER_TEST_TIMEOUT ?? 60_000),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'playwright-report' }],
    ['./tests/browser/summary-reporter.mjs'],
  ],
  use: {
    baseURL: ORIGIN,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    actionTimeout: 10_000,
    navigationTimeout: 10_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: testChromiumArgs() },
  },
  webServer: {
    command: `npx vite preview --outDir ${DIST_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `${ORIGIN}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
  },
});

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
