// Inside a WordPress post (issue 15, interface.md "postMessage"): WordPress keeps only an
// `<iframe sandbox="allow-scripts">` of an oEmbed result, on the post's own origin, with a secret in
// the frame's hash, and sizes the frame only from wp-embed's `{ message: 'height', value, secret }`.
// The host page here does what wp-embed.js does (in its own words): the frame must draw with no console
// error (its origin is "null": module scripts need the app's CORS header; no storage, no service
// worker, no fullscreen) and the post must follow the content's height.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { waitFor } from './helpers.mjs';
import { SECRET, appFrame, appState, events, hostContext, hostShot, startHost, waitForEvent, wordPressFit, wordPressPost } from './host.mjs';

for (const width of [360, 1280]) {
  test(`WordPress post at ${width} px: the sandboxed frame draws and WordPress sizes it to its content`, async ({ t }) => {
    const host = await startHost({ '/': wordPressPost(t.origin) });
    const h = await hostContext(t, host.origin, { width, height: 900 });
    try {
      const { page } = h;
      await page.goto(`${host.origin}/`);
      const frame = await appFrame(page, 'iframe.wp-embedded-content');
      assert.equal((await appState(frame)).scene, 'bdnf-release', 'the scene of the link is drawn');
      const origin = await frame.evaluate(() => self.origin);
      assert.equal(origin, 'null', 'the frame runs with an opaque origin, as in WordPress');

      const height = await waitForEvent(page, (e) => e.data?.message === 'height', "wp-embed's height message");
      assert.deepEqual(Object.keys(height.data).sort(), ['message', 'secret', 'value'], 'exactly the fields wp-embed reads');
      assert.equal(height.data.secret, SECRET, 'the secret from the hash');
      assert.ok(Number.isInteger(height.data.value) && height.data.value > 200, `a height in pixels (${height.data.value})`);
      assert.ok(height.fromFrame, 'sent by the frame itself');
      assert.ok((await events(page)).some((e) => e.data?.type === 'resize'), 'the resize message goes out too');

      // The frame takes its content's height (within WordPress's own 200–1000 px) and follows it.
      const fits = () => wordPressFit(page, frame);
      const first = await fits();
      // The theme narrows its column: a new width, a new content height, a new frame height.
      await page.locator('iframe.wp-embedded-content').evaluate((frame) => (frame.width = '280'));
      const second = await fits();
      assert.notEqual(second.content, first.content, `the frame followed its content (${first.content} → ${second.content} px)`);

      // wp-embed loaded late asks again: the height comes once more.
      const before = (await events(page)).filter((e) => e.data?.message === 'height').length;
      await page.evaluate(() => window.askAgain());
      await waitFor(async () => (await events(page)).filter((e) => e.data?.message === 'height').length > before, {
        message: 'a height message in answer to ready',
      });
      await page.locator('iframe.wp-embedded-content').evaluate((frame) => (frame.width = '600'));
      await fits();
      await hostShot(page, `wordpress-${width}`);
      h.assertClean();
    } finally {
      await h.close();
      await host.close();
    }
  });
}

test('a malformed WordPress secret is ignored with one warning and no height message', async ({ t }) => {
  const host = await startHost({ '/': wordPressPost(t.origin, { secret: 'x%3Cb%3E' }) });
  const h = await hostContext(t, host.origin);
  const warnings = [];
  h.page.on('console', (msg) => msg.type() === 'warning' && warnings.push(msg.text()));
  try {
    const { page } = h;
    await page.goto(`${host.origin}/`);
    await appFrame(page, 'iframe.wp-embedded-content');
    await waitForEvent(page, (e) => e.data?.type === 'resize', 'the resize message');
    await page.waitForTimeout(300);
    assert.deepEqual((await events(page)).filter((e) => e.data?.message === 'height'), [], 'no height message');
    const secretWarnings = warnings.filter((w) => /secret/i.test(w));
    assert.equal(secretWarnings.length, 1, `one warning about the secret (${JSON.stringify(warnings)})`);
    assert.ok(!secretWarnings[0].includes('<b>'), 'the value is not echoed');
    h.assertClean();
  } finally {
    await h.close();
    await host.close();
  }
});
