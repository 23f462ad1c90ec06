// <ketamine-explorer> at model-viewer's level (issue 15): several elements on one host page (another
// origin) stay independent, fire load/scenechange/beatchange, follow attribute changes live, answer
// play()/pause()/goTo(); a lazy one below the fold loads nothing until scrolled to; malformed
// attributes fall back with one warning; other frames' messages and the host's CSS cannot reach it;
// and the npm package, packed with `npm pack`, works imported from its tarball.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { waitFor } from './helpers.mjs';
import { hostContext, hostShot, startHost } from './host.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Records each element's events (by its id) in window.__log. */
const LOGGER = `
  window.__log = [];
  for (const type of ['load', 'scenechange', 'beatchange', 'error']) {
    document.addEventListener(type, (event) => {
      if (event.target.localName === 'ketamine-explorer') window.__log.push({ id: event.target.id, type, detail: event.detail });
    }, true);
  }
`;

const page = (head, body, style = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host article</title><script>${LOGGER}</script>${head}
<style>body{margin:0;font-family:sans-serif} main{max-width:1000px;margin:0 auto;padding:12px;display:grid;gap:16px} ${style}</style></head>
<body><main><h1>Two explainers</h1>${body}</main></body></html>`;

const log = (p) => p.evaluate(() => window.__log);
const waitForLog = (p, predicate, message) => waitFor(async () => (await log(p)).find(predicate), { timeout: 20_000, message });

/** The frame inside element `#id` (cross-origin: Playwright looks inside). */
async function frameOf(p, id) {
  const handle = await p.locator(`#${id}`).evaluateHandle((el) => el.shadowRoot.querySelector('iframe'));
  return handle.asElement().contentFrame();
}
const stateOf = (frame) =>
  frame.evaluate(() => {
    const el = document.querySelector('#root > [data-app]');
    return { scene: el?.getAttribute('data-scene'), beat: Number(el?.getAttribute('data-beat')), caption: document.querySelector('[data-caption]')?.textContent.trim(), marker: window.__marker ?? null };
  });

for (const width of [360, 1280]) {
  test(`two elements at ${width} px: independent scenes, events, live attributes, methods; a lazy third loads when scrolled to`, async ({ t }) => {
    test.setTimeout(90_000);
    const host = await startHost({
      '/': page(
        `<script type="module" src="${t.origin}/embed.js"></script>`,
        `<ketamine-explorer id="a" scene="ampa-activation" loading="eager"></ketamine-explorer>
         <ketamine-explorer id="b" scene="bdnf-release" level="clinician"></ketamine-explorer>
         <div style="height:3000px">Long article text.</div>
         <ketamine-explorer id="c" scene="synaptogenesis"></ketamine-explorer>`,
        width > 800 ? 'main{grid-template-columns:1fr 1fr} main>h1,main>div{grid-column:1/-1}' : '',
      ),
    });
    const h = await hostContext(t, host.origin, { width, height: 900 });
    const requests = [];
    h.page.on('request', (r) => requests.push(r.url()));
    try {
      const p = h.page;
      await p.goto(`${host.origin}/`);
      // No layout shift: the box is about the app's size before the app is there.
      const before = await p.locator('#a').boundingBox();
      assert.ok(before.height > 300, `the element reserves its space before loading (${before.height} px)`);

      await waitForLog(p, (e) => e.id === 'a' && e.type === 'load', 'load of #a');
      await p.locator('#b').scrollIntoViewIfNeeded(); // below the first one on a phone
      await waitForLog(p, (e) => e.id === 'b' && e.type === 'load', 'load of #b');
      const loads = (await log(p)).filter((e) => e.type === 'load');
      assert.deepEqual(loads.map((e) => [e.id, e.detail.scene]).sort(), [['a', 'ampa-activation'], ['b', 'bdnf-release']], 'each its own scene');

      // The lazy one, far below the fold: no frame, no request for it or its poster.
      const lazy = () => p.evaluate(() => Boolean(document.querySelector('#c').shadowRoot.querySelector('iframe')));
      assert.equal(await lazy(), false, 'no frame yet for the element below the fold');
      assert.deepEqual(requests.filter((u) => u.includes('synaptogenesis')), [], 'nothing requested for it yet');

      const [a, b] = [await frameOf(p, 'a'), await frameOf(p, 'b')];
      await a.evaluate(() => (window.__marker = 'a'));
      await b.evaluate(() => (window.__marker = 'b'));
      const plainB = (await stateOf(b)).caption;

      // Live attribute changes: scene through goto, level through set; neither reloads its frame.
      await p.evaluate(() => document.querySelector('#a').setAttribute('scene', 'glutamate-surge'));
      await waitForLog(p, (e) => e.id === 'a' && e.type === 'scenechange' && e.detail.scene === 'glutamate-surge', 'scenechange of #a');
      await p.evaluate(() => document.querySelector('#b').setAttribute('level', 'patient'));
      await waitFor(async () => (await stateOf(b)).caption !== plainB, { message: '#b to take the plain wording' });
      assert.equal((await stateOf(a)).marker, 'a', '#a was not reloaded');
      assert.equal((await stateOf(b)).marker, 'b', '#b was not reloaded');
      assert.equal((await stateOf(b)).scene, 'bdnf-release', "#a's change did not reach #b");

      // Methods: goTo a beat fires beatchange; play moves on; pause stops.
      await p.evaluate(() => document.querySelector('#b').goTo('bdnf-release', 2));
      const beat = await waitForLog(p, (e) => e.id === 'b' && e.type === 'beatchange' && e.detail.beat === 2, 'beatchange of #b to beat 2');
      assert.equal(beat.detail.scene, 'bdnf-release');
      assert.ok(Number.isInteger(beat.detail.beats) && beat.detail.beats > 2);
      assert.equal((await stateOf(b)).beat, 2, 'the app shows beat 2');
      // (A browser draws no frames for a frame out of view, so the animation plays only where it is seen.)
      await p.locator('#a').scrollIntoViewIfNeeded();
      await p.evaluate(() => document.querySelector('#a').play());
      await waitForLog(p, (e) => e.id === 'a' && e.type === 'beatchange' && e.detail.scene === 'glutamate-surge' && e.detail.beat >= 1, 'playing #a to reach its next beat');
      await p.evaluate(() => document.querySelector('#a').pause());
      assert.equal((await log(p)).filter((e) => e.id === 'b' && e.detail.scene === 'glutamate-surge').length, 0, "#b heard none of #a's events");

      // What a reader sees: the first screen, and (on a phone) the second element scrolled to.
      await p.evaluate(() => window.scrollTo(0, 0));
      await p.waitForTimeout(1200); // the caption fades in after a beat change
      await hostShot(p, `element-two-${width}`, { fullPage: false });
      if (width < 800) {
        await p.locator('#b').scrollIntoViewIfNeeded();
        await p.waitForTimeout(300);
        await hostShot(p, `element-two-${width}-second`, { fullPage: false });
      }

      await p.locator('#c').scrollIntoViewIfNeeded();
      await waitForLog(p, (e) => e.id === 'c' && e.type === 'load' && e.detail.scene === 'synaptogenesis', 'the lazy element to load once scrolled to');
      assert.ok(requests.some((u) => u.includes('scene=synaptogenesis')), 'its frame loaded then');
      h.assertClean();
    } finally {
      await h.close();
      await host.close();
    }
  });
}

test('hostile host: malformed attributes fall back with one warning, never echoed; other frames ignored; host CSS cannot break it', async ({ t }) => {
  const evil = '<img src=x onerror=alert(1)>';
  const host = await startHost({
    '/': page(
      `<script type="module" src="${t.origin}/embed.js"></script>`,
      `<ketamine-explorer id="e" loading="eager" scene="${evil.replaceAll('<', '&lt;').replaceAll('>', '&gt;')}" level="admin" speed="1e9" src="javascript:alert(1)" poster="javascript:alert(2)"></ketamine-explorer>
       <iframe id="other" srcdoc="<script>parent.postMessage({source:'ketamine-explorer',type:'scenechange',scene:'x'},'*');parent.postMessage({source:'ketamine-explorer',type:'resize',height:5},'*')</script>"></iframe>`,
      // The host's CSS tries everything: hide frames, collapse boxes, shrink everything.
      // (The element's own box is the host's to size, as any element's; what is inside it is not.)
      'iframe,img,div{display:none!important;height:0!important;opacity:0!important} main>iframe{display:block!important}',
    ),
  });
  const h = await hostContext(t, host.origin);
  const warnings = [];
  h.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  try {
    const p = h.page;
    await p.goto(`${host.origin}/`);
    const loaded = await waitForLog(p, (e) => e.id === 'e' && e.type === 'load', 'load despite the bad attributes');
    assert.equal(loaded.detail.scene, 'nmda-blockade', 'the default scene');
    for (const name of ['scene', 'level', 'speed', 'src', 'poster']) {
      assert.equal(warnings.filter((w) => w.includes(`"${name}"`)).length, 1, `one warning for ${name} (${JSON.stringify(warnings)})`);
    }
    assert.ok(!warnings.some((w) => w.includes('onerror') || w.includes('javascript')), 'no value echoed in the warnings');
    const shadow = await p.evaluate(() => document.querySelector('#e').shadowRoot.innerHTML);
    assert.ok(!shadow.includes('onerror') && !shadow.includes('javascript:'), 'no attribute text in the shadow DOM');
    const box = await p.locator('#e').boundingBox();
    assert.ok(box.height > 400, `the host's CSS did not collapse the element (${box.height} px)`);
    const frame = await frameOf(p, 'e');
    assert.ok((await frame.evaluate(() => document.documentElement.getBoundingClientRect().height)) > 400, 'the app is drawn');
    await p.waitForTimeout(300);
    assert.deepEqual((await log(p)).filter((e) => e.type === 'scenechange'), [], "another frame's message is not an event");
    assert.ok((await p.locator('#e').boundingBox()).height > 400, "another frame's resize did not apply");
    h.assertClean();
  } finally {
    await h.close();
    await host.close();
  }
});

test('npm pack: the tarball holds the element and its types, and a page importing it from there works', { lock: '-exclusive-' }, async ({ t }) => {
  test.setTimeout(120_000); // builds and packs: alone (the -exclusive- lock), so its CPU use slows no other test
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kme-pack-'));
  try {
    const pkg = path.join(root, 'packages', 'ketamine-explorer');
    const [{ filename, files }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: pkg, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const packed = files.map((f) => f.path).sort();
    assert.deepEqual(packed, ['dist/ketamine-explorer.d.ts', 'dist/ketamine-explorer.js', 'package.json'], 'the built element, its declarations and package.json');
    execFileSync('tar', ['-xzf', path.join(dir, filename), '-C', dir]);
    const manifest = JSON.parse(await readFile(path.join(dir, 'package', 'package.json'), 'utf8'));
    assert.equal(manifest.exports['.'].default, './dist/ketamine-explorer.js');
    assert.equal(manifest.types, './dist/ketamine-explorer.d.ts');
    const types = await readFile(path.join(dir, 'package', manifest.types), 'utf8');
    assert.match(types, /export declare class KetamineExplorer extends HTMLElement/);
    assert.match(types, /beatchange: CustomEvent<\{/);
    assert.ok(!/from '\.\.?\//.test(types), 'the declarations stand alone');
    const js = await readFile(path.join(dir, 'package', manifest.exports['.'].default), 'utf8');

    const host = await startHost({
      '/node_modules/ketamine-explorer/dist/ketamine-explorer.js': { type: 'text/javascript', body: js },
      '/main.js': {
        type: 'text/javascript',
        body: `import { KetamineExplorer } from './node_modules/ketamine-explorer/dist/ketamine-explorer.js';
               window.__defined = customElements.get('ketamine-explorer') === KetamineExplorer;`,
      },
      '/': page('<script type="module" src="/main.js"></script>', `<ketamine-explorer id="n" src="${t.origin}/" scene="ampa-activation" loading="eager"></ketamine-explorer>`),
    });
    const h = await hostContext(t, host.origin);
    try {
      await h.page.goto(`${host.origin}/`);
      const loaded = await waitForLog(h.page, (e) => e.id === 'n' && e.type === 'load', 'the packed element to load the app');
      assert.equal(loaded.detail.scene, 'ampa-activation');
      assert.equal(await h.page.evaluate(() => window.__defined), true, 'the module exports the defined class');
      h.assertClean();
    } finally {
      await h.close();
      await host.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
