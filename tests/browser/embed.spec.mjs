// Article embed (issue 6, interface.md "Embedding" and "postMessage"): the app framed by a host page on
// ANOTHER origin (a second loopback port served from here) under the strict Content-Security-Policy that
// `vite preview` sends; the postMessage events and commands; malformed messages ignored; the script
// embed <ketamine-explorer>; the layout at 320 and 1000 px; the example article; the Embed dialog.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { waitFor, DOSE } from './helpers.mjs';
import { CSP_DIRECTIVES, ID, appFrame, appState, assertCsp, events, hostContext, hostPage, startHost, waitForEvent } from './host.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// ---- iframe embed ------------------------------------------------------------------------------

test('iframe on another origin: ready, goto → scenechange, set, under the strict CSP', async ({ t }) => {
  const host = await startHost({
    '/': hostPage(`<iframe src="${t.origin}/?mode=embed&scene=ampa-activation" title="Explainer" style="width:100%;height:900px;border:0"></iframe>`),
  });
  const h = await hostContext(t, host.origin);
  try {
    const { page } = h;
    await page.goto(`${host.origin}/`);
    const ready = await waitForEvent(page, (e) => e.data?.type === 'ready', 'the ready event');
    assert.deepEqual(ready.data, { source: ID, type: 'ready', scene: 'ampa-activation' }, 'ready names the scene');
    assert.equal(ready.origin, t.origin, 'sent by the app');
    assert.ok(ready.fromFrame, 'sent from the iframe');
    assertCsp(h.cspHeaders);

    const frame = await appFrame(page);
    let state = await appState(frame);
    assert.equal(state.scene, 'ampa-activation');
    assert.equal(state.mode, 'embed');

    const resize = await waitForEvent(page, (e) => e.data?.type === 'resize', 'a resize event');
    assert.ok(Number.isInteger(resize.data.height) && resize.data.height > 200, `resize carries the height (${resize.data.height})`);
    assert.deepEqual(Object.keys(resize.data).sort(), ['height', 'source', 'type']);

    const post = (message) =>
      page.evaluate(([m, target]) => document.querySelector('iframe').contentWindow.postMessage(m, target), [message, t.origin]);

    await post({ target: ID, type: 'goto', scene: 'synaptogenesis' });
    const change = await waitForEvent(page, (e) => e.data?.type === 'scenechange', 'the scenechange event');
    assert.deepEqual(change.data, { source: ID, type: 'scenechange', scene: 'synaptogenesis' });
    await waitFor(async () => (await appState(frame)).scene === 'synaptogenesis', { message: 'data-scene="synaptogenesis"' });

    const plain = (await appState(frame)).caption;
    assert.ok(plain, 'a caption shows');
    await post({ target: ID, type: 'set', params: { level: 'clinician' } });
    await waitFor(async () => {
      const caption = (await appState(frame)).caption;
      return caption && caption !== plain;
    }, { message: 'the caption to change to the technical wording' });

    await post({ target: ID, type: 'pause' });
    await post({ target: ID, type: 'play' });
    await post({ target: ID, type: 'goto', scene: '2', t: 0.5 });
    await waitFor(async () => (await appState(frame)).scene === 'glutamate-surge', { message: 'goto by number' });
    await waitForEvent(page, (e) => e.data?.type === 'scenechange' && e.data.scene === 'glutamate-surge', 'the second scenechange');
    h.assertClean();
  } finally {
    await h.close();
    await host.close();
  }
});

test('malformed and hostile messages are ignored without a trace', async ({ t }) => {
  const host = await startHost({
    '/': hostPage(`<iframe src="${t.origin}/?mode=embed&scene=ampa-activation" title="Explainer" style="width:100%;height:900px;border:0"></iframe>`),
  });
  const h = await hostContext(t, host.origin);
  try {
    const { page } = h;
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss().catch(() => {});
    });
    await page.goto(`${host.origin}/`);
    await waitForEvent(page, (e) => e.data?.type === 'ready', 'the ready event');
    const frame = await appFrame(page);
    await frame.evaluate(() => {
      window.__alerts = [];
      window.alert = (...args) => window.__alerts.push(args.join(' '));
    });
    const before = await appState(frame);
    const eventsBefore = (await events(page)).filter((e) => e.data?.type !== 'resize').length;

    // Sent from inside the host page, so that JSON-made own `__proto__` keys survive as they are.
    await page.evaluate(() => {
      const win = document.querySelector('iframe').contentWindow;
      const send = (m) => win.postMessage(m, '*');
      const long = 'x'.repeat(200_000);
      const hostile = [
        'play',
        JSON.stringify({ target: 'ketamine-explorer', type: 'goto', scene: 'bdnf-release' }),
        42,
        null,
        true,
        ['ketamine-explorer', 'goto', 'bdnf-release'],
        { target: 'x' },
        { target: 'x', type: 'goto', scene: 'bdnf-release' },
        { target: 'ketamine-explorer' },
        { target: 'ketamine-explorer', type: 'destroy' },
        { target: 'ketamine-explorer', type: 'toString' },
        { target: 'ketamine-explorer', type: 'goto', scene: '<img src=x onerror=alert(1)>' },
        { target: 'ketamine-explorer', type: 'goto', scene: long },
        { target: 'ketamine-explorer', type: 'goto', scene: { id: 'bdnf-release' } },
        { target: 'ketamine-explorer', type: 'goto', scene: ['bdnf-release'] },
        { target: 'ketamine-explorer', type: 'goto', scene: 'bdnf-release', t: 7 },
        { target: 'ketamine-explorer', type: 'goto', scene: 'bogus' },
        { target: 'ketamine-explorer', type: 'goto', scene: 'bdnf-release', t: 'half' },
        { target: 'ketamine-explorer', type: 'goto', scene: 'bdnf-release', t: Infinity },
        { target: 'ketamine-explorer', type: 'goto', scene: 'bdnf-release', t: -Infinity },
        { target: 'ketamine-explorer', type: 'goto', scene: 'bdnf-release', t: NaN },
        { target: 'ketamine-explorer', type: 'goto', scene: Infinity },
        { target: 'ketamine-explorer', type: 'set', params: { level: 'admin' } },
        { target: 'ketamine-explorer', type: 'set', params: { exposure: Infinity } },
        { target: 'ketamine-explorer', type: 'set', params: { time: NaN } },
        { target: 'ketamine-explorer', type: 'set', params: { level: '<script>alert(1)</script>' } },
        { target: 'ketamine-explorer', type: 'goto', scene: 'bdnf-release', extra: { deep: { deeper: 1 } } },
        { target: 'ketamine-explorer', type: 'set', params: 'level=clinician' },
        { target: 'ketamine-explorer', type: 'set', params: [['level', 'clinician']] },
        { target: 'ketamine-explorer', type: 'set', params: { level: { toString: null } } },
        { target: 'ketamine-explorer', type: 'set', params: { level: long } },
        { target: 'ketamine-explorer', type: 'set', params: { scene: 'bdnf-release', mode: 'kiosk' } },
        JSON.parse('{"target":"ketamine-explorer","type":"goto","scene":"bdnf-release","__proto__":{"polluted":true}}'),
        JSON.parse('{"target":"ketamine-explorer","type":"set","params":{"__proto__":{"level":"clinician"}}}'),
        JSON.parse('{"__proto__":{"target":"ketamine-explorer","type":"goto","scene":"bdnf-release"}}'),
        { target: 'ketamine-explorer', type: 'goto', scene: 'bdnf-release', constructor: { prototype: { polluted: true } } },
        new Date(),
        new Map([['target', 'ketamine-explorer']]),
        new ArrayBuffer(1024 * 1024),
      ];
      for (const m of hostile) send(m);
    });
    await page.waitForTimeout(600);

    const after = await appState(frame);
    assert.equal(after.scene, before.scene, 'the scene is unchanged');
    assert.equal(after.caption, before.caption, 'the caption is unchanged (no set applied)');
    assert.equal(after.polluted, false, 'Object.prototype is untouched');
    assert.deepEqual(await frame.evaluate(() => window.__alerts), [], 'no alert ran');
    assert.deepEqual(dialogs, [], 'no dialog opened');
    const html = await frame.content();
    assert.ok(!html.includes('onerror'), 'the hostile value is not echoed into the page');
    const newEvents = (await events(page)).filter((e) => e.data?.type !== 'resize').slice(eventsBefore);
    assert.deepEqual(newEvents, [], 'no scenechange (or anything else) was sent back');

    // Still working afterwards.
    await page.evaluate(() => document.querySelector('iframe').contentWindow.postMessage({ target: 'ketamine-explorer', type: 'goto', scene: 'bdnf-release' }, '*'));
    await waitForEvent(page, (e) => e.data?.type === 'scenechange' && e.data.scene === 'bdnf-release', 'a valid goto after the hostile ones');
    h.assertClean();
  } finally {
    await h.close();
    await host.close();
  }
});

// ---- script embed ------------------------------------------------------------------------------

test('script embed on another origin: <ketamine-explorer> renders and keeps its height in step', async ({ t }) => {
  // The host page has a strict policy of its own (no inline styles): the element must still work.
  const host = await startHost(
    {
      '/': hostPage(
        `<p>Before the explainer.</p>
        <script type="module" src="${t.origin}/embed.js"></script>
        <ketamine-explorer scene="bdnf-release" level="patient" bogus="1"></ketamine-explorer>
        <p>After the explainer.</p>`,
        { style: false },
      ),
    },
    { 'content-security-policy': `default-src 'self'; script-src 'unsafe-inline' ${t.origin}; frame-src ${t.origin}; img-src ${t.origin}; style-src 'self'` },
  );
  const h = await hostContext(t, host.origin);
  try {
    const { page } = h;
    await page.goto(`${host.origin}/`);
    const ready = await waitForEvent(page, (e) => e.element === 'ready', 'the ketamine-explorer:ready DOM event');
    assert.deepEqual(ready.detail, { scene: 'bdnf-release' });

    const shadow = await page.evaluate(() => {
      const el = document.querySelector('ketamine-explorer');
      const frame = el.shadowRoot?.querySelector('iframe');
      return frame && {
        mode: el.shadowRoot.mode,
        src: frame.getAttribute('src'),
        title: frame.getAttribute('title'),
        allowfullscreen: frame.hasAttribute('allowfullscreen'),
        loading: frame.getAttribute('loading'),
        width: frame.getBoundingClientRect().width,
        hostWidth: el.getBoundingClientRect().width,
      };
    });
    assert.ok(shadow, 'an iframe in the shadow root');
    assert.equal(shadow.mode, 'open');
    const src = new URL(shadow.src);
    assert.equal(src.origin, t.origin, 'the app next to embed.js');
    assert.equal(src.searchParams.get('mode'), 'embed');
    assert.equal(src.searchParams.get('scene'), 'bdnf-release');
    assert.equal(src.searchParams.get('bogus'), null, 'only the documented attributes are passed on');
    assert.ok(shadow.title.length > 0, 'the iframe has a title');
    assert.ok(shadow.allowfullscreen, 'allowfullscreen');
    assert.equal(shadow.loading, 'lazy');
    assert.ok(Math.abs(shadow.width - shadow.hostWidth) < 1, 'the iframe fills the element');
    assertCsp(h.cspHeaders);

    const frame = await appFrame(page, 'ketamine-explorer iframe');
    assert.equal((await appState(frame)).scene, 'bdnf-release');

    // The element's height is the app's content height, and follows it when the width changes.
    const heights = async () => ({
      frame: await page.evaluate(() => document.querySelector('ketamine-explorer').shadowRoot.querySelector('iframe').getBoundingClientRect().height),
      content: (await appState(frame)).height,
    });
    const matched = () =>
      waitFor(async () => {
        const hgt = await heights();
        return Math.abs(hgt.frame - hgt.content) <= 2 && hgt;
      }, { message: 'the iframe height to match its content' });
    const wide = await matched();
    await page.setViewportSize({ width: 360, height: 800 });
    const narrow = await matched();
    assert.notEqual(Math.round(narrow.frame), Math.round(wide.frame), `the height changed with the width (${wide.frame} → ${narrow.frame})`);
    const scroll = await frame.evaluate(() => document.scrollingElement.scrollHeight - document.scrollingElement.clientHeight);
    assert.ok(scroll <= 1, `no scrolling inside the frame (${scroll} px)`);
    await page.setViewportSize({ width: 1000, height: 900 });
    await matched();

    // Methods post commands; the element re-dispatches the app's events.
    await page.evaluate(() => document.querySelector('ketamine-explorer').goto('synaptogenesis'));
    const change = await waitForEvent(page, (e) => e.element === 'scenechange', 'the ketamine-explorer:scenechange DOM event');
    assert.deepEqual(change.detail, { scene: 'synaptogenesis' });
    const plain = (await appState(frame)).caption;
    await page.evaluate(() => document.querySelector('ketamine-explorer').set({ level: 'clinician' }));
    await waitFor(async () => {
      const c = (await appState(frame)).caption;
      return c && c !== plain;
    }, { message: 'set() to change the wording' });

    // A changed scene attribute goes there in the running app (element.spec tests the rest).
    await page.evaluate(() => document.querySelector('ketamine-explorer').setAttribute('scene', 'glutamate-surge'));
    await waitForEvent(page, (e) => e.element === 'scenechange' && e.detail.scene === 'glutamate-surge', 'a scenechange for the changed scene attribute');
    assert.equal((await appState(frame)).scene, 'glutamate-surge');
    h.assertClean();
  } finally {
    await h.close();
    await host.close();
  }
});

// ---- embed layout ------------------------------------------------------------------------------

async function describeViolations(violations) {
  return violations.map((v) => `[${v.impact}] ${v.id}: ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`).join('\n');
}

for (const width of [320, 600, 1000]) {
  test(`embed mode at ${width} px: compact, no horizontal scroll, disclaimer in view, axe clean`, async ({ t }) => {
    const { page } = t;
    await page.setViewportSize({ width, height: 900 });
    await t.open('mode=embed&scene=ampa-activation');
    const layout = await page.evaluate(() => {
      const se = document.scrollingElement;
      const footer = document.querySelector('footer');
      return {
        scrollWidth: se.scrollWidth,
        clientWidth: se.clientWidth,
        tools: document.querySelectorAll('.app-header__tools').length,
        speed: document.querySelectorAll('.transport select').length,
        transport: document.querySelectorAll('.transport').length,
        footerText: footer?.innerText ?? '',
        rootMinHeight: getComputedStyle(document.getElementById('root')).minHeight,
      };
    });
    assert.ok(layout.scrollWidth <= width, `no horizontal scroll at ${width} px (scrollWidth ${layout.scrollWidth})`);
    assert.equal(layout.tools, 0, 'no header tools in embed mode');
    assert.equal(layout.transport, 1, 'a transport');
    assert.equal(layout.speed, 0, 'the compact transport (no speed menu)');
    assert.match(layout.footerText, /for education only/i, 'the disclaimer is in the footer');
    assert.equal(layout.rootMinHeight, '0px', 'no full-viewport minimum height, so the frame can shrink');
    const about = page.getByRole('button', { name: /about this explainer/i });
    assert.equal(await about.count(), 1, 'the About button is there');
    assert.ok(await about.isVisible(), 'and visible');
    const state = await t.state();
    assert.equal(state.mode, 'embed');
    await t.shot(`embed-${width}`);
    // The picture's own accessibility belongs to the stage's tests (a11y.spec); this scan is the layout's.
    const violations = await t.axe({ exclude: '[data-stage]' });
    assert.equal(violations.length, 0, `axe violations at ${width} px:\n${await describeViolations(violations)}`);
  });
}

// ---- the example article -----------------------------------------------------------------------

test('example article shows both embeds, has no inline script and no dose', async ({ t }) => {
  const { page } = t;
  await page.addInitScript(() => {
    window.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.setViewportSize({ width: 1000, height: 900 });
  const response = await page.goto(`${t.origin}/article-example.html`, { waitUntil: 'load' });
  assert.ok(response.headers()['content-security-policy']?.includes("script-src 'self'"), 'the article is served under the CSP too');
  const html = await readFile(path.join(root, 'public', 'article-example.html'), 'utf8');
  assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/i.test(html), 'no inline script in the article');
  assert.ok(!/<style|\sstyle=/i.test(html), 'no inline style in the article');
  assert.ok(!/https?:\/\//i.test(html), 'no external resources in the article');

  // Bring each (lazy) embed into view so it loads, and wait for its app.
  const iframe = page.locator('iframe.embed__frame');
  await iframe.scrollIntoViewIfNeeded({ timeout: 20_000 }); // frames settle their height as they load
  const first = await appFrame(page, 'iframe.embed__frame');
  assert.equal((await appState(first)).scene, 'ampa-activation');
  const element = page.locator('ketamine-explorer');
  await element.scrollIntoViewIfNeeded({ timeout: 20_000 });
  const second = await appFrame(page, 'ketamine-explorer iframe');
  assert.equal((await appState(second)).scene, 'bdnf-release');
  await waitFor(
    async () =>
      Math.abs((await element.boundingBox()).height - (await appState(second)).height) <= 2,
    { message: 'the script embed to take its content height' },
  );
  const frameFit = await first.evaluate(() => document.scrollingElement.scrollHeight - document.scrollingElement.clientHeight);
  assert.ok(frameFit <= 0, `the plain iframe is tall enough for its content at 1000 px (${frameFit} px short)`);

  const text = await page.evaluate(() => document.body.innerText);
  assert.match(text, /educational/i, 'the article says the embeds are educational');
  const doses = text.split('\n').filter((line) => DOSE.test(line));
  assert.deepEqual(doses, [], 'no dose-like text in the article');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await t.shot('article');
});

test('example article at 360 px: no horizontal scroll, the plain iframe fits its content', async ({ t }) => {
  const { page } = t;
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${t.origin}/article-example.html`, { waitUntil: 'load' });
  const iframe = page.locator('iframe.embed__frame');
  await iframe.scrollIntoViewIfNeeded({ timeout: 20_000 });
  const first = await appFrame(page, 'iframe.embed__frame');
  await page.waitForTimeout(300);
  const short = await first.evaluate(() => document.scrollingElement.scrollHeight - document.scrollingElement.clientHeight);
  assert.ok(short <= 0, `the plain iframe is tall enough for its content at 360 px (${short} px short)`);
  const scrollWidth = await page.evaluate(() => document.scrollingElement.scrollWidth);
  assert.ok(scrollWidth <= 360, `no horizontal scroll (${scrollWidth})`);
  await page.locator('ketamine-explorer').scrollIntoViewIfNeeded({ timeout: 20_000 });
  await appFrame(page, 'ketamine-explorer iframe');
  await t.shot('article-360');
});

// ---- CSP and the built page ---------------------------------------------------------------------

test('the app is served with the strict CSP and its built page has no inline script', async ({ t }) => {
  const { page } = t;
  const response = await page.goto(`${t.origin}/?mode=embed`, { waitUntil: 'load' });
  const header = response.headers()['content-security-policy'] ?? '';
  for (const directive of CSP_DIRECTIVES) assert.ok(header.includes(directive), `CSP has "${directive}" (got ${JSON.stringify(header)})`);
  assert.ok(!/unsafe-eval/.test(header) && !/script-src[^;]*unsafe-inline/.test(header), 'no unsafe-eval, no inline scripts allowed');
  const html = await readFile(path.join(root, 'dist', 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs) || body.trim());
  assert.deepEqual(inline.map((m) => m[0].slice(0, 80)), [], 'no inline script in dist/index.html');
  assert.ok(!/\son[a-z]+=/i.test(html), 'no inline event handlers in dist/index.html');
});

// ---- the Embed dialog ----------------------------------------------------------------------------

test('Embed dialog writes both snippets for the current moment and copies them', async ({ t }) => {
  const { page, context } = t;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.origin });
  await t.open('scene=bdnf-release&level=clinician&time=weeks');
  const button = page.getByRole('button', { name: 'Embed', exact: true });
  assert.equal(await button.count(), 1, 'one "Embed" button in explore mode');
  await button.click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor({ state: 'visible' });
  const boxes = dialog.locator('textarea');
  assert.equal(await boxes.count(), 2, 'two snippets');
  const [iframeCode, scriptCode] = [await boxes.nth(0).inputValue(), await boxes.nth(1).inputValue()];
  const base = `${t.origin}/`;
  assert.match(iframeCode, /^<iframe src="([^"]+)" title="[^"]+"/, 'an iframe with a title');
  const src = new URL(iframeCode.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&'));
  assert.equal(`${src.origin}${src.pathname}`, base);
  assert.equal(src.searchParams.get('mode'), 'embed');
  assert.equal(src.searchParams.get('scene'), 'bdnf-release');
  assert.equal(src.searchParams.get('level'), 'clinician');
  assert.equal(src.searchParams.get('time'), 'weeks');
  assert.match(iframeCode, /allowfullscreen/);
  assert.ok(scriptCode.includes(`<script type="module" src="${base}embed.js"></script>`), 'the script loads embed.js next to the app');
  assert.match(scriptCode, /<ketamine-explorer scene="bdnf-release" lang="en" level="clinician" time="weeks"><\/ketamine-explorer>/);

  const violations = await t.axe({ exclude: '[data-stage]' });
  assert.equal(violations.length, 0, `axe violations with the Embed dialog open:\n${await describeViolations(violations)}`);
  await t.shot('embed-dialog');

  await dialog.getByRole('button', { name: /^copy/i }).first().click();
  await dialog.getByRole('status').filter({ hasText: 'Copied' }).waitFor({ state: 'attached' });
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), iframeCode, 'the iframe snippet is on the clipboard');
  await dialog.getByRole('button', { name: /^copy/i }).last().click();
  await waitFor(async () => (await page.evaluate(() => navigator.clipboard.readText())) === scriptCode, { message: 'the script snippet on the clipboard' });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
});
