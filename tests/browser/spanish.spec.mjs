// `?lang=es` shows no English on screen: every beat of every scene at both wording levels, every dialog,
// the kiosk overlay and the print handout. Citations (marked lang="en"), code snippets and the
// abbreviations science uses in every language (NMDA, BDNF…) are the only exceptions. The longer Spanish
// names on the stage never overlap each other.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { SCENES, LEVELS, overlappingLabels, waitFor, walkBeats } from './helpers.mjs';

/** Common English words that are not also Spanish words: one of them on screen means a string was missed. */
const ENGLISH = new Set(
  `the and of to is are was were with this that these those for from into about what how when why which your you
   our not only also more less than brain cell cells step steps play pause scene next previous speed close print
   copy about show shown view keep exploring restarting before after hours minutes day week weeks high low
   moderate none stress exposure time ketamine seen animals people evidence references language wording plain
   technical picture still debated study studies receptors signal spine spines new grow growth may
   might does doesn't don't can't it's there their they them here where who would should could will`
    .split(/\s+/)
    .filter(Boolean),
);

/** Visible text of the page (or of `root`), leaving out citations, code and hidden parts; raw keys show too. */
async function visibleWords(page, selector = 'body') {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return [];
    const texts = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('[lang="en"], code, pre, textarea, script, style')) continue;
      if (!(el.closest('svg') || el.checkVisibility())) continue;
      texts.push(node.textContent ?? '');
    }
    // Accessible names and descriptions written in attributes are read aloud too.
    for (const el of root.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (el.closest('[lang="en"]')) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) texts.push(el.getAttribute(name) ?? '');
    }
    return texts;
  }, selector);
}

function englishIn(texts) {
  const found = new Set();
  for (const text of texts) {
    if (/\b(?:ui|scenes|claims|actors|kiosk|myths|honesty|chart|panel|handout)\.[a-z][\w.-]*/.test(text)) found.add(`raw key: ${text.trim()}`);
    // Element names such as <ketamine-explorer> and web addresses (the QR code's name) are code, the same
    // in every language.
    const prose = text.replace(/<[a-z][\w-]*>/g, ' ').replace(/https?:\/\/\S+/g, ' ');
    for (const word of prose.toLowerCase().match(/[a-z’']+/g) ?? []) if (ENGLISH.has(word)) found.add(word);
  }
  return [...found];
}

async function assertSpanish(t, where, selector) {
  const english = englishIn(await visibleWords(t.page, selector));
  assert.deepEqual(english, [], `English (or raw keys) on screen ${where}`);
}

for (const level of LEVELS) {
  test(`every beat of every scene in Spanish (level=${level})`, async ({ t }) => {
    test.setTimeout(120_000);
    const { page } = t;
    for (const scene of SCENES) {
      await t.open(`lang=es&level=${level}&scene=${scene}&view=2d`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
      await walkBeats(t, async (beat) => {
        assert.equal((await t.state()).scene, scene, `still on ${scene}`);
        await t.stableCaption();
        await assertSpanish(t, `on ${scene}, beat ${beat}`);
        // Spanish names run longer than English ones: none may reach its neighbour.
        await t.settled();
        assert.deepEqual(await overlappingLabels(page), [], `labels overlap on ${scene}, beat ${beat}`);
      });
    }
  });
}

test('every dialog, info card and the handout in Spanish', async ({ t }) => {
  const { page } = t;
  await t.open('lang=es&scene=bdnf-release&view=2d');
  // Footer and header buttons open dialogs; each is read while open.
  const openers = await page.locator('footer button, .app-header__tools button').all();
  assert.ok(openers.length >= 4, 'header and footer offer dialogs');
  for (const opener of openers) {
    const name = (await opener.textContent())?.trim();
    await opener.click();
    const dialog = page.locator('dialog[open]');
    if (!(await dialog.count())) continue; // e.g. print, copy link: no dialog
    await dialog.waitFor({ state: 'visible' });
    await assertSpanish(t, `in the dialog opened by "${name}"`, 'dialog[open]');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' }).catch(() => {});
  }
  // An info card, opened from a label on the stage.
  await page.locator('[data-stage] [role="button"] text').first().click(); // the label, not its leader line
  await page.waitForTimeout(300);
  await assertSpanish(t, 'with an info card open');
  // The print handout.
  await page.emulateMedia({ media: 'print' });
  await page.locator('article.handout').waitFor({ state: 'visible' });
  await assertSpanish(t, 'in the print handout');
});

test('the kiosk in Spanish: opening note, captions and controls', async ({ t }) => {
  const { page } = t;
  await t.open('mode=kiosk&lang=es&speed=4');
  await page.waitForTimeout(1500);
  await assertSpanish(t, 'in the kiosk');
  await page.mouse.click(10, 10); // pause: the simple controls appear
  await page.waitForTimeout(500);
  await assertSpanish(t, 'in the paused kiosk');
});
