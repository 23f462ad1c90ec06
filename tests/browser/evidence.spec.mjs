// The evidence update of issue 13 (science spec §7): "What studies in people show" is one click from the
// footer on every scene, in English and Spanish, at both wording levels, each item with its grade and
// references, axe-clean, and without links away in a kiosk; the review date shows in the About dialog,
// the references and the printed handout.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { SCENES, waitFor } from './helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LOCALES = Object.fromEntries(
  await Promise.all(['en', 'es'].map(async (lang) => [lang, JSON.parse(await readFile(path.join(root, 'src/i18n/locales', `${lang}.json`), 'utf8'))])),
);
/** The review month as each language writes it (src/science/review.ts). */
const REVIEWED = { en: 'December 2026', es: 'diciembre de 2026' };

const footerButton = (page, L, name) =>
  page.getByRole('navigation', { name: L.ui.moreInformation }).getByRole('button', { name, exact: true });

/**
 * Opens the card from the footer and waits until its heading has been scrolled into the dialog's view.
 * The click waits for the footer to stand still (a new scene's legend, coming in just after the scene
 * change, pushes it down: a forced click could land beside the button on a busy machine).
 */
async function openCard(page, L) {
  const opener = footerButton(page, L, L.honestyNav.inPeople);
  await opener.click();
  const dialog = page.getByRole('dialog', { name: L.honesty.disclaimer.title });
  await dialog.waitFor({ state: 'visible' });
  const card = dialog.locator('[data-card="inPeople"]');
  const heading = card.getByRole('heading', { name: L.evidence.inPeople.title, exact: true });
  await waitFor(
    () =>
      heading.evaluate((h) => {
        const body = h.closest('.dialog__body').getBoundingClientRect();
        const box = h.getBoundingClientRect();
        return box.top >= body.top - 1 && box.bottom <= body.bottom + 1;
      }),
    { message: 'the card heading scrolled into view' },
  );
  return { opener, dialog, card };
}

/** Each item of the card: its text at `level`, a grade in words and at least one citation. */
async function assertItems(card, L, level) {
  const gradeNames = Object.values(L.grades).map((g) => g.name);
  const expected = Object.values(L.evidence.inPeople.items).map((item) => item[level]);
  const items = card.locator('[data-card-item]');
  assert.equal(await items.count(), expected.length, 'every item of the card is listed');
  for (const [i, words] of expected.entries()) {
    const text = await items.nth(i).innerText();
    assert.ok(text.includes(words), `item ${i + 1} reads ${JSON.stringify(words)}`);
    assert.ok(gradeNames.some((name) => text.includes(name)), `item ${i + 1}: its grade in words`);
    assert.match(text, /\b(19|20)\d\d\.\s/, `item ${i + 1}: a citation`);
  }
}

for (const lang of ['en', 'es']) {
  const L = LOCALES[lang];

  test(`"What studies in people show" from the footer on every scene, graded and referenced, axe clean (lang=${lang})`, async ({ t }) => {
    test.setTimeout(90_000);
    const { page } = t;
    await t.open(`lang=${lang}&view=2d`);
    for (const [i, scene] of SCENES.entries()) {
      await page.keyboard.press(String(i + 1));
      await waitFor(async () => (await t.state()).scene === scene, { message: `data-scene=${scene}` });
      const { opener, dialog, card } = await openCard(page, L);
      if (i === 0) {
        await assertItems(card, L, 'patient');
        const violations = await t.axe({ include: 'dialog[open]' });
        assert.deepEqual(violations.map((v) => `${v.id}: ${v.help}`), [], 'no axe violations in the card');
        await t.shot(`evidence-in-people-${lang}-patient`, { settle: 300 });
      }
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      assert.ok(await opener.evaluate((el) => el === document.activeElement), `focus returns to the footer button (${scene})`);
      await page.evaluate(() => document.activeElement.blur());
    }

    // Technical wording names the trials.
    await t.open(`lang=${lang}&view=2d&level=clinician&scene=bdnf-release`);
    const { card } = await openCard(page, L);
    await assertItems(card, L, 'clinician');
    const text = await card.innerText();
    for (const trial of ['Anand 2023', 'Jelovac 2025', 'Abdallah 2022', 'Feder 2021']) assert.ok(text.includes(trial), `names ${trial}`);
    const violations = await t.axe({ include: 'dialog[open]' });
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.help}`), [], 'no axe violations in the technical card');
    await t.shot(`evidence-in-people-${lang}-clinician`, { settle: 300 });
  });

  test(`"Evidence reviewed: ${REVIEWED[lang]}" in the About dialog, the references and the handout (lang=${lang})`, async ({ t }) => {
    const { page } = t;
    const line = L.evidence.reviewed.replace('{{date}}', REVIEWED[lang]);
    await t.open(`lang=${lang}&view=2d&scene=bdnf-release`);
    for (const name of [L.ui.about, L.ui.references]) {
      await page.getByRole('button', { name, exact: true }).click();
      const dialog = page.locator('dialog[open]');
      await dialog.waitFor({ state: 'visible' });
      assert.ok((await dialog.innerText()).includes(line), `"${line}" in the dialog opened by "${name}"`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' }).catch(() => {});
    }
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('article.handout');
    await handout.waitFor({ state: 'visible' });
    const printed = await handout.innerText();
    assert.ok(printed.includes(line), `"${line}" on the handout`);
    // Step 4 prints the mTORC1 beat, which says the step may differ in people.
    assert.ok(printed.includes(L.scenes['bdnf-release'].beats.switch.caption.patient), 'the handout carries the scene 4 correction');
  });
}

test('kiosk: "What studies in people show" is reachable and its references lead nowhere', async ({ t }) => {
  const { page } = t;
  const L = LOCALES.en;
  await t.open('mode=kiosk&view=2d');
  const { dialog } = await openCard(page, L);
  const text = await dialog.innerText();
  assert.match(text, /doi:10\.1056\/NEJMoa2302399/, 'references are listed as plain text');
  assert.match(text, /PMID 37224232/, 'with their PubMed ids');
  const links = await dialog.evaluate((el) => [...el.querySelectorAll('a[href], [target="_blank"]')].map((a) => a.outerHTML));
  assert.deepEqual(links, [], 'no links away in a kiosk');
});
