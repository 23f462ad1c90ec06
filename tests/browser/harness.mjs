// Tiny test registry and helpers for the browser tests (no test framework, only playwright-core).
// A spec file imports `test` and registers tests; tests/browser/run.mjs imports the specs and runs them.
import assert from 'node:assert/strict';

export { assert };

/** Tests registered so far: { file, name, fn, timeout, serial }. */
export const registry = [];
let currentFile = '';

/** Used by the runner before importing each spec file. */
export function setCurrentFile(file) {
  currentFile = file;
}

/**
 * Registers a test. `fn` receives a context `t` (see run.mjs): t.page, t.open(query), t.caption(),
 * t.captionShown(), t.shot(name), t.axe(), t.console / t.pageErrors / t.requests, t.waitFor(fn), t.log(...).
 * Options: `timeout` (ms); `serial: true` for tests that measure time or memory (frame sampling,
 * soak), which run alone after the others so parallel tests cannot disturb them.
 */
export function test(name, fn, options = {}) {
  registry.push({ file: currentFile, name, fn, timeout: options.timeout, serial: options.serial === true });
}

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

/** The five scenes in story order (interface.md). */
export const SCENES = ['nmda-blockade', 'glutamate-surge', 'ampa-activation', 'bdnf-release', 'synaptogenesis'];
export const LEVELS = ['patient', 'clinician'];
export const GRADES = ['E', 'A', 'P', 'S', 'X'];

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
