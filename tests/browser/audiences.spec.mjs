// The three audiences of issue 6 beyond the embed: the waiting-room kiosk (loop, idle resume, language
// rotation, calm screens), the printed patient handout, and the "What you may have read" card.
import { readFile, mkdir, writeFile, access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { test, assert, SCENES, waitFor, sleep } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const localeFile = (lang) => path.join(root, 'src/i18n/locales', `${lang}.json`);
const en = JSON.parse(await readFile(localeFile('en'), 'utf8'));

// The kiosk's minimum idle time (src/model/params.ts) and its countdown (useKioskLoop), in seconds.
const MIN_IDLE = 10;
const COUNTDOWN = 10;

const button = (page, name) => page.getByRole('button', { name, exact: true });
const openingNote = (page) => page.getByRole('heading', { level: 2, name: en.kiosk.openingTitle, exact: true });
const closingCard = (page) => page.getByRole('heading', { level: 2, name: en.kiosk.closingTitle, exact: true });
const countdown = (page) => page.getByRole('status').filter({ hasText: /Restarting in \d+ seconds?/ });

/** The root's scene and beat, and whether exactly one non-empty caption is rendered and visible. */
async function sample(page) {
  return page.evaluate(() => {
    const root = document.querySelector('#root > [data-app]');
    const captions = [...document.querySelectorAll('[data-caption]')];
    const caption = captions.length === 1 ? captions[0] : null;
    const box = caption?.getBoundingClientRect();
    const visible =
      caption !== null &&
      caption.checkVisibility({ opacityProperty: false, visibilityProperty: true }) &&
      (caption.textContent ?? '').trim().length > 0 &&
      box.width > 0 &&
      box.height > 0;
    return { scene: root?.getAttribute('data-scene'), beat: Number(root?.getAttribute('data-beat')), captionVisible: visible };
  });
}

/** Links that would take a waiting-room screen away from the explorer. */
async function linksAway(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href], area[href], [target="_blank"], form[action]')]
      .filter((el) => {
        if (el.getAttribute('target') === '_blank') return true;
        const href = el.getAttribute('href') ?? el.getAttribute('action') ?? '';
        const url = new URL(href, location.href);
        // Only a jump within this very page is harmless.
        return !(url.origin === location.origin && url.pathname === location.pathname && url.search === location.search);
      })
      .map((el) => el.outerHTML.slice(0, 160)),
  );
}

/** Waits until the kiosk has left its opening note and is playing a scene. */
async function waitUntilPlaying(t, { timeout = 10_000 } = {}) {
  await openingNote(t.page).waitFor({ state: 'hidden', timeout });
  const start = await t.state();
  await waitFor(async () => ((s) => s.beat !== start.beat || s.scene !== start.scene)(await t.state()), {
    timeout,
    message: 'the kiosk to start moving through the beats',
  });
}

test('kiosk: a content note, the five scenes in order, and back to the first, captions always on screen', async (t) => {
  const { page } = t;
  const started = Date.now();
  await t.open('mode=kiosk&speed=16&view=2d');
  await openingNote(page).waitFor({ state: 'visible', timeout: 5000 });
  assert.equal((await t.state()).mode, 'kiosk');
  assert.equal(await button(page, 'Play').count(), 0, 'no controls while the kiosk plays unattended');

  // Follow data-scene until the loop is back at the first scene after the last one.
  const order = [];
  let closingSeen = false;
  let notesSeen = 0;
  let noteShowing = true;
  const hidden = [];
  while (!(order.length > SCENES.length && order.at(-1) === SCENES[0])) {
    if (Date.now() - started > 40_000) break;
    const now = await sample(page);
    if (order.at(-1) !== now.scene) order.push(now.scene);
    if (!now.captionVisible) hidden.push(`${now.scene}#${now.beat}`);
    closingSeen ||= (await closingCard(page).count()) > 0;
    const note = (await openingNote(page).count()) > 0;
    if (note && !noteShowing) notesSeen++;
    noteShowing = note;
    await sleep(100);
  }
  assert.deepEqual(order, [...SCENES, SCENES[0]], 'the five scenes in story order, then the first again');
  assert.deepEqual(hidden, [], 'a caption is on screen at every moment of the loop');
  assert.ok(closingSeen, 'the closing card ("Before you go") ends the loop');
  // The loop starts over with its content note (it may already be on screen when the scene flips back).
  await openingNote(page).waitFor({ state: 'visible', timeout: 5000 });
  assert.ok(notesSeen <= 1, 'one content note per loop');
  assert.equal((await t.state()).beat, 0, 'the new loop starts at the first beat');
  console.log(`one kiosk loop at speed=16: ${Date.now() - started} ms`);

  // Nothing on a waiting-room screen leads away from it: not on screen, not in the references it can open.
  assert.deepEqual(await linksAway(page), [], 'no links away on the kiosk screen');
  await page.keyboard.press('Space');
  await button(page, 'References').click();
  const references = page.getByRole('dialog', { name: en.ui.referencesTitle });
  await references.waitFor({ state: 'visible' });
  assert.match(await references.innerText(), /doi:10\./, 'the references are listed (as plain text)');
  assert.deepEqual(await linksAway(page), [], 'no links away in the kiosk references dialog');
  await page.keyboard.press('Escape');
  await references.waitFor({ state: 'hidden' });
  await button(page, en.ui.about).click();
  const about = page.getByRole('dialog', { name: /./ });
  await about.waitFor({ state: 'visible' });
  assert.deepEqual(await linksAway(page), [], 'no links away in the kiosk "About" dialog');
}, { timeout: 60_000 });

test('kiosk: a key press pauses the loop and shows simple controls', async (t) => {
  const { page } = t;
  await t.open('mode=kiosk&speed=16&view=2d');
  await waitUntilPlaying(t);
  assert.equal(await button(page, 'Play').count(), 0, 'no controls while playing');
  await page.keyboard.press('Space');
  await button(page, 'Play').waitFor({ state: 'visible', timeout: 3000 });
  await page.getByRole('slider', { name: en.ui.position }).waitFor({ state: 'visible' });
  const paused = await t.state();
  await sleep(1500); // at 16× a beat lasts under half a second
  assert.deepEqual(await t.state(), paused, 'the loop holds still once a key was pressed');
  assert.equal(await countdown(page).count(), 0, 'no countdown before the idle time has passed');
});

test('kiosk: after the idle time a gentle countdown restarts the loop; "Keep exploring" cancels it', async (t) => {
  const { page } = t;
  await t.open(`mode=kiosk&speed=16&view=2d&idle=${MIN_IDLE}`);
  // Tap once the loop has reached the second scene, so a restart is visible as a jump back.
  await waitFor(async () => (await t.state()).scene === SCENES[1], { timeout: 15_000, message: `data-scene=${SCENES[1]}` });
  await page.getByText(en.ui.appTitle, { exact: true }).click();
  await button(page, 'Play').waitFor({ state: 'visible', timeout: 3000 });
  const paused = await t.state();
  assert.notEqual(paused.scene, SCENES[0]);

  // Idle time passes (real seconds, whatever the speed): a countdown offers to keep exploring.
  const tapped = Date.now();
  await countdown(page).waitFor({ state: 'visible', timeout: (MIN_IDLE + 3) * 1000 });
  const idleFor = (Date.now() - tapped) / 1000;
  assert.ok(idleFor >= MIN_IDLE - 0.5, `the countdown waits for the idle time (came after ${idleFor.toFixed(1)} s)`);
  assert.deepEqual(await t.state(), paused, 'still paused where it was during the countdown');
  const first = Number((await countdown(page).innerText()).match(/\d+/)[0]);
  await waitFor(async () => Number((await countdown(page).innerText()).match(/\d+/)?.[0]) < first, {
    timeout: 2500,
    message: 'the countdown to count down',
  });
  await t.shot('audiences-kiosk-countdown', { settle: 900 });

  // "Keep exploring" cancels it and leaves the visitor where they were.
  await button(page, en.kiosk.keepExploring).click();
  await countdown(page).waitFor({ state: 'hidden', timeout: 3000 });
  await sleep(COUNTDOWN * 100 + 1500);
  assert.deepEqual(await t.state(), paused, 'no restart after "Keep exploring"');
  assert.equal(await openingNote(page).count(), 0);

  // Left alone again: the countdown comes back and runs out, and the loop starts over from the first scene.
  await countdown(page).waitFor({ state: 'visible', timeout: (MIN_IDLE + 3) * 1000 });
  await openingNote(page).waitFor({ state: 'visible', timeout: (COUNTDOWN + 3) * 1000 });
  assert.deepEqual(await t.state(), { ...paused, scene: SCENES[0], beat: 0 }, 'restarted at the first beat of the first scene');
  await countdown(page).waitFor({ state: 'hidden' });
  assert.equal(await button(page, 'Play').count(), 0, 'the controls go away again');
  await waitUntilPlaying(t);
}, { timeout: 70_000 });

test('kiosk: rotate=en,es switches the language between loops', async (t) => {
  try {
    await access(localeFile('es'));
  } catch {
    return; // The Spanish locale is not there yet: nothing to rotate to.
  }
  const es = JSON.parse(await readFile(localeFile('es'), 'utf8'));
  const { page } = t;
  await t.open('mode=kiosk&speed=16&view=2d&rotate=en,es&lang=en');
  await openingNote(page).waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  const spanishNote = page.getByRole('heading', { level: 2, name: es.kiosk.openingTitle, exact: true });
  await spanishNote.waitFor({ state: 'visible', timeout: 40_000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es', '<html lang> follows the rotation');
  await waitUntilPlaying(t);
  const caption = await t.caption();
  const spanishCaptions = Object.values(es.scenes[SCENES[0]].beats).map((b) => b.caption.patient);
  assert.ok(spanishCaptions.includes(caption), `the second loop's captions are Spanish (got ${JSON.stringify(caption)})`);
  await openingNote(page).waitFor({ state: 'visible', timeout: 40_000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'and back to English on the third loop');
}, { timeout: 90_000 });

test('kiosk screens: the content note, a scene and the closing card are calm, with large captions', async (t) => {
  const { page } = t;
  await page.setViewportSize({ width: 1920, height: 1080 });
  await t.open('mode=kiosk&speed=4');
  await openingNote(page).waitFor({ state: 'visible' });
  await t.shot('audiences-kiosk-1-content-note', { settle: 1000 });
  await waitUntilPlaying(t);
  const size = await page.locator('[data-caption]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(size >= 28, `captions are at least 28 px on a 1080p screen (storyboard); got ${size} px`);
  await t.shot('audiences-kiosk-2-scene', { settle: 600 });
  await page.keyboard.press('Space');
  await button(page, 'Play').waitFor({ state: 'visible' });
  await t.shot('audiences-kiosk-3-paused', { settle: 600 });
});

test('kiosk: the closing card sums up before the next loop', async (t) => {
  const { page } = t;
  await page.setViewportSize({ width: 1920, height: 1080 });
  await t.open('mode=kiosk&speed=16&view=2d');
  await closingCard(page).waitFor({ state: 'visible', timeout: 30_000 });
  const card = page.locator('section', { has: closingCard(page) });
  const text = await card.innerText();
  for (const part of ['known', 'debated', 'ask']) assert.ok(text.includes(en.kiosk[part].title), `closing card: "${en.kiosk[part].title}"`);
  assert.ok(text.includes(en.honesty.crisis), 'closing card: the crisis line');
  await t.shot('audiences-kiosk-4-closing', { settle: 500 });
}, { timeout: 45_000 });

/** Pages in a PDF made by Chromium: its page objects, checked against the page tree's /Count. */
function pdfPageCount(pdf) {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  if (counts.length > 0) assert.equal(Math.max(...counts), pages, 'the PDF page tree agrees with its page objects');
  return pages;
}

test('print: the page prints as a one-to-two page patient handout', async (t) => {
  const { page } = t;
  await t.open('scene=ampa-activation&view=2d');
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 1, name: en.handout.title }) });
  await sheet.waitFor({ state: 'visible', timeout: 5000 });

  // The app itself is hidden on paper: no player, no buttons, no live caption.
  for (const name of ['Play', en.handout.print, en.ui.shortcuts, en.ui.references]) {
    assert.equal(await button(page, name).filter({ visible: true }).count(), 0, `"${name}" is not printed`);
  }
  assert.equal(await page.locator('[data-caption]').filter({ visible: true }).count(), 0, 'the on-screen caption is not printed');
  assert.equal(await page.locator('button, input, select').filter({ visible: true }).count(), 0, 'no controls at all on paper');

  // Five steps, each a still picture and its plain caption.
  const steps = sheet.getByRole('list').first().locator(':scope > li');
  assert.equal(await steps.count(), SCENES.length, 'five steps');
  for (const [i, scene] of SCENES.entries()) {
    const step = steps.nth(i);
    const title = `${en.handout.step.replace('{{number}}', i + 1)}: ${en.scenes[scene].title}`;
    await step.getByRole('heading', { level: 3, name: title }).waitFor({ state: 'visible' });
    const picture = step.locator('svg').first();
    const box = await picture.boundingBox();
    assert.ok(box && box.width > 100 && box.height > 50, `step ${i + 1} has a still picture (${JSON.stringify(box)})`);
    const text = await step.innerText();
    const plain = Object.values(en.scenes[scene].beats).map((b) => b.caption.patient);
    assert.ok(plain.some((c) => text.includes(c)), `step ${i + 1} carries one of the plain captions of ${scene}`);
  }

  // The disclaimer, the date it was printed, and the references.
  const all = await sheet.innerText();
  assert.ok(all.includes(en.honesty.disclaimer.body), 'the disclaimer');
  assert.ok(all.includes(en.honesty.crisis), 'the crisis line');
  const today = await page.evaluate(() => new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date()));
  assert.ok(all.includes(today), `today's date (${today})`);
  await sheet.getByRole('heading', { level: 2, name: en.handout.referencesTitle }).waitFor({ state: 'visible' });
  const references = await sheet.getByRole('list').last().locator(':scope > li').allInnerTexts();
  assert.ok(references.length >= 5, `the references are listed (${references.length})`);
  for (const ref of references) assert.match(ref, /(19|20)\d\d/, `a reference with its year: ${ref}`);

  // The PDF: at most two pages on both US Letter and A4.
  const dir = path.join(root, 'test-results');
  await mkdir(dir, { recursive: true });
  for (const format of ['Letter', 'A4']) {
    const pdf = await page.pdf({ format, printBackground: false });
    await writeFile(path.join(dir, `handout-${format}.pdf`), pdf);
    const pages = pdfPageCount(pdf);
    assert.ok(pages >= 1 && pages <= 2, `the handout prints on 1–2 ${format} pages (got ${pages})`);
  }

  // A picture of the printed sheet at about A4 width, to look at.
  await page.setViewportSize({ width: 794, height: 1123 });
  await t.shot('audiences-print-handout', { settle: 300 });
}, { timeout: 45_000 });

test('"What you may have read": on every scene from the footer, each claim with a plain grade, correction and references', async (t) => {
  const { page } = t;
  const myths = Object.values(en.myths.items);
  const gradeNames = new Set(Object.values(en.grades).map((g) => g.name));
  await t.open('view=2d');
  for (const [i, scene] of SCENES.entries()) {
    await page.keyboard.press(String(i + 1));
    await waitFor(async () => (await t.state()).scene === scene, { message: `data-scene=${scene}` });
    const opener = page.getByRole('navigation', { name: en.ui.moreInformation }).getByRole('button', { name: en.honestyNav.myths, exact: true });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: en.myths.title });
    await dialog.waitFor({ state: 'visible', timeout: 3000 });
    if (i === 0) {
      const items = dialog.getByRole('listitem');
      assert.equal(await items.count(), myths.length, 'every claim of the science spec is listed');
      for (const [j, myth] of myths.entries()) {
        const item = items.nth(j);
        const text = await item.innerText();
        assert.ok(text.includes(myth.claim), `claim ${j + 1}: ${myth.claim}`);
        assert.ok(text.includes(myth.patient), `claim ${j + 1}: its plain correction`);
        const grade = (await item.locator('[data-grade]').innerText()).trim();
        assert.ok(gradeNames.has(grade), `claim ${j + 1}: a plain grade (got ${JSON.stringify(grade)})`);
        const refs = text.slice(text.indexOf(myth.patient) + myth.patient.length);
        assert.match(refs, /[A-Z][\w-]+.*(19|20)\d\d/, `claim ${j + 1}: its references`);
      }
      for (const words of [/rewires the brain/i, /inflammation/i, /trauma memories/i, /restores/i, /within hours/i]) {
        assert.match(await dialog.innerText(), words, `the spec's claim ${words} is answered`);
      }
      const violations = await t.axe({ include: 'dialog[open]' });
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.help}`), [], 'no axe violations in the card');
      await t.shot('audiences-myths', { settle: 300 });
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', timeout: 3000 });
    assert.ok(await opener.evaluate((el) => el === document.activeElement), `focus returns to the footer button (${scene})`);
    await page.evaluate(() => document.activeElement.blur());
  }
}, { timeout: 45_000 });
