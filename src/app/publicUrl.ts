/**
 * The explorer's public address, for links that leave the page: the "take this home" QR code, the
 * share pages' Open Graph and oEmbed URLs, the embed snippets. A clinic may run the app on an intranet
 * address that a patient's phone cannot open, so the deployment names the address people can reach
 * with the build setting `KME_PUBLIC_URL` (e.g. `KME_PUBLIC_URL=https://explain.example.org/ketamine/
 * npm run build`; see the README, "Hosting it"). Without it, links use the page's own address.
 */

/** The configured address, normalised to end in "/", or null when unset or not an http(s) URL. */
export function parsePublicUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.username || url.password) return null;
    url.search = '';
    url.hash = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  } catch {
    return null;
  }
}

/** The build's public address (`KME_PUBLIC_URL`), or null. */
export const PUBLIC_URL: string | null = parsePublicUrl(import.meta.env.KME_PUBLIC_URL as string | undefined);

/**
 * The base that outgoing links start from: the configured public address, else the folder of the page
 * itself (`location` without its query and hash). `configured` says which, so a dialog can tell the
 * clinician that the link only opens where this page opens.
 */
export function linkBase(location: Pick<Location, 'href'> = window.location): { base: string; configured: boolean } {
  if (PUBLIC_URL) return { base: PUBLIC_URL, configured: true };
  const url = new URL('./', location.href);
  return { base: url.href, configured: false };
}
