/**
 * Loads a part of the app that ships in a file of its own (the chart, the dialogs, the animation
 * features), trying again for as long as it fails: a clinic's Wi-Fi may drop just when the part is
 * fetched, and a kiosk is not reloaded by anyone.
 * Waits 1, 2, 4 … up to 30 seconds between tries, and tries at once when the browser is back online.
 * The promise never rejects, so the part waits in its Suspense fallback instead of failing the page.
 *
 * Browsers differ in what a second import() of a URL that failed does: some fetch it again, others
 * (Chromium 150, for one) remember the failure and answer with it without asking the network. So where
 * the error names the file (Chromium and Firefox do), later tries ask for it under a fresh query string,
 * which the server and the service worker ignore; otherwise the original loader is tried again.
 */
const FIRST_PAUSE_MS = 1000;
const LONGEST_PAUSE_MS = 30_000;

type Reimport = (url: string) => Promise<unknown>;

const reimportModule: Reimport = (url) => import(/* @vite-ignore */ url);

/** The app's own script named in a failed import's error message, if it names one. */
export function failedModuleUrl(error: unknown, origin = window.location.origin): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  for (const [candidate] of message.matchAll(/https?:\/\/[^\s'"]+?\.m?js\b/g)) {
    // Only ever a script of this app's own origin: a message is text, not a list of trusted URLs.
    if (new URL(candidate).origin === origin) return candidate;
  }
  return undefined;
}

export function importWithRetry<T>(load: () => Promise<T>, reimport: Reimport = reimportModule): Promise<T> {
  return new Promise((resolve) => {
    let pause = FIRST_PAUSE_MS;
    let tries = 0;
    let url: string | undefined;
    const attempt = () => {
      tries++;
      const next = url ? (reimport(`${url}?retry=${tries}`) as Promise<T>) : load();
      next.then(resolve, (error: unknown) => {
        url ??= failedModuleUrl(error);
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
