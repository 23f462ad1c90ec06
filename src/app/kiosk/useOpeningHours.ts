import { useEffect } from 'react';
import { isOpen, type OpeningHours } from '../../model/kioskSettings';

/** How often the clock is read: the screen rests or wakes within half a minute of the hour set. */
const CHECK_MS = 30_000;

/** Tells `onClosedChange` whether the clinic is closed now by its opening hours (null: always open). */
export function useOpeningHours(hours: OpeningHours | null, onClosedChange: (closed: boolean) => void): void {
  useEffect(() => {
    if (!hours) return;
    const check = () => onClosedChange(!isOpen(hours, new Date()));
    check();
    const timer = setInterval(check, CHECK_MS);
    return () => {
      clearInterval(timer);
      onClosedChange(false);
    };
  }, [hours, onClosedChange]);
}
