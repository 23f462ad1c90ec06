import { useEffect, useRef } from 'react';
import { FrameTrend, heapTooHigh, SLEEP_MS } from './health';
import type { KioskPhase } from './useKioskLoop';

const HOUR_MS = 3_600_000;
/** How often the watchdog looks. */
const CHECK_MS = 60_000;
/** How long it measures frame times each time. */
const SAMPLE_MS = 2000;
/** The watchdog's trouble earns a reload only this long after a load: never a loop of reloads. */
const WATCH_AFTER_MS = 30 * 60_000;

type Memory = { usedJSHeapSize: number; jsHeapSizeLimit: number };

/** Mean milliseconds per animation frame over `ms`. */
function sampleFrames(ms: number): Promise<number> {
  return new Promise((resolve) => {
    let first: number | undefined;
    let frames = 0;
    const frame = (now: number) => {
      first ??= now;
      if (now - first >= ms) resolve((now - first) / frames);
      else {
        frames += 1;
        requestAnimationFrame(frame);
      }
    };
    requestAnimationFrame(frame);
  });
}

let reloading = false;
/** Reloads the page (offline, the service worker answers from its cache), saying why, once. */
function reload(reason: string): void {
  if (reloading) return;
  reloading = true;
  console.info(`[ketamine-explorer] Kiosk: reloading the page (${reason}).`);
  window.location.reload();
}

/**
 * A waiting-room screen heals itself (README, "Running on a waiting-room screen"): after `reloadHours`,
 * or when the watchdog sees the heap near the browser's limit or frames slow for ten minutes, it reloads
 * at the next loop boundary (the opening card, or while closed), never in the middle of a scene. When the
 * device wakes after more than five minutes asleep (the page hidden, or its timers stopped) it reloads
 * at once: nobody saw the scene it was in. `reloadHours` 0 turns all of it off (e.g. for a soak test).
 */
export function useSelfHealing(phase: KioskPhase, reloadHours: number): void {
  const due = useRef<string | null>(null);
  const started = useRef(performance.now());
  const phaseNow = useRef(phase);
  phaseNow.current = phase;

  useEffect(() => {
    if (reloadHours <= 0) return;
    const frames = new FrameTrend();
    let hiddenAt = document.hidden ? Date.now() : null;
    let lastCheck = Date.now();
    const woke = (away: number) => reload(`the screen woke after ${Math.round(away / 60_000)} minutes asleep`);
    const onVisibility = () => {
      if (document.hidden) hiddenAt = Date.now();
      else if (hiddenAt !== null) {
        const away = Date.now() - hiddenAt;
        hiddenAt = null;
        if (away > SLEEP_MS) woke(away);
      }
    };
    const check = setInterval(() => {
      const gap = Date.now() - lastCheck;
      lastCheck = Date.now();
      if (gap > SLEEP_MS + CHECK_MS && !document.hidden) return woke(gap);
      if (due.current || performance.now() - started.current < WATCH_AFTER_MS) return;
      if (heapTooHigh((performance as Performance & { memory?: Memory }).memory)) due.current = 'the JavaScript heap is near its limit';
      else if (phaseNow.current === 'playing' && !document.hidden) {
        void sampleFrames(SAMPLE_MS).then((ms) => {
          // Only a sample taken wholly while the scenes played and the page showed says how frames go.
          if (phaseNow.current === 'playing' && !document.hidden && frames.add(ms)) due.current ??= 'frames have been slow for ten minutes';
        });
      }
    }, CHECK_MS);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearInterval(check);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [reloadHours]);

  // The boundary: the loop's opening card, or the resting screen of a closed clinic.
  useEffect(() => {
    if (reloadHours <= 0 || (phase !== 'opening' && phase !== 'closed')) return;
    const uptime = performance.now() - started.current;
    const reason = due.current ?? (uptime >= reloadHours * HOUR_MS ? `it has run for ${(uptime / HOUR_MS).toFixed(1)} hours` : null);
    if (reason) reload(reason);
  }, [phase, reloadHours]);
}
