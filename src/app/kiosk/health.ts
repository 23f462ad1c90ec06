/**
 * The kiosk watchdog's judgements (useSelfHealing), kept free of timers and the DOM so they can be
 * tested alone. Figures are deliberately wide: a reload costs a visitor a few seconds of blank screen,
 * so only trouble that lasts earns one.
 */

/** A page hidden (or its timers stopped) longer than this was a device asleep: it reloads on waking. */
export const SLEEP_MS = 5 * 60_000;

/** The heap a healthy page never reaches: 70 % of the browser's limit, and never more than 384 MiB. */
export function heapTooHigh(memory: { usedJSHeapSize: number; jsHeapSizeLimit: number } | undefined): boolean {
  if (!memory || !(memory.jsHeapSizeLimit > 0)) return false; // only Chromium reports it
  return memory.usedJSHeapSize > Math.min(memory.jsHeapSizeLimit * 0.7, 384 * 2 ** 20);
}

/** Samples that set the page's normal frame time, and how many slow ones in a row are trouble. */
const BASELINE_SAMPLES = 5;
const SLOW_IN_A_ROW = 10;

/**
 * Frame times sampled once a minute while the loop plays. Trouble is frames at least twice as slow as
 * the page's own first minutes, and slower than 20 per second, for ten samples in a row: the browser
 * is struggling (fragmented memory, a driver gone to software), not one busy moment.
 */
export class FrameTrend {
  private readonly baseline: number[] = [];
  private slowInARow = 0;

  /** Adds one sample (mean milliseconds per frame); true once frames have stayed slow long enough. */
  add(msPerFrame: number): boolean {
    if (!Number.isFinite(msPerFrame) || msPerFrame <= 0) return false;
    if (this.baseline.length < BASELINE_SAMPLES) {
      this.baseline.push(msPerFrame);
      return false;
    }
    const normal = [...this.baseline].sort((a, b) => a - b)[Math.floor(BASELINE_SAMPLES / 2)]!;
    this.slowInARow = msPerFrame > Math.max(normal * 2, 50) ? this.slowInARow + 1 : 0;
    return this.slowInARow >= SLOW_IN_A_ROW;
  }
}
