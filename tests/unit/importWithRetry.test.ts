// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failedModuleUrl, importWithRetry } from '../../src/app/importWithRetry';

/** A loader that fails `failures` times, then resolves with 'module'. */
function flaky(failures: number) {
  return vi.fn(() => (failures-- > 0 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve('module')));
}

describe('importWithRetry', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resolves at once when the first try works', async () => {
    const load = flaky(0);
    await expect(importWithRetry(load)).resolves.toBe('module');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after 1, 2 and 4 seconds until the part loads', async () => {
    const load = flaky(3);
    const result = importWithRetry(load);
    await vi.advanceTimersByTimeAsync(0);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(load).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(load).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(4000);
    expect(load).toHaveBeenCalledTimes(4);
    await expect(result).resolves.toBe('module');
  });

  it('waits at most 30 seconds between tries', async () => {
    const load = flaky(8);
    const result = importWithRetry(load);
    // 1 + 2 + 4 + 8 + 16 + 30 + 30 + 30 seconds of pauses for eight failures.
    await vi.advanceTimersByTimeAsync(120_999);
    expect(load).toHaveBeenCalledTimes(8);
    await vi.advanceTimersByTimeAsync(1);
    expect(load).toHaveBeenCalledTimes(9);
    await expect(result).resolves.toBe('module');
  });

  it('tries at once when the browser is back online, and only once per pause', async () => {
    const load = flaky(1);
    const result = importWithRetry(load);
    await vi.advanceTimersByTimeAsync(0);
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(load).toHaveBeenCalledTimes(2);
    await expect(result).resolves.toBe('module');
    await vi.advanceTimersByTimeAsync(5000);
    window.dispatchEvent(new Event('online'));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('asks for the file again under a fresh query string when the error names it', async () => {
    const url = `${window.location.origin}/assets/TimeCourseChart-abc123.js`;
    const load = vi.fn(() => Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`)));
    let refetches = 0;
    const reimport = vi.fn(() => (++refetches < 2 ? Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}?retry=2`)) : Promise.resolve('module')));
    const result = importWithRetry(load, reimport);
    await vi.advanceTimersByTimeAsync(3000);
    await expect(result).resolves.toBe('module');
    expect(load).toHaveBeenCalledTimes(1);
    expect(reimport.mock.calls).toEqual([[`${url}?retry=2`], [`${url}?retry=3`]]);
  });
});

describe('failedModuleUrl', () => {
  const origin = 'https://clinic.example';

  it.each([
    ['Chromium', `Failed to fetch dynamically imported module: ${origin}/assets/AppDialogs-x1.js`],
    ['Firefox', `error loading dynamically imported module: ${origin}/assets/AppDialogs-x1.js`],
  ])('finds the script in a %s message', (_browser, message) => {
    expect(failedModuleUrl(new TypeError(message), origin)).toBe(`${origin}/assets/AppDialogs-x1.js`);
  });

  it('finds nothing in a message without a URL (Safari) or with another origin', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'), origin)).toBeUndefined();
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: https://evil.example/x.js'), origin)).toBeUndefined();
    expect(failedModuleUrl('not an error', origin)).toBeUndefined();
  });
});
