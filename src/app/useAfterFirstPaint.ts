import { startTransition, useEffect, useState } from 'react';

/**
 * True once the browser is idle after the first paint (or at once when `now` is set). Parts of the
 * app nobody needs in the first second (the dialogs, the print handout's code) load then, after the
 * scene is on screen, so the first download stays small.
 */
export function useAfterFirstPaint(now = false): boolean {
  const [ready, setReady] = useState(now);
  useEffect(() => {
    if (ready) return;
    // A transition, like any update that may reach a prerendered part still waiting for its code (useLanguage).
    const done = () => startTransition(() => setReady(true));
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(done, { timeout: 2000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(done, 500);
    return () => clearTimeout(timer);
  }, [ready]);
  return ready || now;
}
