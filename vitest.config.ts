import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

/**
 * Unit tests only (tests/unit). Browser tests run on Playwright Test: playwright.config.mjs.
 * Tests run under Node by default; a component test opts into jsdom with a docblock:
 *   // @vitest-environment jsdom
 * The summary reporter ends the run with a plain `Unit: N passed, N failed` line for CI.
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
      environment: 'node',
      reporters: ['default', './tests/unit/summaryReporter.ts'],
      testTimeout: 10_000,
      restoreMocks: true,
      unstubGlobals: true,
    },
  }),
);
