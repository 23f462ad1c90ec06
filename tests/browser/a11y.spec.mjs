// Accessibility: axe-core (WCAG 2.0/2.1/2.2 A and AA) on every scene, with each dialog open, and in every
// mode, view, language and wording level; one h1; <html lang>; every button has an accessible name.
import { readdirSync } from 'node:fs';
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { SCENES, LEVELS } from './helpers.mjs';

function describe(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `      ${n.target.join(' ')}${n.failureSummary ? `\n        ${n.failureSummary.replace(/\n/g, '\n        ')}` : ''}`)
        .join('\n');
      const more = v.nodes.length > 5 ? `\n      …and ${v.nodes.length - 5} more` : '';
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node(s))\n${nodes}${more}`;
    })
    .join('\n');
}

async function assertNoViolations(t, where) {
  // Colours are checked as seen: a caption or dialog caught mid-fade would read as pale text.
  await t.settled();
  if ((await t.page.locator('[data-caption]').count()) > 0) await t.captionShown();
  const violations = await t.axe();
  assert.ok(violations.length === 0, `axe found ${violations.length} violation(s) ${where}:\n${describe(violations)}`);
}

/** Rendered buttons (native and role=button) without an accessible name, computed the simple way. */
async function unnamedButtons(page) {
  return page.evaluate(() => {
    const nameOf = (el) => {
      const labelledby = el.getAttribute('aria-labelledby');
      if (labelledby) {
        const text = labelledby
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
          .trim();
        if (text) return text;
      }
      const label = el.getAttribute('aria-label');
      if (label && label.trim()) return label.trim();
      const text = (el.textContent ?? '').trim();
      if (text) return text;
      const img = el.querySelector('img[alt], svg[aria-label], svg title');
      if (img) return (img.getAttribute('alt') ?? img.getAttribute('aria-label') ?? img.textContent ?? '').trim();
      return (el.getAttribute('title') ?? '').trim();
    };
    return [...document.querySelectorAll('button, [role="button"], input[type="button"], input[type="submit"]')]
      .filter((el) => el.checkVisibility())
      .filter((el) => !(el instanceof HTMLInputElement) ? !nameOf(el) : !(el.value || el.getAttribute('aria-label')))
      .map((el) => el.outerHTML.slice(0, 160));
  });
}

// One wording level per scene, alternating (the mode × view × language scans below cover both levels
// again): the words change with the level, the structure and colours do not.
for (const [index, scene] of SCENES.entries()) {
  const level = LEVELS[index % LEVELS.length];
  test(`${scene} (${level}): no axe violations`, async ({ t }) => {
    await t.open(`scene=${scene}&view=2d&level=${level}`);
    await assertNoViolations(t, `on ${scene} at level=${level}`);
    // Also at the last beat, where other actors and labels are on the stage.
    await t.page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
    await t.page.keyboard.press('End');
    await t.waitFor(async () => (await t.state()).beat > 0, { message: 'End: the last beat' });
    await assertNoViolations(t, `on the last beat of ${scene} at level=${level}`);
  });
}

test('page structure: one h1, html lang="en", every button named', async ({ t }) => {
  const { page } = t;
  for (const scene of SCENES) {
    await t.open(`scene=${scene}&view=2d`);
    // On screen: a print-only handout may carry its own h1, hidden from screen and screen readers.
    const h1s = await page.locator('h1').evaluateAll((els) => els.filter((h) => h.checkVisibility()).map((h) => h.textContent.trim()));
    assert.equal(h1s.length, 1, `exactly one rendered h1 on ${scene} (got ${JSON.stringify(h1s)})`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', '<html lang> is "en"');
    assert.deepEqual(await unnamedButtons(page), [], `buttons without an accessible name on ${scene}`);
  }
  assert.ok((await page.title()).trim().length > 0, 'the document has a title');
});

for (const [opener, dialogName] of [
  ['Keyboard shortcuts', /keyboard shortcuts/i],
  ['About this explainer', /./],
  ['References', null],
]) {
  test(`dialog opened by "${opener}": no axe violations, buttons named`, async ({ t }) => {
    const { page } = t;
    await t.open('scene=glutamate-surge&view=2d&level=clinician');
    const openerButton = page.getByRole('button', { name: opener, exact: true });
    await openerButton.click();
    if (dialogName) {
      const dialog = page.getByRole('dialog', { name: dialogName });
      await dialog.waitFor({ state: 'visible', timeout: 3000 });
      const named = await page.getByRole('dialog', { name: /\S/ }).count();
      assert.ok(named >= 1, `the "${opener}" dialog has an accessible name`);
    } else {
      // "References" may open a dialog or expand a disclosure; either way something must open.
      await t.waitFor(
        async () => (await page.getByRole('dialog').count()) > 0 || (await openerButton.getAttribute('aria-expanded')) === 'true',
        { timeout: 3000, message: `"${opener}" to open a dialog or expand (aria-expanded="true")` },
      );
    }
    await assertNoViolations(t, `with "${opener}" open`);
    assert.deepEqual(await unnamedButtons(page), [], 'buttons without an accessible name');
  });
}

test('reduced motion and dark theme: no axe violations', async ({ t }) => {
  const { page } = t;
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'dark' });
  await t.open('scene=bdnf-release&view=2d&theme=dark');
  await assertNoViolations(t, 'in the dark theme');
  await t.shot('bdnf-release-dark');
});

// Every mode, view, shipped language and wording level, on a pairwise grid: each mode in both views, in
// each language and at each level; each view in each language and at each level; each language at each
// level: 6 scans, where all 12 mode × view × language combinations repeated pairs already scanned. The
// scene rotates, so every scene is scanned in some mode too. Each scan runs at the opening and mid-scene.
const LANGUAGES = readdirSync(new URL('../../src/i18n/locales/', import.meta.url))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''))
  .sort();
const GRID = [
  ['explore', '2d', 'en', 'patient'],
  ['explore', '3d', 'es', 'clinician'],
  ['kiosk', '2d', 'es', 'patient'],
  ['kiosk', '3d', 'en', 'clinician'],
  ['embed', '2d', 'en', 'clinician'],
  ['embed', '3d', 'es', 'patient'],
];
// A language added later is scanned too, until the grid is laid out again with it.
for (const lang of LANGUAGES) if (!GRID.some((row) => row[2] === lang)) GRID.push(['explore', '2d', lang, LEVELS[0]]);
for (const [index, [mode, view, lang, level]] of GRID.entries()) {
  const scene = SCENES[index % SCENES.length];
  test(`mode=${mode} view=${view} lang=${lang} level=${level}: no axe violations`, async ({ t }) => {
    test.setTimeout(90_000);
    const { page } = t;
    await t.open(`mode=${mode}&view=${view}&lang=${lang}&level=${level}&scene=${scene}`);
    await t.waitFor(async () => (await t.state())?.view === view, { timeout: 15_000, message: `data-view="${view}"` });
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang, `<html lang> is "${lang}"`);
    await assertNoViolations(t, `in ${mode}/${view}/${lang}/${level} at the opening`);
    await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
    if (mode === 'kiosk') await page.waitForTimeout(4000); // the kiosk moves on by itself
    else {
      const { beat } = await t.state();
      await page.keyboard.press('ArrowRight');
      await t.waitFor(async () => (await t.state()).beat === beat + 1, { message: 'ArrowRight: the next beat' });
    }
    await assertNoViolations(t, `in ${mode}/${view}/${lang}/${level} mid-scene`);
    await t.shot(`a11y-${mode}-${view}-${lang}-${level}`, { settle: 0 });
  });
}

for (const opener of ['What you may have read', 'Embed', 'Take this home']) {
  test(`dialog opened by "${opener}": no axe violations`, async ({ t }) => {
    const { page } = t;
    await t.open('scene=ampa-activation&view=2d');
    await page.getByRole('button', { name: opener, exact: true }).click();
    await page.getByRole('dialog').waitFor({ state: 'visible', timeout: 5000 });
    await assertNoViolations(t, `with "${opener}" open`);
  });
}
