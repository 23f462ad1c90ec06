import { describe, expect, it } from 'vitest';
import { FrameTrend, heapTooHigh } from '../../src/app/kiosk/health';

const MiB = 2 ** 20;

describe('heapTooHigh', () => {
  it('is trouble above 70 % of the limit, or above 384 MiB, and never where the browser does not tell', () => {
    expect(heapTooHigh(undefined)).toBe(false);
    expect(heapTooHigh({ usedJSHeapSize: 900 * MiB, jsHeapSizeLimit: 0 })).toBe(false);
    expect(heapTooHigh({ usedJSHeapSize: 20 * MiB, jsHeapSizeLimit: 4096 * MiB })).toBe(false);
    expect(heapTooHigh({ usedJSHeapSize: 400 * MiB, jsHeapSizeLimit: 4096 * MiB })).toBe(true);
    expect(heapTooHigh({ usedJSHeapSize: 150 * MiB, jsHeapSizeLimit: 200 * MiB })).toBe(true);
  });
});

describe('FrameTrend', () => {
  const feed = (trend: FrameTrend, samples: number[]) => samples.map((ms) => trend.add(ms));

  it('is trouble after ten slow samples in a row, against the page\'s own first five', () => {
    const trend = new FrameTrend();
    expect(feed(trend, [17, 16, 18, 17, 16])).not.toContain(true);
    expect(feed(trend, Array(9).fill(80))).not.toContain(true);
    expect(trend.add(80)).toBe(true);
  });

  it('forgets a slow stretch that ends', () => {
    const trend = new FrameTrend();
    feed(trend, [17, 16, 18, 17, 16, ...Array(9).fill(80), 17]);
    expect(feed(trend, Array(9).fill(80))).not.toContain(true);
  });

  it('leaves a page that was always slow alone, and slow only against a fast start (never above 20 frames/s)', () => {
    const always = new FrameTrend();
    expect(feed(always, Array(30).fill(60))).not.toContain(true);
    const fast = new FrameTrend();
    expect(feed(fast, [8, 8, 8, 8, 8, ...Array(20).fill(40)])).not.toContain(true);
  });

  it('ignores samples that are not times', () => {
    const trend = new FrameTrend();
    expect(feed(trend, [NaN, 0, -1, Infinity])).not.toContain(true);
  });
});
