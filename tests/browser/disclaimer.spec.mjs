// The educational-only disclaimer is always on screen and one click from its full text; no text on
// screen (at either wording level, on any beat, in any dialog) looks like a dose.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { SCENES, LEVELS, DOSE, waitFor, walkBeats } from './helpers.mjs';

/** Every word a person (or a screen reader) could meet: visible text, labels, titles. */
async function allText(page) {
  return page.evaluate(() => {
    const parts = [document.body.innerText, document.title];
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-description]')) {
      for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description']) {
        const v = el.getAttribute(a);
        if (v) parts.push(v);
      }
    }
    for (const el of document.querySelectorAll('svg title, svg desc, svg text')) parts.push(el.textContent ?? '');
    return parts.join('\n');
  });
}

function assertNoDose(text, where) {
  const lines = text.split('\n').filter((l) => DOSE.test(l));
  assert.deepEqual(lines, [], `dose-like text ${where}`);
}

test('the footer says "For education only" on every scene', async ({ t }) => {
  const { page } = t;
  for (const scene of SCENES) {
    await t.open(`scene=${scene}&view=2d`);
    const footer = page.locator('footer').filter({ hasText: /for education only/i });
    assert.equal(await footer.count(), 1, `one footer with "For education only" on ${scene}`);
    await footer.waitFor({ state: 'visible' });
    const box = await footer.boundingBox();
    assert.ok(box && box.height > 0 && box.width > 0, 'the footer has a size');
  }
});

test('"About this explainer" opens the disclaimer dialog', async ({ t }) => {
  const { page } = t;
  await t.open('view=2d');
  const about = page.getByRole('button', { name: /about this explainer|disclaimer/i });
  assert.equal(await about.count(), 1, 'one button named "About this explainer"');
  await about.click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor({ state: 'visible', timeout: 3000 });
  const text = await dialog.innerText();
  assert.match(text, /educat/i, 'the dialog says it is educational');
  assert.match(text, /medical advice|not a substitute|talk to|clinician|doctor|prescrib/i, 'the dialog says it is not medical advice');
  await t.shot('about-dialog');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden', timeout: 3000 });
});

test('dose pattern self-check', async () => {
  for (const s of ['0.5 mg/kg', '35 mg', '2 mL', '10 µg', '50mcg', '5 units', '1 IU', '20 milligrams', '1,000 mg']) {
    assert.ok(DOSE.test(s), `pattern matches ${s}`);
  }
  for (const s of ['NMDA receptor', '2 receptors', '24 hours', 'Mg2+ block', 'magnesium (Mg²⁺)', 'step 3 of 5', 'AMPA units of charge']) {
    assert.ok(!DOSE.test(s), `pattern ignores ${s}`);
  }
});

for (const level of LEVELS) {
  test(`no dose-like text on any beat, dialog or panel (level=${level})`, async ({ t }) => {
    test.setTimeout(90_000);
    const { page } = t;
    for (const scene of SCENES) {
      await t.open(`scene=${scene}&view=2d&level=${level}`);
      await walkBeats(t, async (beat) => {
        await t.caption();
        assertNoDose(await allText(page), `on ${scene} beat ${beat} (${level})`);
      });
    }
    for (const opener of ['About this explainer', 'Keyboard shortcuts', 'References']) {
      await page.getByRole('button', { name: opener, exact: true }).click();
      const dialog = page.locator('dialog[open]');
      await dialog.waitFor({ state: 'visible' });
      await waitFor(async () => ((await dialog.textContent()) ?? '').trim().length > 0, { message: `"${opener}" has its text` });
      assertNoDose(await allText(page), `with "${opener}" open (${level})`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
  });
}
