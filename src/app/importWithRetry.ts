/**
 * Loads a part of the app that ships in a file of its own (the chart, the dialogs, the animation
 * features), trying again for as long as it fails: a clinic's Wi-Fi may drop just when the part is
 * fetched, and a kiosk is not reloaded by anyone. Browsers fetch a module again after a failed fetch.
 * Waits 1, 2, 4 … up to 30 seconds between tries, and tries at once when the browser is back online.
 * The promise never rejects, so the part waits in its Suspense fallback instead of failing the page.
 */
const FIRST_PAUSE_MS = 1000;
const LONGEST_PAUSE_MS = 30_000;

export function importWithRetry<T>(load: () => Promise<T>): Promise<T> {
  return new Promise((resolve) => {
    let pause = FIRST_PAUSE_MS;
    const attempt = () => {
      load().then(resolve, () => {
        const again = () => {
          clearTimeout(timer);
          window.removeEventListener('online', again);
          attempt();
        };
        const timer = setTimeout(again, pause);
        window.addEventListener('online', again);
        pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
      });
    };
    attempt();
  });
}
