import { useEffect, useState } from 'react';

/** An hour without a visitor's touch before the screen dims. */
const DIM_AFTER_MS = 3_600_000;

/**
 * The screen's darkening (0–1) for burn-in care: `percent` of its brightness, once the loop has run an
 * hour unattended; a touch (`attended`) brings it back to full until the next unattended hour.
 */
export function useDimming(percent: number, attended: boolean): number {
  const [dimmed, setDimmed] = useState(false);
  useEffect(() => {
    setDimmed(false);
    if (percent <= 0 || attended) return;
    const timer = setTimeout(() => setDimmed(true), DIM_AFTER_MS);
    return () => clearTimeout(timer);
  }, [percent, attended]);
  return dimmed ? percent / 100 : 0;
}
