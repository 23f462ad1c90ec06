// Keyboard only (issue "Accessible to everyone"): from the top of the page, Tab reaches every control
// in a sensible order, each shows where focus is, nothing traps focus, and every control works with
// Enter, Space, arrows and Escape: steps, transport, wording, settings, stage hotspots and dialogs.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { SCENES, waitFor } from './helpers.mjs';

/** What has focus, described for assertions (runs in the page). */
function describeFocus() {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const label = el.closest('label');
  const name = (el.getAttribute('aria-label') ?? (el.type === 'radio' && label ? label.textContent : el.textContent) ?? '').replace(/\s+/g, ' ').trim();
  return {
    tag: el.tagName.toLowerCase(),
    role: el.getAttribute('role') ?? el.getAttribute('type') ?? el.tagName.toLowerCase(),
    name,
    actor: el.getAttribute('data-actor'),
    checked: el.type === 'radio' ? el.checked : undefined,
    group: el.type === 'radio' ? el.name : undefined,
    region: [
      ['dialog', 'dialog[open]'],
      ['footer', 'footer'],
      ['steps', 'nav.progress-path'],
      ['stage', '[data-stage]'],
      ['transport', '.transport'],
      ['settings', '.settings-panel'],
    ].find(([, selector]) => el.closest(selector))?.[0] ?? 'other',
  };
}

const focused = (page) => page.evaluate(describeFocus);
const key = (f) => (f ? `${f.region}:${f.role}:${f.actor ?? f.group ?? f.name}` : 'none');

/** Presses Tab (or Shift+Tab) until `match(focus)` holds; returns that focus. */
async function tabTo(page, match, { back = false, max = 120, what = 'the element' } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (f && match(f)) return f;
  }
  throw new Error(`Tab did not reach ${what} in ${max} presses`);
}

/**
 * Whether focus shows: the screen around the focused element (its label, for a hidden native radio)
 * differs between focused and not focused. Focus is put back afterwards, so Tab goes on from there.
 */
async function focusIsVisible(page) {
  const box = await page.evaluate(() => {
    const el = document.activeElement;
    const shown = el.type === 'radio' ? (el.closest('label') ?? el) : el;
    const r = shown.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  });
  const pad = 6;
  const viewport = page.viewportSize();
  const clip = {
    x: Math.max(0, box.x - pad),
    y: Math.max(0, box.y - pad),
    width: Math.min(viewport.width, box.x + box.width + pad) - Math.max(0, box.x - pad),
    height: Math.min(viewport.height, box.y + box.height + pad) - Math.max(0, box.y - pad),
  };
  if (clip.width <= 0 || clip.height <= 0) return false;
  const withFocus = await page.screenshot({ clip });
  await page.evaluate(() => {
    window.__kmeFocused = document.activeElement;
    document.activeElement.blur();
  });
  const withoutFocus = await page.screenshot({ clip });
  await page.evaluate(() => {
    window.__kmeFocused.focus();
    delete window.__kmeFocused;
  });
  return !withFocus.equals(withoutFocus);
}

const isHotspot = (f) => f.region === 'stage' && f.actor !== null;

test('the focus check sees a missing focus indicator (a control for the tests below)', async ({ t }) => {
  const { page } = t;
  await t.open('scene=nmda-blockade&view=2d');
  await tabTo(page, (f) => f.region === 'steps', { what: 'the steps nav' });
  assert.ok(await focusIsVisible(page), 'the app shows focus');
  await page.addStyleTag({ content: '*, *:focus-visible { outline: none !important; box-shadow: none !important; }' });
  assert.ok(!(await focusIsVisible(page)), 'without outlines, no focus is seen');
});

test('Tab goes through every control in a sensible order, focus always shows, and wraps back to the start', async ({ t }) => {
  const { page } = t;
  await t.open('scene=nmda-blockade&view=2d');
  const stops = [];
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f === null) continue; // past the end of the page (the browser's own controls), then back in
    if (stops.length > 0 && key(f) === key(stops[0])) break;
    assert.ok(await focusIsVisible(page), `focus is visible on ${key(f)}`);
    stops.push(f);
  }
  const keys = stops.map(key);
  assert.ok(keys.length > 20 && keys.length < 150, `Tab comes back to the first control (no trap): ${keys.length} stops`);
  assert.equal(new Set(keys).size, keys.length, `each control is reached once per round:\n  ${keys.join('\n  ')}`);

  // A sensible order: header (steps, wording), the picture's hotspots, the transport under it, the
  // settings in the side column, the footer last.
  const first = (test) => stops.findIndex(test);
  assert.deepEqual([stops[0].tag, stops[0].name], ['a', 'Skip to the picture'], 'the first stop is the skip link');
  const order = [
    ['steps nav', first((f) => f.region === 'steps')],
    ['wording', first((f) => f.group === 'level')],
    ['stage hotspots', first(isHotspot)],
    ['transport', first((f) => f.region === 'transport')],
    ['settings', first((f) => f.region === 'settings')],
    ['footer', first((f) => f.region === 'footer')],
  ];
  for (const [name, index] of order) assert.ok(index >= 0, `Tab reaches the ${name}`);
  for (let i = 1; i < order.length; i++) {
    assert.ok(order[i - 1][1] < order[i][1], `${order[i - 1][0]} comes before ${order[i][0]}`);
  }
  assert.equal(stops.filter((f) => f.region === 'steps').length, 5, 'the five steps');
  assert.equal(stops.filter((f) => f.role === 'radio').length, 4, 'one stop per radio group (wording and three settings)');
  for (const name of ['Play', 'Previous step', 'Next step', 'Next scene', 'Position in scene']) {
    assert.ok(stops.some((f) => f.region === 'transport' && f.name === name), `the transport's "${name}"`);
  }

  // From the first stop, Shift+Tab leaves the page and comes back in at the last, then walks backwards.
  const back = [];
  for (let i = 0; i < 15 && back.length < 12; i++) {
    await page.keyboard.press('Shift+Tab');
    const f = await focused(page);
    if (f) back.push(key(f));
  }
  assert.deepEqual(back, [...keys].reverse().slice(0, back.length), 'Shift+Tab visits the same stops in reverse order');
  assert.equal(back.length, 12, 'Shift+Tab is not trapped either');
});

test('the skip link jumps past the header to the picture, and the address stays clean', async ({ t }) => {
  const { page } = t;
  await t.open('scene=ampa-activation&view=2d');
  const url = page.url();
  const skip = page.getByRole('link', { name: 'Skip to the picture' });
  const hidden = await skip.boundingBox();
  assert.ok(hidden && hidden.y + hidden.height <= 0, 'off screen until focused');
  await page.keyboard.press('Tab');
  const shown = await skip.boundingBox();
  assert.ok(shown && shown.y >= 0, 'on screen when focused');
  assert.ok(await focusIsVisible(page), 'and shows its focus');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'picture', 'focus moved to the picture');
  await page.keyboard.press('Tab');
  const next = await focused(page);
  assert.ok(['stage', 'transport'].includes(next?.region), `the next Tab stays in the picture's column (got ${key(next)})`);
  assert.equal(page.url(), url, 'no #picture added to the address');
});

test('the steps nav and the transport work with Enter and Space', async ({ t }) => {
  const { page } = t;
  await t.open('scene=nmda-blockade&view=2d');
  await tabTo(page, (f) => f.region === 'steps' && /AMPA/.test(f.name), { what: 'step 3' });
  await page.keyboard.press('Enter');
  await waitFor(async () => (await t.state()).scene === SCENES[2], { message: 'Enter on step 3 opens scene 3' });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await waitFor(async () => (await t.state()).scene === SCENES[3], { message: 'Space on step 4 opens scene 4' });

  await tabTo(page, (f) => f.region === 'transport' && f.name === 'Next step', { what: '"Next step"' });
  await page.keyboard.press('Enter');
  await waitFor(async () => (await t.state()).beat === 1, { message: 'Enter on "Next step"' });
  await page.keyboard.press('Space');
  await waitFor(async () => (await t.state()).beat === 2, { message: 'Space on "Next step"' });

  await tabTo(page, (f) => f.region === 'transport' && f.name === 'Play', { back: true, what: '"Play"' });
  await page.keyboard.press('Space');
  await waitFor(async () => (await focused(page))?.name === 'Pause', { message: 'the focused toggle to become "Pause"' });
  await page.keyboard.press('Enter');
  await waitFor(async () => (await focused(page))?.name === 'Play', { message: 'the focused toggle to become "Play" again' });

  await tabTo(page, (f) => f.region === 'transport' && f.name === 'Next scene', { what: '"Next scene"' });
  await page.keyboard.press('Enter');
  await waitFor(async () => (await t.state()).scene === SCENES[4], { message: 'Enter on "Next scene"' });
});

test('the wording and settings radio groups move with the arrow keys', async ({ t }) => {
  const { page } = t;
  await t.open('scene=bdnf-release&view=2d&level=patient');
  const plainCaption = await t.stableCaption();
  const wording = await tabTo(page, (f) => f.group === 'level', { what: 'the wording group' });
  assert.equal(wording.checked, true, 'Tab lands on the checked wording');
  await page.keyboard.press('ArrowRight');
  await waitFor(async () => new URL(page.url()).searchParams.get('level') === 'clinician', { message: 'ArrowRight to choose technical wording' });
  await waitFor(async () => (await t.caption()) !== plainCaption, { message: 'the caption to switch wording' });
  assert.equal((await focused(page)).checked, true, 'focus moves with the choice');
  await page.keyboard.press('ArrowLeft');
  await waitFor(async () => new URL(page.url()).searchParams.get('level') !== 'clinician', { message: 'ArrowLeft back to plain wording' });

  // The three settings groups, one Tab stop each.
  const groups = [];
  for (let i = 0; i < 3; i++) {
    const f = await tabTo(page, (g) => g.region === 'settings' && g.role === 'radio' && !groups.includes(g.group), { what: `settings group ${i + 1}` });
    groups.push(f.group);
    await page.keyboard.press('ArrowRight');
    const after = await focused(page);
    assert.equal(after.group, f.group, 'the arrow stays within the group');
    assert.notEqual(after.name, f.name, `ArrowRight moves to the next choice in ${f.group}`);
    assert.equal(after.checked, true, 'and chooses it');
  }
});

/** Opens each hotspot of the scene with Enter (the first one with Space) and closes it again. */
async function walkHotspots(t, { view }) {
  const { page } = t;
  const card = page.locator('.info-card');
  const seen = [];
  for (;;) {
    let hotspot;
    try {
      hotspot = await tabTo(page, (f) => isHotspot(f) && !seen.includes(f.actor), { max: 40, what: 'another hotspot' });
    } catch {
      break;
    }
    seen.push(hotspot.actor);
    await page.keyboard.press(seen.length === 1 ? 'Space' : 'Enter');
    await card.getByRole('heading', { name: hotspot.name, exact: true }).waitFor({ timeout: 3000 });
    const still = await focused(page);
    assert.equal(still?.actor, hotspot.actor, `${view}: focus stays on the "${hotspot.name}" label while its card shows`);
    if (seen.length === 1) {
      // Close with the card's own button, reached by Tab.
      await tabTo(page, (f) => f.name === 'Close this card', { max: 30, what: 'the card\'s close button' });
      assert.ok(await focusIsVisible(page), 'focus is visible on the close button');
      await page.keyboard.press('Enter');
    } else {
      await page.keyboard.press('Escape');
    }
    await card.waitFor({ state: 'detached', timeout: 3000 });
    const back = await focused(page);
    assert.equal(back?.actor, hotspot.actor, `${view}: focus returns to the "${hotspot.name}" label when its card closes`);
  }
  return seen;
}

for (const scene of SCENES) {
  test(`2D ${scene}: every hotspot label opens its info card from the keyboard; Escape or Close returns focus`, async ({ t }) => {
    await t.open(`scene=${scene}&view=2d`);
    const actors = await t.page.locator('[data-stage] [data-actor][role="button"], [data-stage] button[data-actor]').evaluateAll((els) => els.map((e) => e.getAttribute('data-actor')));
    const seen = await walkHotspots(t, { view: '2d' });
    assert.deepEqual([...seen].sort(), [...actors].sort(), 'Tab reaches every hotspot on the stage');
  });
}

test('3D: the hotspot labels are tabbable and open the info card', async ({ t }) => {
  test.setTimeout(90_000);
  await t.open('scene=nmda-blockade&view=3d');
  await waitFor(async () => (await t.state()).view === '3d', { timeout: 20_000, message: 'data-view="3d"' });
  const visible = t.page.locator('[data-stage] button[data-actor]:visible');
  await waitFor(async () => (await visible.count()) >= 3, { timeout: 10_000, message: 'labels placed over the 3D picture' });
  const actors = await visible.evaluateAll((els) => els.map((e) => e.getAttribute('data-actor')));
  const seen = await walkHotspots(t, { view: '3d' });
  assert.deepEqual([...seen].sort(), [...actors].sort(), 'Tab reaches every label on screen');
});

for (const name of ['About this explainer', 'What you may have read']) {
  test(`the "${name}" dialog takes focus, keeps Tab inside, closes on Escape and gives focus back`, async ({ t }) => {
    const { page } = t;
    await t.open('view=2d');
    await tabTo(page, (f) => f.region === 'footer' && f.name === name, { what: `"${name}"` });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: name === 'About this explainer' ? /about/i : /read/i });
    await dialog.waitFor({ state: 'visible' });
    await waitFor(async () => (await focused(page))?.region === 'dialog', { message: 'focus to move into the dialog' });
    const inside = new Set();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(i % 4 === 3 ? 'Shift+Tab' : 'Tab');
      const f = await focused(page);
      // Past the dialog's last control, focus may visit the browser's own controls (no element), never the page behind.
      if (f === null) continue;
      assert.equal(f.region, 'dialog', `Tab stays inside the dialog (got ${key(f)})`);
      assert.ok(await focusIsVisible(page), `focus is visible on ${key(f)} in the dialog`);
      inside.add(key(f));
    }
    assert.ok(inside.size >= 2, `Tab moves between the dialog's controls (${[...inside].join(', ')})`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    const back = await focused(page);
    assert.equal(back?.name, name, 'focus returns to the button that opened the dialog');
  });
}
