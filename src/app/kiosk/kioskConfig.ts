import type { Params } from '../../model/params';
import { resolveKiosk, type KioskSettings } from '../../model/kioskSettings';

/** The clinic's settings file, beside index.html (README, "Running on a waiting-room screen"). */
const CONFIG_FILE = 'kiosk.json';
/** A screen starting without its file must not wait long: the loop runs on its defaults. */
const TIMEOUT_MS = 3000;
/** Far more than any real file; a larger one is not read. */
const MAX_CHARS = 64 * 1024;

/** kiosk.json's parsed JSON, or undefined (with one warning) when it is missing, slow, too large or not JSON. */
async function readConfigFile(): Promise<unknown> {
  let problem = 'it could not be fetched';
  try {
    const response = await fetch(new URL(CONFIG_FILE, document.baseURI), { cache: 'no-cache', signal: AbortSignal.timeout(TIMEOUT_MS) });
    // A server that answers every address with the app's page (an SPA fallback) has no kiosk.json either.
    if (response.ok && /html/i.test(response.headers.get('content-type') ?? '')) problem = 'there is none';
    else if (response.ok) {
      const text = await response.text();
      problem = text.length > MAX_CHARS ? 'it is too large' : 'it is not valid JSON';
      if (text.length <= MAX_CHARS) return JSON.parse(text);
    } else problem = response.status === 404 ? 'there is none' : `the server answered ${response.status}`;
  } catch {
    // The reason is said below in our own words: a parser's message would repeat the file's text.
  }
  console.warn(`[ketamine-explorer] kiosk.json is not used (${problem}); the kiosk runs on its defaults and the address's parameters.`);
  return undefined;
}

/** The kiosk's parameters and settings: the address's over kiosk.json's over the defaults. */
export async function configureKiosk(params: Params, languages: readonly string[]): Promise<{ params: Params; kiosk: KioskSettings }> {
  const file = await readConfigFile();
  return resolveKiosk(params, new URLSearchParams(window.location.search), file, { languages, base: document.baseURI });
}
