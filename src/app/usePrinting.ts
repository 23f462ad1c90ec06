import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is printed (the Print button, the browser's own Print command, a print preview)
 * or shown with print media. The print-only handout mounts only then: its five pictures are thousands
 * of SVG nodes that the screen never shows, and building them while a scene plays costs frames.
 * `beforeprint` renders synchronously, so the sheet is complete before the browser lays out the pages.
 */
export function usePrinting(enabled: boolean): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    const media = window.matchMedia('print');
    const start = () => flushSync(() => setPrinting(true));
    const stop = () => setPrinting(false);
    const follow = () => (media.matches ? start() : stop());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', stop);
    media.addEventListener('change', follow);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', stop);
      media.removeEventListener('change', follow);
    };
  }, [enabled]);
  return printing;
}
