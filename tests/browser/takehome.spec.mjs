// "Take this home" (issue 17, item 5): a QR code of the scene on screen, in plain wording and the language
// on screen, in a dialog, on the printed handout and on the kiosk's closing card. Each code is read back
// from a screenshot with a QR decoder (jsQR) and must give the expected address: the page's own without
// a public address (and the dialog says so), the public one in a build with KME_PUBLIC_URL.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { test } from './fixtures.mjs';
import { waitFor, sleep, measurePixels, pauseClockAhead, buildWithPublicUrl, contextOnly, ROOT } from './helpers.mjs';

const en = JSON.parse(await readFile(path.join(ROOT, 'src/i18n/locales/en.json'), 'utf8'));
const es = JSON.parse(await readFile(path.join(ROOT, 'src/i18n/locales/es.json'), 'utf8'));
const PUBLIC = 'https://explain.example.org/ketamine/';

/** The text of the QR code drawn by `locator`, read from a screenshot of it (null when none is found). */
async function decodeQr(t, locator) {
  const png = await locator.screenshot({ animations: 'disabled' });
  // Only the grey levels come back from the browser that decodes the PNG; jsQR wants RGBA.
  const { width, height, grey } = await measurePixels(t.context, [png], ([image]) => {
    const grey = [];
    for (let i = 0; i < image.data.length; i += 4) grey.push(Math.round((image.data[i] + image.data[i + 1] + image.data[i + 2]) / 3));
    return { width: image.width, height: image.height, grey };
  });
  const rgba = new Uint8ClampedArray(width * height * 4);
  grey.forEach((v, i) => rgba.set([v, v, v, 255], i * 4));
  return jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

/** The code's drawing: square, with a white quiet zone of four modules all round (ISO/IEC 18004). */
async function checkDrawing(locator) {
  const drawing = await locator.evaluate((svg) => {
    const [, , w, h] = svg.getAttribute('viewBox').split(' ').map(Number);
    const rect = svg.querySelector('rect');
    const path = svg.querySelector('path');
    const xs = [...path.getAttribute('d').matchAll(/M(\d+) (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const box = svg.getBoundingClientRect();
    return {
      w,
      h,
      fill: getComputedStyle(rect).fill,
      ink: getComputedStyle(path).fill,
      min: Math.min(...xs.flat()),
      max: Math.max(...xs.flat()),
      ratio: box.width / box.height,
    };
  });
  assert.equal(drawing.w, drawing.h, 'a square code');
  assert.equal(drawing.min, 4, 'four modules of quiet zone at the top and left');
  assert.equal(drawing.max, drawing.w - 5, 'and at the bottom and right');
  assert.equal(drawing.fill, 'rgb(255, 255, 255)', 'on white');
  assert.equal(drawing.ink, 'rgb(0, 0, 0)', 'in black');
  assert.ok(Math.abs(drawing.ratio - 1) < 0.01, `drawn square (${drawing.ratio})`);
}

/** Opens the "Take this home" dialog (its code arrives after the first paint) and returns it. */
async function openDialog(page, name = en.ui.takeHome.button, title = en.ui.takeHome.title) {
  await page.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor({ state: 'visible', timeout: 10_000 });
  return dialog;
}

test('the dialog: a code that scans to this scene in plain words and this language, with the address under it', async ({ t }) => {
  const { page } = t;
  await page.setViewportSize({ width: 1280, height: 800 });
  // A clinician mid-scene, with settings changed: none of it goes into the code.
  await t.open('scene=ampa-activation&view=2d&level=clinician&exposure=high&t=7');
  const expected = `${t.origin}/?scene=ampa-activation&lang=en`;
  const dialog = await openDialog(page);
  const code = dialog.getByRole('img', { name: en.ui.takeHome.codeLabel.replace('{{link}}', expected) });
  await checkDrawing(code);
  assert.equal(await decodeQr(t, code), expected, 'the code scans to the scene at patient level, in English');
  assert.ok((await dialog.innerText()).includes(expected), 'the address is written under the code');
  // This build names no public address: the dialog says the code opens this same address.
  await dialog.getByText(en.ui.takeHome.ownAddress).waitFor({ state: 'visible' });
  await t.shot('takehome-dialog-1280x800');

  // In Spanish, on a phone, on another scene: the code follows the language and the scene.
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 390, height: 844 });
  await t.open('scene=bdnf-release&view=2d&lang=es');
  const spanish = await openDialog(page, es.ui.takeHome.button, es.ui.takeHome.title);
  const expectedEs = `${t.origin}/?scene=bdnf-release&lang=es`;
  const codeEs = spanish.locator('svg.qr-code');
  assert.equal(await decodeQr(t, codeEs), expectedEs);
  const box = await codeEs.boundingBox();
  assert.ok(box.width >= 200 && box.x >= 0 && box.x + box.width <= 390, `the code fits a phone, large (${JSON.stringify(box)})`);
  await t.shot('takehome-dialog-390x844');
});

test('dark theme: the code stays dark on white, and scans', async ({ t }) => {
  const { page } = t;
  await t.open('scene=nmda-blockade&view=2d&theme=dark');
  const dialog = await openDialog(page);
  const code = dialog.locator('svg.qr-code');
  await checkDrawing(code);
  assert.equal(await decodeQr(t, code), `${t.origin}/?scene=nmda-blockade&lang=en`);
});

test.describe('printed', () => {
  // The printed code is about 30 mm wide: a screen pixel per 0.26 mm is too coarse for a fair reading of
  // what paper gets; three device pixels per CSS pixel are closer to a printer's.
  test.use({ deviceScaleFactor: 3 });

  test('the handout carries the code of the scene on screen', async ({ t }) => {
    const { page } = t;
    await t.open('scene=glutamate-surge&view=2d&lang=es');
    await waitFor(() => t.requests.some((url) => /\/assets\/Handout-[\w-]+\.js/.test(url)), { message: "the handout's code fetched" });
    await sleep(300);
    // As in audiences.spec.mjs: headless Chromium has no print dialog to close, so the test stands in for
    // it with the events a browser sends around it; the code must be on the sheet when `beforeprint` ends.
    await page.evaluate(() => {
      window.print = () => {
        window.dispatchEvent(new Event('beforeprint'));
        window.__codesAtPrint = document.querySelectorAll('article.handout svg.qr-code').length;
      };
    });
    await page.getByRole('button', { name: es.handout.print, exact: true }).click();
    assert.equal(await page.evaluate(() => window.__codesAtPrint), 1, 'the code is drawn when printing starts');
    await page.emulateMedia({ media: 'print' });
    const code = page.locator('article.handout svg.qr-code');
    await code.waitFor({ state: 'visible' });
    await checkDrawing(code);
    assert.equal(await decodeQr(t, code), `${t.origin}/?scene=glutamate-surge&lang=es`);
    const sheet = await page.locator('article.handout').innerText();
    assert.ok(sheet.includes(es.ui.takeHome.handout), 'what the code is for');
    const mm = await code.evaluate((svg) => svg.getBoundingClientRect().width / (96 / 25.4));
    assert.ok(mm >= 25, `printed at least 25 mm wide (${mm.toFixed(1)} mm)`);
    await page.setViewportSize({ width: 794, height: 1123 });
    await t.shot('takehome-print-handout', { settle: 300 });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  });
});

for (const [width, height] of [[1920, 1080], [1280, 720], [390, 844]]) {
  test(`kiosk closing card at ${width}×${height}: the code scans and the whole card fits the screen`, async ({ t }) => {
    test.setTimeout(90_000);
    const { page } = t;
    await page.setViewportSize({ width, height });
    // The last scene looped alone at 4× (as in waitingroom.spec.mjs): the closing card comes soon, and the
    // page's clock stops once it is there, so that it stays for the measures and the pictures.
    await page.clock.install();
    await t.open('mode=kiosk&speed=4&view=2d&scenes=5&lang=es');
    const card = page.locator('.kiosk-card--closing');
    await card.waitFor({ state: 'attached', timeout: 60_000 });
    await pauseClockAhead(page);
    const code = card.locator('svg.qr-code');
    await code.waitFor({ state: 'visible' });
    await t.settled();
    const fit = await page.evaluate(() => {
      const card = document.querySelector('.kiosk-card--closing');
      const inView = (r) => r.left >= -1 && r.top >= -1 && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1;
      const inside = (r, o) => r.left >= o.left - 1 && r.top >= o.top - 1 && r.right <= o.right + 1 && r.bottom <= o.bottom + 1;
      const box = card.getBoundingClientRect();
      const parts = [...card.querySelectorAll('h2, h3, p, figure, svg.qr-code, .take-home__link')].map((el) => el.getBoundingClientRect());
      return {
        scroll: card.scrollHeight - card.clientHeight,
        page: document.documentElement.scrollHeight - innerHeight,
        cardInView: inView(box),
        outside: parts.filter((r) => !inside(r, box) || !inView(r)).length,
        qr: document.querySelector('.kiosk-card--closing svg.qr-code').getBoundingClientRect().width,
        box: [box.left, box.top, box.width, box.height].map(Math.round),
      };
    });
    console.log(`    ${width}×${height}: card ${fit.box.join(' ')}, code ${fit.qr.toFixed(0)} px`);
    assert.ok(fit.scroll <= 1, `the card scrolls by ${fit.scroll} px (${JSON.stringify(fit)})`);
    assert.ok(fit.page <= 0, `the page scrolls by ${fit.page} px`);
    assert.ok(fit.cardInView, 'the card is inside the screen');
    assert.equal(fit.outside, 0, `parts of the card clipped or off screen (${JSON.stringify(fit)})`);
    assert.ok(fit.qr >= 90, `a code large enough to scan (${fit.qr} px)`);
    // The clinic loops one scene (scenes=5): the code opens it, in the language on screen.
    assert.equal(await decodeQr(t, code), `${t.origin}/?scene=synaptogenesis&lang=es`);
    await t.shot(`takehome-kiosk-closing-${width}x${height}`);
  });
}

test(
  'a build with KME_PUBLIC_URL: the code opens the public address, and the dialog does not warn',
  { lock: '-exclusive-' }, // builds the app once more: alone, so its CPU use slows no other test
  async ({ t }) => {
    test.setTimeout(240_000);
    const { server, local } = await buildWithPublicUrl('dist-takehome', PUBLIC);
    try {
      const context = await contextOnly(t.context.browser(), local);
      const page = await context.newPage();
      await page.goto(`${local}?scene=nmda-blockade&view=2d&level=clinician`, { waitUntil: 'load' });
      await page.waitForSelector('#root > [data-app][data-ready]', { state: 'attached', timeout: 15_000 });
      const dialog = await openDialog(page);
      const code = dialog.locator('svg.qr-code');
      assert.equal(await decodeQr({ context }, code), `${PUBLIC}?scene=nmda-blockade&lang=en`);
      assert.equal(await dialog.getByText(en.ui.takeHome.ownAddress).count(), 0, 'no warning: the address is the public one');
      await context.close();
    } finally {
      await server.close();
    }
  },
);
