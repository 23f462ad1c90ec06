// A host page on another origin, for the embed tests (embed.spec and the embed-* specs): a second tiny
// HTTP server on a free loopback port, a browser context that allows both origins and checks both for
// errors, and readers for the app's frame and the messages the host page saw.
import http from 'node:http';
import assert from 'node:assert/strict';
import { waitFor } from './helpers.mjs';

export const ID = 'ketamine-explorer';

/** The directives of interface.md that the app's responses must carry. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  'frame-ancestors *',
];

// ---- a host page on another origin ------------------------------------------------------------

/** Serves `pages` (path → HTML, or { type, body }) on 127.0.0.1 at a free port: a different origin from the app's. */
export async function startHost(pages, headers = {}) {
  const server = http.createServer((req, res) => {
    // A page is its HTML, or { type, body } for any other file.
    const page = pages[new URL(req.url, 'http://x').pathname];
    const { type = 'text/html; charset=utf-8', body = page } = typeof page === 'object' ? page : {};
    res.writeHead(page ? 200 : 404, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    res.end(body ?? 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The host page's own script: records every message and element event it sees, in order. */
export const RECORDER = `
  window.__events = [];
  window.addEventListener('message', (event) => {
    const frame = document.querySelector('iframe');
    window.__events.push({ data: event.data, origin: event.origin, fromFrame: !!frame && event.source === frame.contentWindow });
  });
  for (const type of ['ready', 'scenechange', 'resize']) {
    document.addEventListener('${ID}:' + type, (event) => window.__events.push({ element: type, detail: event.detail }));
  }
`;

export const hostPage = (body, { style = true } = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host article</title><script>${RECORDER}</script>
${style ? '<style>body{margin:0;font-family:sans-serif} main{max-width:760px;margin:0 auto;padding:12px}</style>' : ''}</head>
<body><main><h1>Host article</h1>${body}</main></body></html>`;

// ---- a WordPress post (wordpress.spec, nginx.spec) --------------------------------------------

export const SECRET = 'Ab12Cd34Ef';

/** wp-embed's listener: a letters-and-digits secret, the frame holding it, its own window; 200–1000 px. */
const WP_EMBED = `
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || /[^a-zA-Z0-9]/.test(data.secret)) return;
    for (const frame of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
      if (event.source !== frame.contentWindow || data.message !== 'height') continue;
      frame.removeAttribute('style');
      frame.height = Math.min(Math.max(parseInt(data.value, 10) || 0, 200), 1000);
    }
  });
  window.askAgain = () => {
    const frame = document.querySelector('iframe.wp-embedded-content');
    frame.contentWindow.postMessage({ message: 'ready', secret: frame.dataset.secret }, '*');
  };
`;

/** A post as WordPress shows a pasted link: the oEmbed iframe, sandboxed, the secret in its hash. */
export const wordPressPost = (origin, { secret = SECRET } = {}) =>
  hostPage(`<script>${WP_EMBED}</script><style>iframe{max-width:100%}</style>
    <p>A post with a pasted link.</p>
    <iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" data-secret="${secret}" frameborder="0"
      src="${origin}/?mode=embed&scene=bdnf-release#?secret=${secret}" width="600" height="338"
      title="How ketamine is thought to work" style="position:absolute;clip:rect(1px,1px,1px,1px)"></iframe>
    <p>After the embed.</p>`);

/** Waits until the post's frame has its content's height (within WordPress's 200–1000 px): { content, box }. */
export function wordPressFit(page, frame) {
  let last;
  return waitFor(async () => {
    const content = (await appState(frame)).height;
    const box = (await page.locator('iframe.wp-embedded-content').boundingBox()).height;
    last = { content, box };
    return Math.abs(box - Math.min(content, 1000)) <= 1 && last;
  }, { timeout: 15_000, message: 'the frame to take its content height' }).catch((error) => {
    throw new Error(`${error.message}: ${JSON.stringify(last)}`);
  });
}

/**
 * A browser context of our own for the host page: the `t` fixture's context allows only the app's origin,
 * and this test needs a second one. It gets the same checks: no page errors, no console errors (CSP
 * violations are turned into console errors in every frame), no request outside the two origins.
 */
export async function hostContext(t, hostOrigin, viewport = { width: 1000, height: 900 }) {
  const context = await t.context.browser().newContext({ viewport, locale: 'en-US' });
  context.setDefaultTimeout(10_000);
  const problems = [];
  const cspHeaders = new Map();
  await context.addInitScript(() => {
    window.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${location.href}`);
    });
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${t.origin}/`) || url.startsWith(`${hostOrigin}/`)) return route.continue();
    problems.push(`request outside the two origins: ${url}`);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err?.stack ?? err}`));
  page.on('response', (res) => {
    if (res.url().startsWith(`${t.origin}/`)) {
      if (res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`);
      if (res.request().resourceType() === 'document') cspHeaders.set(res.url(), res.headers()['content-security-policy'] ?? '');
    }
  });
  return {
    page,
    cspHeaders,
    assertClean() {
      assert.deepEqual(problems, [], 'no errors, CSP violations or foreign requests in the host page or its frames');
    },
    close: () => context.close().catch(() => {}),
  };
}

export const events = (page) => page.evaluate(() => window.__events);

export async function waitForEvent(page, predicate, message) {
  return waitFor(async () => (await events(page)).find(predicate), { timeout: 15_000, message });
}

/** The app's frame inside the host page (cross-origin: only Playwright can look inside). */
export async function appFrame(page, selector = 'iframe') {
  const handle = await page.locator(selector).elementHandle();
  const frame = await handle.contentFrame();
  await frame.waitForSelector('#root > [data-app][data-scene][data-ready]', { state: 'attached', timeout: 15_000 });
  return frame;
}

export const appState = (frame) =>
  frame.evaluate(() => {
    const el = document.querySelector('#root > [data-app]');
    const captions = document.querySelectorAll('[data-caption]');
    return {
      scene: el?.getAttribute('data-scene'),
      mode: el?.getAttribute('data-mode'),
      caption: captions.length === 1 ? captions[0].textContent.replace(/\s+/g, ' ').trim() : null,
      polluted: Object.prototype.hasOwnProperty('polluted') || {}.level !== undefined,
      height: Math.ceil(document.documentElement.getBoundingClientRect().height),
    };
  });

export function assertCsp(cspHeaders) {
  assert.ok(cspHeaders.size > 0, 'the app document was loaded');
  for (const [url, header] of cspHeaders) {
    for (const directive of CSP_DIRECTIVES) assert.ok(header.includes(directive), `${url} is served with "${directive}" (got ${JSON.stringify(header)})`);
  }
}


/** A screenshot of a host page (not the `t` fixture's own page) at test-results/screens/<name>.png. */
export async function hostShot(page, name, { fullPage = true } = {}) {
  const { mkdir } = await import('node:fs/promises');
  const dir = new URL('../../test-results/screens/', import.meta.url);
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, dir).pathname, fullPage });
}
