import { useEffect } from 'react';

/**
 * Keeps a kiosk screen awake where the browser offers the Screen Wake Lock API. The lock is released
 * whenever the page is hidden, so it is asked for again when the page shows.
 */
export function useWakeLock(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | undefined;
    let active = true;
    const request = () => {
      if (document.visibilityState !== 'visible') return;
      navigator.wakeLock.request('screen').then(
        (sentinel) => {
          if (active) lock = sentinel;
          else void sentinel.release();
        },
        () => undefined, // refused (battery saver, no permission): the screen may sleep; nothing else to do
      );
    };
    request();
    document.addEventListener('visibilitychange', request);
    return () => {
      active = false;
      document.removeEventListener('visibilitychange', request);
      void lock?.release();
    };
  }, [enabled]);
}
