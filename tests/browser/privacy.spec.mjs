// Privacy (issue 8): a full walk through the explorer — every scene, every dialog, both wordings and
// languages, the panel, 2D and 3D, kiosk and embed — asks nothing of any host but the app's own, sets
// no cookie and stores nothing in the browser. (The runner blocks and reports other origins for every
// test; here the walk is wide and the checks are spelled out.)
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { SCENES, waitFor } from './helpers.mjs';

/**
 * What the app may keep in the browser: nothing in cookies, localStorage, sessionStorage or IndexedDB.
 * The only storage is the service worker's copy of the app's own files (tools/precache.ts), named
 * `ketamine-explorer-<build>`: no one's data.
 */
const ALLOWED_STORAGE_KEYS = { local: [], session: [], indexedDB: [] };
const CACHE_NAME = /^ketamine-explorer-[0-9a-z]+$/;

const blur = (page) => page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));

async function sceneIs(t, scene) {
  await waitFor(async () => (await t.state()).scene === scene, { message: `data-scene="${scene}"` });
  await t.caption();
}

/** Clicks `button`, waits for the dialog it opens, closes it with Escape. */
async function openAndClose(page, button) {
  await button.click();
  const dialog = page.locator('dialog[open]');
  await dialog.waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}

async function walkExplore(t) {
  const { page } = t;
  await t.open('view=2d');
  for (const [i, scene] of SCENES.entries()) {
    await blur(page);
    await page.keyboard.press(String(i + 1));
    await sceneIs(t, scene);
    await page.keyboard.press('End');
    await waitFor(async () => (await t.state()).beat > 0, { message: `${scene}: the last beat` });
    await openAndClose(page, page.getByRole('button', { name: 'References', exact: true }));
  }
  const footerLinks = page.locator('.app-footer__links button');
  for (let i = 0; i < (await footerLinks.count()); i++) await openAndClose(page, footerLinks.nth(i));
  await openAndClose(page, page.getByRole('button', { name: 'Keyboard shortcuts', exact: true }));
  await openAndClose(page, page.getByRole('button', { name: 'Embed', exact: true }));
  await page.getByRole('button', { name: /print a handout/i }).click();
  await page.getByRole('button', { name: /copy link/i }).click();
  await page.getByRole('button', { name: 'Read aloud', exact: true }).click();

  // The panel, the wording and the language: each value once.
  const radios = page.locator('.settings-panel input[type="radio"]');
  for (let i = 0; i < (await radios.count()); i++) await radios.nth(i).check();
  await page.getByRole('radio', { name: 'Technical', exact: true }).check();
  const language = page.locator('.language-select select'); // its label changes with the language
  for (const lang of await language.locator('option').evaluateAll((options) => options.map((o) => o.value))) {
    await language.selectOption(lang);
    await waitFor(() => page.evaluate((l) => document.documentElement.lang === l, lang), { message: `<html lang="${lang}">` });
    await t.caption();
  }
  await language.selectOption('en');

  // 3D, through every scene.
  await page.getByRole('button', { name: 'Show 3D view' }).click();
  await waitFor(async () => (await t.state()).view === '3d', { timeout: 20_000, message: 'the 3D view' });
  for (const [i, scene] of SCENES.entries()) {
    await blur(page);
    await page.keyboard.press(String(i + 1));
    await sceneIs(t, scene);
  }
}

async function walkKioskAndEmbed(t) {
  const { page } = t;
  await t.open('mode=kiosk&speed=16');
  // One loop at 16×: the opening card, the five scenes and the closing card. About 12 s; far longer on a
  // busy machine, where the kiosk's frames (which move it on) come slowly.
  await waitFor(async () => (await t.state()).scene === SCENES.at(-1), { timeout: 90_000, message: 'the kiosk loop to reach the last scene' });
  await page.mouse.click(400, 400);
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  await t.open('mode=embed&scene=ampa-activation&view=2d');
  await openAndClose(page, page.getByRole('button', { name: /about this explainer/i }));
}

test('a full walk asks only the app’s own origin, sets no cookie and stores nothing personal', async ({ t }) => {
  test.setTimeout(180_000);
  const { page, context } = t;
  await page.addInitScript(() => {
    window.print = () => {}; // the handout's print dialog would block the walk
  });
  await walkExplore(t);
  await walkKioskAndEmbed(t);

  const foreign = t.requests.filter((url) => !url.startsWith(`${t.origin}/`) && !/^(data|blob):/.test(url));
  assert.deepEqual(foreign, [], 'every request went to the app’s own origin');
  assert.ok(t.requests.some((url) => /\/assets\/ThreeStage-[\w-]+\.js$/.test(url)), 'the walk loaded the 3D view');
  assert.ok(t.requests.some((url) => /\/assets\/AppDialogs-[\w-]+\.js$/.test(url)), 'the walk loaded the dialogs');

  assert.deepEqual(await context.cookies(), [], 'no cookies');
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
  }));
  assert.equal(stored.cookie, '', 'document.cookie is empty');
  assert.deepEqual(
    { local: stored.local, session: stored.session, indexedDB: stored.indexedDB },
    ALLOWED_STORAGE_KEYS,
    'nothing in localStorage, sessionStorage or IndexedDB',
  );
  for (const name of stored.caches) assert.match(name, CACHE_NAME, 'only the service worker’s copy of the app is cached');
  const cachedUrls = await page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls;
  });
  assert.deepEqual(cachedUrls.filter((url) => !url.startsWith(`${t.origin}/`)), [], 'the cache holds the app’s own files only');
});
