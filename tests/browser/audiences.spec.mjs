// The three audiences of issue 6 beyond the embed: the waiting-room kiosk (loop, idle resume, language
// rotation, calm screens), the printed patient handout, and the "What you may have read" card.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { SCENES, waitFor, sleep } from './helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const localeFile = (lang) => path.join(root, 'src/i18n/locales', `${lang}.json`);
const [en, es] = await Promise.all(['en', 'es'].map(async (lang) => JSON.parse(await readFile(localeFile(lang), 'utf8'))));

// The kiosk's minimum idle time (src/model/params.ts) and its countdown (useKioskLoop), in seconds.
const MIN_IDLE = 10;
const COUNTDOWN = 10;

const button = (page, name) => page.getByRole('button', { name, exact: true });
const openingNote = (page) => page.getByRole('heading', { level: 2, name: en.kiosk.openingTitle, exact: true });
const countdown = (page) => page.getByRole('status').filter({ hasText: /Restarting in \d+ seconds?/ });

/**
 * Records, on every animation frame from the first one, what a viewer of the kiosk sees: the scene and
 * beat, the caption (whether exactly one is on screen, and its text), the language, and which card is
 * showing (`notes` and `closings` are the cards' headings, per language). Only changes are kept, in
 * `window.__kioskSeen`. Frames rather than polling from the test, so even a short card is never missed.
 */
function recordWhatIsSeen({ notes, closings }) {
  const seen = [];
  window.__kioskSeen = seen;
  let last = '';
  const showing = (titles) => [...document.querySelectorAll('h2')].some((h) => titles.includes(h.textContent.trim()) && h.checkVisibility());
  const frame = () => {
    const root = document.querySelector('#root > [data-app]');
    // Not while the prerendered default page waits, hidden, for the kiosk to replace it (boot.js).
    if (root && root.checkVisibility({ visibilityProperty: true })) {
      const captions = [...document.querySelectorAll('[data-caption]')];
      const text = captions.length === 1 ? captions[0].textContent.trim() : '';
      const entry = {
        scene: root.getAttribute('data-scene'),
        beat: Number(root.getAttribute('data-beat')),
        caption: text !== '' && captions[0].checkVisibility() && captions[0].getBoundingClientRect().width > 0,
        text,
        lang: document.documentElement.lang,
        card: showing(notes) ? 'note' : showing(closings) ? 'closing' : 'scene',
      };
      const key = JSON.stringify(entry);
      if (key !== last) seen.push({ ...entry, at: Math.round(performance.now()) });
      last = key;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** What the recorder has seen so far. */
const seen = (page) => page.evaluate(() => window.__kioskSeen);

/** Index of the entry where the `n`th content note (from 1) comes on, or -1. */
function noteStart(log, n) {
  const starts = log.flatMap((e, i) => (e.card === 'note' && log[i - 1]?.card !== 'note' ? [i] : []));
  return starts[n - 1] ?? -1;
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

/** Waits until the kiosk has left its opening note and is moving through the beats. */
async function waitUntilPlaying(t, { timeout = 15_000 } = {}) {
  await openingNote(t.page).waitFor({ state: 'hidden', timeout });
  const start = await t.state();
  await waitFor(async () => ((s) => s.beat !== start.beat || s.scene !== start.scene)(await t.state()), {
    timeout,
    message: 'the kiosk to move on through the beats',
  });
}


/** A tap on the page's title, the way a visitor touches the screen away from any control. */
async function tap(page) {
  const box = await page.getByRole('heading', { level: 1, name: en.ui.appTitle }).boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Runs of equal values, e.g. the scenes in the order they were shown. */
const runs = (values) => values.filter((v, i) => i === 0 || v !== values[i - 1]);

test('kiosk: a content note, the five scenes in order, a closing card, and back to the first, captions always on screen', async ({ t }) => {
  test.setTimeout(150_000);
  const { page } = t;
  await page.addInitScript(recordWhatIsSeen, { notes: [en.kiosk.openingTitle], closings: [en.kiosk.closingTitle] });
  await t.open('mode=kiosk&speed=16&view=2d');
  assert.equal((await t.state()).mode, 'kiosk');
  assert.equal(await button(page, 'Play').count(), 0, 'no controls while the kiosk plays unattended');

  // Watch one whole loop, until the second loop's content note has gone and its first scene is playing.
  await waitFor(
    async () => {
      const log = await seen(page);
      const second = noteStart(log, 2);
      return second > 0 && log.slice(second).some((e) => e.card === 'scene');
    },
    // One loop takes about 15 s at 16×; far longer on a busy machine, where frames come slowly.
    { timeout: 120_000, interval: 250, message: 'a whole kiosk loop and the start of the next' },
  );
  const log = await seen(page);

  const secondLoop = noteStart(log, 2);
  assert.deepEqual(runs(log.slice(0, secondLoop).map((e) => e.scene)), SCENES, 'the five scenes in story order');
  assert.deepEqual(log.filter((e) => !e.caption), [], 'a caption is on screen in every frame of the loop');
  // The loop: content note, the scenes, the closing card, and the next loop's note over the first beat again.
  const cards = runs(log.map((e) => e.card));
  assert.deepEqual(cards.slice(0, 5), ['note', 'scene', 'closing', 'note', 'scene'], `the kiosk's cards in order (${cards.join(' → ')})`);
  for (const n of [1, 2]) {
    const note = log[noteStart(log, n)];
    assert.deepEqual([note.scene, note.beat], [SCENES[0], 0], `loop ${n} opens with its content note on the first beat of the first scene`);
  }
  const closing = log.filter((e) => e.card === 'closing').map((e) => e.scene);
  assert.deepEqual([...new Set(closing)], [SCENES.at(-1)], 'the closing card sums up over the last scene');

  // Nothing on a waiting-room screen leads away from it: not on screen, nor in the references, the one
  // dialog that links out elsewhere.
  assert.deepEqual(await linksAway(page), [], 'no links away on the kiosk screen');
  await tap(page);
  await button(page, en.ui.references).click();
  const references = page.getByRole('dialog', { name: /^References/ });
  await references.waitFor({ state: 'visible' });
  assert.match(await references.innerText(), /doi:10\./, 'the references are listed (as plain text)');
  assert.deepEqual(await linksAway(page), [], 'no links away in the kiosk references dialog');
});

test('kiosk: a key press pauses the loop and shows simple controls', async ({ t }) => {
  const { page } = t;
  await t.open('mode=kiosk&speed=16&view=2d');
  await waitUntilPlaying(t);
  assert.equal(await button(page, 'Play').count(), 0, 'no controls while playing');
  assert.equal(await button(page, en.ui.view.show3d).count(), 0, 'no 2D/3D toggle while playing');
  await page.keyboard.press('Space');
  await button(page, 'Play').waitFor({ state: 'visible' });
  await button(page, en.ui.view.show3d).waitFor({ state: 'visible' });
  await page.getByRole('slider', { name: en.ui.position }).waitFor({ state: 'visible' });
  const paused = await t.state();
  await sleep(1500); // at 16× a beat lasts under half a second
  assert.deepEqual(await t.state(), paused, 'the loop holds still once a key was pressed');
  assert.equal(await countdown(page).count(), 0, 'no countdown before the idle time has passed');
});

test('kiosk: after the idle time a gentle countdown restarts the loop; "Keep exploring" cancels it', async ({ t }) => {
  test.setTimeout(150_000);
  const { page } = t;
  await page.addInitScript(recordWhatIsSeen, { notes: [en.kiosk.openingTitle], closings: [en.kiosk.closingTitle] });
  await t.open(`mode=kiosk&speed=16&view=2d&idle=${MIN_IDLE}`);
  // Tap once the loop has reached the second scene, so that a restart shows as a jump back.
  await waitFor(async () => (await t.state()).scene === SCENES[1], { timeout: 30_000, message: `data-scene=${SCENES[1]}` });
  await tap(page);
  const tapped = Date.now();
  await button(page, 'Play').waitFor({ state: 'visible' });
  const paused = await t.state();
  assert.notEqual(paused.scene, SCENES[0]);

  // The idle time passes (real seconds, whatever the speed): a countdown offers to keep exploring.
  await countdown(page).waitFor({ state: 'visible', timeout: (MIN_IDLE + 10) * 1000 });
  const idleFor = (Date.now() - tapped) / 1000;
  assert.ok(idleFor >= MIN_IDLE - 0.5, `the countdown waits for the idle time (it came after ${idleFor.toFixed(1)} s)`);
  assert.deepEqual(await t.state(), paused, 'still paused where it was during the countdown');
  await button(page, en.kiosk.keepExploring).waitFor({ state: 'visible' });
  const secondsLeft = async () => Number((await countdown(page).innerText()).match(/\d+/)?.[0]);
  const first = await secondsLeft();
  assert.ok(first <= COUNTDOWN, `counts down from ${COUNTDOWN} (shows ${first})`);
  await waitFor(async () => (await secondsLeft()) < first, { timeout: 5000, message: 'the countdown to count down' });
  await t.shot('audiences-kiosk-4-countdown', { settle: 0 });

  // "Keep exploring" cancels it: the visitor stays where they were for the whole idle time again.
  const kept = Date.now();
  const keptAt = (await seen(page)).length;
  await button(page, en.kiosk.keepExploring).click();
  await countdown(page).waitFor({ state: 'hidden' });
  await countdown(page).waitFor({ state: 'visible', timeout: (MIN_IDLE + 10) * 1000 });
  assert.ok(Date.now() - kept >= (MIN_IDLE - 0.5) * 1000, '"Keep exploring" gives the visitor the whole idle time again');
  const meanwhile = (await seen(page)).slice(keptAt);
  assert.deepEqual(
    meanwhile.filter((e) => e.card !== 'scene' || e.scene !== paused.scene || e.beat !== paused.beat),
    [],
    'no restart and no content note after "Keep exploring"',
  );

  // Left alone again, the countdown runs out and the loop starts over with its content note.
  const countedAt = (await seen(page)).length;
  const restart = await waitFor(async () => (await seen(page)).slice(countedAt).find((e) => e.card === 'note'), {
    timeout: (COUNTDOWN + 10) * 1000,
    message: 'the content note of a new loop',
  });
  assert.deepEqual([restart.scene, restart.beat], [SCENES[0], 0], 'restarted at the first beat of the first scene');
  await countdown(page).waitFor({ state: 'hidden' });
  await button(page, 'Play').waitFor({ state: 'hidden' });
  await waitUntilPlaying(t);
});

test('kiosk: rotate=en,es changes the language between loops', async ({ t }) => {
  test.setTimeout(240_000);
  const { page } = t;
  await page.addInitScript(recordWhatIsSeen, {
    notes: [en.kiosk.openingTitle, es.kiosk.openingTitle],
    closings: [en.kiosk.closingTitle, es.kiosk.closingTitle],
  });
  await t.open('mode=kiosk&speed=16&view=2d&rotate=en,es&lang=en');
  // Two whole loops, until the third has begun to play.
  const playing = (log, n) => {
    const start = noteStart(log, n);
    return start < 0 ? -1 : log.findIndex((e, i) => i > start && e.card === 'scene');
  };
  await waitFor(async () => playing(await seen(page), 3) > 0, { timeout: 200_000, interval: 500, message: 'the third kiosk loop to play' });
  const log = await seen(page);
  const loops = [1, 2, 3].map((n) => playing(log, n));
  // A loop's language is the one its scenes play in (the file of the next language loads as its note opens).
  assert.deepEqual(loops.map((i) => log[i].lang), ['en', 'es', 'en'], '<html lang> of each loop follows rotate=en,es');
  const captionsOf = (locale) => new Set(SCENES.flatMap((id) => Object.values(locale.scenes[id].beats).map((b) => b.caption.patient)));
  const [english, spanish] = [captionsOf(en), captionsOf(es)];
  const shown = (from, to) => new Set(log.slice(from, to).filter((e) => e.card === 'scene').map((e) => e.text));
  const second = [...shown(loops[1], loops[2])];
  assert.ok(second.length >= 10 && second.every((c) => spanish.has(c)), `the second loop's captions are all Spanish: ${second.filter((c) => !spanish.has(c)).join(' | ')}`);
  const first = [...shown(loops[0], loops[1])];
  assert.ok(first.length >= 10 && first.every((c) => english.has(c)), 'the first loop is in English');
});

test('kiosk screens: the content note, a scene and the paused controls are calm, with large captions', async ({ t }) => {
  test.setTimeout(120_000);
  const { page } = t;
  await page.setViewportSize({ width: 1920, height: 1080 });
  // At the normal speed: the content note stays nine seconds, long enough for a picture.
  await t.open('mode=kiosk&view=2d');
  await openingNote(page).waitFor({ state: 'visible' });
  await t.shot('audiences-kiosk-1-content-note', { settle: 1000 });
  await waitUntilPlaying(t, { timeout: 60_000 });
  // Read in one go: at a beat change the caption element is replaced, and a held handle would go stale.
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('[data-caption]')).fontSize));
  assert.ok(size >= 28, `captions are at least 28 px on a 1080p screen (storyboard); got ${size} px`);
  await t.shot('audiences-kiosk-2-scene', { settle: 600 });
  await page.keyboard.press('Space');
  await button(page, 'Play').waitFor({ state: 'visible' });
  await t.shot('audiences-kiosk-3-paused', { settle: 600 });
});

/** Pages in a PDF made by Chromium: its page objects, checked against the page tree's /Count. */
function pdfPageCount(pdf) {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  if (counts.length > 0) assert.equal(Math.max(...counts), pages, 'the PDF page tree agrees with its page objects');
  return pages;
}

test('print: the page prints as a one-to-two page patient handout', async ({ t }) => {
  test.setTimeout(60_000);
  const { page } = t;
  await t.open('scene=ampa-activation&view=2d');
  // On screen the handout is not in the page at all (thousands of SVG nodes nobody sees); its code is
  // fetched after the first paint, and the Print button's `beforeprint` builds the sheet at once.
  assert.equal(await page.locator('article.handout').count(), 0, 'no handout in the page on screen');
  await waitFor(() => t.requests.some((url) => /\/assets\/Handout-[\w-]+\.js/.test(url)), { message: "the handout's code fetched" });
  await sleep(300);
  // Headless Chromium (156 and later) has no print dialog to close: a real `window.print()` leaves a print
  // job open for good, and `page.pdf()` below then fails with "Page is already being printed". So the
  // dialog is stood in for by what a browser does around it, the `beforeprint` and `afterprint` events, and
  // the paper itself comes from `page.pdf()`.
  await page.evaluate(() => {
    window.__printCalls = 0;
    window.print = () => {
      window.__printCalls += 1;
      window.dispatchEvent(new Event('beforeprint'));
      window.__sheetAtPrint = document.querySelectorAll('article.handout li').length;
      window.dispatchEvent(new Event('afterprint'));
    };
  });
  await button(page, en.handout.print).click();
  assert.equal(await page.evaluate(() => window.__printCalls), 1, 'the Print button asks the browser to print');
  assert.ok((await page.evaluate(() => window.__sheetAtPrint)) >= SCENES.length, 'the sheet is complete when the browser starts printing');
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 1, name: en.handout.title }) });
  await sheet.waitFor({ state: 'visible' });

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
  for (const ref of references) assert.ok(ref.trim().length > 10, `a full citation: ${JSON.stringify(ref)}`);

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
});

test('"What you may have read": on every scene from the footer, each claim with a plain grade, correction and references', async ({ t }) => {
  test.setTimeout(60_000);
  const { page } = t;
  const myths = Object.values(en.myths.items);
  const gradeNames = Object.values(en.grades).map((g) => g.name);
  await t.open('view=2d');
  for (const [i, scene] of SCENES.entries()) {
    await page.keyboard.press(String(i + 1));
    await waitFor(async () => (await t.state()).scene === scene, { message: `data-scene=${scene}` });
    const opener = page.getByRole('navigation', { name: en.ui.moreInformation }).getByRole('button', { name: en.honestyNav.myths, exact: true });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: en.myths.title });
    await dialog.waitFor({ state: 'visible' });
    if (i === 0) {
      const items = dialog.getByRole('listitem');
      assert.equal(await items.count(), myths.length, 'every claim of the science spec is listed');
      for (const [j, myth] of myths.entries()) {
        const item = items.nth(j);
        const text = await item.innerText();
        assert.ok(text.includes(myth.claim), `claim ${j + 1}: ${myth.claim}`);
        assert.ok(text.includes(myth.patient), `claim ${j + 1}: its plain correction`);
        assert.ok(gradeNames.some((name) => text.includes(name)), `claim ${j + 1}: its grade in plain words`);
        const refs = text.slice(text.indexOf(myth.patient) + myth.patient.length);
        assert.match(refs, /\p{Lu}\S+/u, `claim ${j + 1}: its references`);
      }
      for (const words of [/rewires the brain/i, /inflammation/i, /trauma memories/i, /restores/i, /within hours/i]) {
        assert.match(await dialog.innerText(), words, `the spec's claim ${words} is answered`);
      }
      const violations = await t.axe({ include: 'dialog[open]' });
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.help}`), [], 'no axe violations in the card');
      await t.shot('audiences-myths', { settle: 300 });
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.ok(await opener.evaluate((el) => el === document.activeElement), `focus returns to the footer button (${scene})`);
    await page.evaluate(() => document.activeElement.blur());
  }
});
