import type { Warn } from '../../model/params';

/**
 * WordPress's embed protocol (wp-embed), as pure functions. A WordPress post turns a pasted link into
 * an `<iframe sandbox="allow-scripts">` of our oEmbed HTML, appends `#?secret=<random letters and
 * digits>` to its address, and sizes the frame only when the page inside sends its parent
 * `{ message: 'height', value, secret }` with that secret. When its own script starts late it asks
 * again with `{ message: 'ready', secret }`, and the height is sent once more.
 *
 * WordPress itself drops any secret with a character other than a letter or a digit, so such a hash
 * is not WordPress: it is ignored with one warning (interface.md: bad input falls back, never echoed).
 */

/** The parent's height message, exactly as wp-embed reads it. */
export interface WordPressHeight {
  readonly message: 'height';
  readonly value: number;
  readonly secret: string;
}

/** wp-embed's secrets are 10 letters and digits; a little room either way, nothing else. */
const SECRET = /^[A-Za-z0-9]{1,32}$/;

/**
 * The secret in a page hash such as `#?secret=Ab12Cd34Ef` (also `#secret=…`, or among other hash
 * parameters), or null when there is none or it is malformed (then `warn` is told once, without it).
 */
export function readWordPressSecret(hash: string, warn: Warn): string | null {
  const query = new URLSearchParams(hash.replace(/^#\??/, ''));
  if (!query.has('secret')) return null;
  const all = query.getAll('secret');
  if (all.length === 1 && SECRET.test(all[0]!)) return all[0]!;
  warn('[ketamine-explorer] The WordPress "secret" in the address is malformed; the frame will not ask WordPress to resize it.');
  return null;
}

export function wordPressHeight(height: number, secret: string): WordPressHeight {
  return { message: 'height', value: Math.max(0, Math.ceil(height)), secret };
}

/** wp-embed's `{ message: 'ready', secret }` with our secret: the parent wants the height again. */
export function isWordPressReady(data: unknown, secret: string): boolean {
  if (typeof data !== 'object' || data === null) return false;
  try {
    return Object.hasOwn(data, 'message') && Object.hasOwn(data, 'secret') && (data as { message: unknown }).message === 'ready' && (data as { secret: unknown }).secret === secret;
  } catch {
    return false;
  }
}
