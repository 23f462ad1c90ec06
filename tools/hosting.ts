/**
 * The app's HTTP headers, in one place (README "Hosting it"): `vite preview` sends APP_HEADERS (so every
 * browser test runs under them), and the two production configurations are rendered from the same rules:
 *   deploy/nginx.conf   a site file for Debian's nginx (nginxSite)
 *   public/_headers     Netlify / Cloudflare Pages (headersFile), copied into dist/ by the build
 * Both files are generated, never edited by hand: tests/unit/hosting.test.ts compares them with these
 * functions (`npx vitest run -u tests/unit/hosting.test.ts` rewrites them after a change here).
 */
import { SCENE_IDS } from '../src/science/types.ts';
import { shareFiles } from './sharePages.ts';

/**
 * The strict Content-Security-Policy of interface.md ("Embedding"): no inline scripts, no eval, nothing
 * remote. `frame-ancestors *` lets articles on any origin frame the app (the point of mode=embed).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  'frame-ancestors *',
].join('; ');

/**
 * Headers for every file of the app. `Access-Control-Allow-Origin: *`: a frame sandboxed without
 * `allow-same-origin` (how WordPress shows embeds) has the opaque origin "null", and fetches the app's
 * module scripts, chunks and JSON in CORS mode; without the header they are refused and the frame stays
 * blank. The files are public and carry no credentials, so `*` gives nothing away. `no-referrer`: the
 * app tells no one where its readers came from.
 */
export const APP_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Access-Control-Allow-Origin': '*',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Hashed names never change content: a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Fixed names that change with each build: always asked again (a cheap 304 when unchanged). */
export const REVALIDATE = 'no-cache';

/** The static-host file of headers; not precached by the service worker (tools/precache.ts). */
export const HEADERS_FILE = '_headers';

/** The oEmbed answers' media type (oEmbed spec, discovery section). */
export const OEMBED_TYPE = 'application/json+oembed';

export interface CacheRule {
  /** An exact path, or a prefix ending in `/*`. */
  readonly path: string;
  readonly cacheControl: string;
}

/**
 * What each file may be cached for. Only hashed files are kept; every fixed name is revalidated (nginx
 * makes that its default; static hosts already revalidate files named in no rule, and get this list).
 */
export function cacheRules(): CacheRule[] {
  const fixed = ['/', '/index.html', '/boot.js', '/sw.js', '/embed.js', ...SCENE_IDS.map((id) => `/${shareFiles(id).page}`), '/share/*'];
  return [{ path: '/assets/*', cacheControl: IMMUTABLE }, ...fixed.map((path) => ({ path, cacheControl: REVALIDATE }))];
}

/** The oEmbed answers, which need their own media type (a plain `.json` would be application/json). */
export const oembedPaths = (): string[] => SCENE_IDS.map((id) => `/${shareFiles(id).oembed}`);

/** Media types by extension, for nginx (its own list says application/javascript for .js). */
const MEDIA_TYPES: Record<string, string> = {
  'text/html': 'html',
  'text/css': 'css',
  'text/javascript': 'js mjs',
  'application/json': 'json',
  'application/manifest+json': 'webmanifest',
  'image/svg+xml': 'svg',
  'image/png': 'png',
  'image/x-icon': 'ico',
  'font/woff2': 'woff2',
  'text/plain': 'txt',
};

/** Compressed when the browser asks (HTML always is). */
const COMPRESSED_TYPES = ['text/css', 'text/javascript', 'application/json', OEMBED_TYPE, 'application/manifest+json', 'image/svg+xml', 'text/plain'];

const GENERATED = (by: string) => `Generated from tools/hosting.ts (${by}); do not edit: change tools/hosting.ts, then\n# npx vitest run -u tests/unit/hosting.test.ts`;

/** `public/_headers`: Netlify / Cloudflare Pages. Rules never set the same header twice for one file. */
export function headersFile(): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    `# ${GENERATED('headersFile')}`,
    block('/*', APP_HEADERS),
    ...cacheRules().map((rule) => block(rule.path, { 'Cache-Control': rule.cacheControl })),
    ...oembedPaths().map((path) => block(path, { 'Content-Type': OEMBED_TYPE })),
  ].join('\n') + '\n';
}

/**
 * `deploy/nginx.conf`: a site file for Debian's nginx, included inside `http { }` (sites-enabled/). The
 * cache rules become a `map` on the path, so one set of `add_header` lines serves every file (nginx
 * drops a server's add_header lines in any location that has its own).
 * tools/serve-nginx.mjs replaces the `listen` and `root` lines to run it on a loopback port.
 */
export function nginxSite(): string {
  const mapKey = (path: string) => (path.endsWith('/*') ? `~^${path.slice(0, -1).replace(/[.]/g, '\\.')}` : path);
  const quote = (value: string) => `"${value.replace(/"/g, '\\"')}"`;
  const pad = (text: string, width: number) => text.padEnd(width);
  const rules = cacheRules().filter((rule) => rule.cacheControl !== REVALIDATE);
  const keyWidth = Math.max(...rules.map((rule) => mapKey(rule.path).length)) + 1;
  const types = Object.entries(MEDIA_TYPES);
  const typeWidth = Math.max(...types.map(([type]) => type.length)) + 1;
  return `# Ketamine Mechanism Explorer: nginx site (README "Hosting it").
# ${GENERATED('nginxSite')}
#
# Debian: copy to /etc/nginx/sites-available/ketamine-explorer, set \`root\` to the built dist/ folder and
# \`server_name\`/\`listen\` (TLS) for your host, link it into sites-enabled/, \`nginx -t && systemctl reload nginx\`.

# Cache-Control by path: hashed assets for a year, every fixed name revalidated every time.
map $uri $ketamine_explorer_cache {
  default ${quote(REVALIDATE)};
${rules.map((rule) => `  ${pad(mapKey(rule.path), keyWidth)}${quote(rule.cacheControl)};`).join('\n')}
}

server {
  listen 80;
  listen [::]:80;
  server_name _;
  root /var/www/ketamine-explorer;
  index index.html;
  server_tokens off;

  # The app's own media types (Debian's mime.types says application/javascript for .js).
  types {
${types.map(([type, extensions]) => `    ${pad(type, typeWidth)}${extensions};`).join('\n')}
  }
  default_type application/octet-stream;
  charset utf-8;
  charset_types text/css text/javascript application/json ${OEMBED_TYPE} application/manifest+json image/svg+xml text/plain;

  gzip on;
  gzip_vary on;
  gzip_min_length 256;
  gzip_types ${COMPRESSED_TYPES.join(' ')};

${Object.entries(APP_HEADERS).map(([name, value]) => `  add_header ${name} ${quote(value)} always;`).join('\n')}
  add_header Cache-Control $ketamine_explorer_cache;

  location / {
    try_files $uri $uri/ =404;
  }

  # The oEmbed answers (share/<scene>.json).
  location ~ ^/share/[^/]+\\.json$ {
    types { }
    default_type ${OEMBED_TYPE};
  }
}
`;
}
