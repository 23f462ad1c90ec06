import { describe, expect, it } from 'vitest';
import { getScene } from '../../scenes';
import { DEFAULT_SETTINGS, HOURS_AFTER_SESSION, type PanelSettings } from '../../src/model/settings';
import { clockAt, nearestTimeWord, summarizeCourse, timeCourse } from '../../src/model/timeCourse';

describe('time courses', () => {
  it('samples the span on a log scale, first and last points at its ends', () => {
    const points = timeCourse('glutamate', DEFAULT_SETTINGS, 0.01, 100, 5);
    expect(points.map(([h]) => h)).toEqual([0.01, 0.1, 1, 10, 100].map((h) => expect.closeTo(h, 6)));
  });

  it('untreated courses are flat', () => {
    const points = timeCourse('bdnf', { ...DEFAULT_SETTINGS, exposure: 'none' }, 0.1, 300);
    const values = points.map(([, v]) => v);
    expect(Math.max(...values) - Math.min(...values)).toBeLessThan(1e-9);
  });

  it('summarises the glutamate burst as brief: up, peaking within minutes–hours, settled by about a day', () => {
    const s = summarizeCourse('glutamate', DEFAULT_SETTINGS, 1 / 60, 48);
    expect(s.direction).toBe('up');
    expect(['minutes', 'hours']).toContain(s.peak);
    expect(['hours', 'day']).toContain(s.settles);
  });

  it('summarises new spines as peaking around a day and outlasting the chart only partly', () => {
    const s = summarizeCourse('newSpines', DEFAULT_SETTINGS, 1, 1008);
    expect(s.direction).toBe('up');
    expect(['day', 'week']).toContain(s.peak);
  });

  it('reports no change without ketamine', () => {
    expect(summarizeCourse('nmdaBlocked', { ...DEFAULT_SETTINGS, exposure: 'none' }, 1 / 60, 48).direction).toBe('none');
  });

  it('maps hours to the nearest time word', () => {
    expect(nearestTimeWord(0.1)).toBe('minutes');
    expect(nearestTimeWord(30)).toBe('day');
    expect(nearestTimeWord(2000)).toBe('weeks');
  });
});

describe('the chart marker follows the player', () => {
  const scene = getScene('synaptogenesis');
  const settings: PanelSettings = { ...DEFAULT_SETTINGS, time: 'week' };

  it('starts at the chart’s left edge before the session', () => {
    expect(clockAt(scene, 0, 0.5, settings)).toBeCloseTo(scene.chart.fromHours);
  });

  it('moves monotonically through the beats and ends at the chosen time', () => {
    let previous = 0;
    scene.beats.forEach((_, i) => {
      for (const p of [0, 0.5, 1]) {
        const h = clockAt(scene, i, p, settings);
        expect(h).toBeGreaterThanOrEqual(previous - 1e-9);
        previous = h;
      }
    });
    expect(previous).toBeCloseTo(HOURS_AFTER_SESSION.week);
  });
});
