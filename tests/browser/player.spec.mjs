// The player: keyboard shortcuts, transport controls, autoplay, the scrubber and deep links.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { SCENES, waitFor, sleep, wordingGroup } from './helpers.mjs';

const blur = (page) => page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
const button = (page, name) => page.getByRole('button', { name, exact: true });

/** The scrubber's position as a fraction 0–1. */
async function scrubberFraction(page) {
  const slider = page.getByRole('slider', { name: 'Position in scene' });
  return slider.evaluate((el) => {
    const min = el.min === '' ? 0 : Number(el.min);
    const max = el.max === '' ? 100 : Number(el.max);
    return (Number(el.value) - min) / (max - min);
  });
}

test('Space toggles play; the toggle button is named "Pause" while playing', async ({ t }) => {
  const { page } = t;
  await t.open('scene=nmda-blockade&view=2d');
  await button(page, 'Play').waitFor();
  assert.equal(await button(page, 'Pause').count(), 0, 'paused on load (autoplay defaults to 0 in explore)');
  await blur(page);
  await page.keyboard.press('Space');
  await button(page, 'Pause').waitFor({ timeout: 3000 });
  assert.equal(await button(page, 'Play').count(), 0, 'one toggle button: no "Play" while playing');
  await blur(page);
  await page.keyboard.press('Space');
  await button(page, 'Play').waitFor({ timeout: 3000 });
  assert.equal(await button(page, 'Pause').count(), 0);
});

test('ArrowRight / ArrowLeft move one beat', async ({ t }) => {
  const { page } = t;
  await t.open('scene=glutamate-surge&view=2d');
  const first = await t.caption();
  await blur(page);
  await page.keyboard.press('ArrowRight');
  await waitFor(async () => (await t.state()).beat === 1, { message: 'data-beat=1 after ArrowRight' });
  const second = await waitFor(async () => ((c) => (c !== first ? c : ''))(await t.caption()), { message: 'caption to change' });
  await page.keyboard.press('ArrowLeft');
  await waitFor(async () => (await t.state()).beat === 0, { message: 'data-beat=0 after ArrowLeft' });
  await waitFor(async () => (await t.caption()) === first, { message: 'the first caption back after ArrowLeft' });
  assert.notEqual(second, first);
  assert.equal((await t.state()).scene, 'glutamate-surge');
});

test('PageDown / PageUp change scene', async ({ t }) => {
  const { page } = t;
  await t.open('scene=nmda-blockade&view=2d');
  await blur(page);
  await page.keyboard.press('PageDown');
  await waitFor(async () => (await t.state()).scene === SCENES[1], { message: `data-scene=${SCENES[1]} after PageDown` });
  await page.keyboard.press('PageDown');
  await waitFor(async () => (await t.state()).scene === SCENES[2], { message: `data-scene=${SCENES[2]} after PageDown` });
  await page.keyboard.press('PageUp');
  await waitFor(async () => (await t.state()).scene === SCENES[1], { message: `data-scene=${SCENES[1]} after PageUp` });
  assert.equal((await t.state()).beat, 0, 'a new scene starts at beat 0');
});

test('keys 1–5 jump to the five scenes', async ({ t }) => {
  const { page } = t;
  await t.open('view=2d');
  await blur(page);
  for (const i of [3, 5, 1, 4, 2]) {
    await page.keyboard.press(String(i));
    await waitFor(async () => (await t.state()).scene === SCENES[i - 1], { message: `data-scene=${SCENES[i - 1]} after key ${i}` });
    await t.caption();
  }
});

test('Home / End go to the first / last beat of the scene', async ({ t }) => {
  const { page } = t;
  await t.open('scene=bdnf-release&view=2d');
  const first = await t.caption();
  await blur(page);
  await page.keyboard.press('End');
  const last = await waitFor(async () => ((s) => (s.beat > 0 ? s.beat : 0))(await t.state()), { message: 'End to leave beat 0' });
  assert.equal((await t.state()).scene, 'bdnf-release', 'End stays in the scene');
  await waitFor(async () => (await t.caption()) !== first, { message: 'caption to change after End' });
  // One step back from the last beat, then End again lands on the same last beat.
  await page.keyboard.press('ArrowLeft');
  await waitFor(async () => (await t.state()).beat === last - 1, { message: 'ArrowLeft from the last beat' });
  await page.keyboard.press('End');
  await waitFor(async () => (await t.state()).beat === last, { message: 'End again' });
  await page.keyboard.press('Home');
  await waitFor(async () => (await t.state()).beat === 0, { message: 'data-beat=0 after Home' });
  await waitFor(async () => (await t.caption()) === first, { message: 'the first caption after Home' });
});

test('"?" and the "Keyboard shortcuts" button open a dialog that Escape closes', async ({ t }) => {
  const { page } = t;
  await t.open('view=2d');
  await blur(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: /keyboard shortcuts/i });
  await dialog.waitFor({ state: 'visible', timeout: 3000 });
  const text = await dialog.innerText();
  assert.match(text, /space/i, 'the dialog lists Space');
  assert.match(text, /pointer with a fading trail/i, 'explore offers the pointer and pen: their keys are listed');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden', timeout: 3000 });

  await button(page, 'Keyboard shortcuts').click();
  await dialog.waitFor({ state: 'visible', timeout: 3000 });
  const focusInside = await dialog.evaluate((d) => d.contains(document.activeElement));
  assert.ok(focusInside, 'focus moves into the dialog');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden', timeout: 3000 });
  const focusBack = await button(page, 'Keyboard shortcuts').evaluate((el) => el === document.activeElement);
  assert.ok(focusBack, 'focus returns to the button that opened the dialog');

  // An embed has no pointer or pen: its help lists only the keys that work there.
  await t.open('mode=embed&view=2d');
  await blur(page);
  await page.keyboard.press('?');
  await dialog.waitFor({ state: 'visible', timeout: 3000 });
  const embedText = await dialog.innerText();
  assert.match(embedText, /space/i, 'the embed\'s help lists Space');
  assert.doesNotMatch(embedText, /pointer|highlighter|eraser/i, 'no pointer or pen keys where there is no pointer or pen');
});

test('speed=16&autoplay=1 plays through the beats of a scene', async ({ t }) => {
  const { page } = t;
  await t.open('scene=nmda-blockade&view=2d&speed=16&autoplay=1');
  await button(page, 'Pause').waitFor({ timeout: 3000 });
  const captions = new Set([await t.caption()]);
  const beats = new Set([(await t.state()).beat]);
  const end = Date.now() + 15_000;
  while (Date.now() < end && (beats.size < 3 || captions.size < 3)) {
    await sleep(100);
    beats.add((await t.state()).beat);
    const c = await page.evaluate(() => document.querySelector('[data-caption]')?.textContent?.trim() ?? '');
    if (c) captions.add(c);
  }
  assert.ok(beats.size >= 3, `autoplay at 16× reaches 3 beats within 15 s (saw beats ${[...beats].join(', ')})`);
  assert.ok(captions.size >= 3, `caption changes as it plays (saw ${captions.size} captions)`);
});

test('the scrubber "Position in scene" moves during playback', async ({ t }) => {
  const { page } = t;
  await t.open('scene=ampa-activation&view=2d&speed=4&autoplay=1');
  const slider = page.getByRole('slider', { name: 'Position in scene' });
  await slider.waitFor();
  assert.equal(await slider.getAttribute('type'), 'range', 'the scrubber is an input[type=range]');
  const before = await scrubberFraction(page);
  await sleep(1500);
  const after = await scrubberFraction(page);
  assert.ok(after > before, `scrubber advances while playing (${before.toFixed(3)} → ${after.toFixed(3)})`);
  // Paused, it stays put.
  await button(page, 'Pause').click();
  await button(page, 'Play').waitFor();
  const paused = await scrubberFraction(page);
  await sleep(800);
  assert.ok(Math.abs((await scrubberFraction(page)) - paused) < 1e-6, 'scrubber holds still while paused');
});

test('t=0.5 opens mid-scene', async ({ t }) => {
  const { page } = t;
  await t.open('scene=synaptogenesis&view=2d&t=0.5');
  const fraction = await scrubberFraction(page);
  assert.ok(Math.abs(fraction - 0.5) <= 0.1, `scrubber near the middle (got ${fraction.toFixed(3)})`);
  assert.ok((await t.state()).beat > 0, 'a mid-scene position is past the first beat');
  assert.equal(t.console.warnings.filter((w) => /"t"/.test(w)).length, 0, 'a valid t is not warned about');
});

test('transport buttons, speed, wording and the steps nav follow the DOM contract', async ({ t }) => {
  const { page } = t;
  await t.open('scene=nmda-blockade&view=2d');
  for (const name of ['Play', 'Previous step', 'Next step', 'Previous scene', 'Next scene', 'References', 'Keyboard shortcuts', 'About this explainer']) {
    assert.equal(await button(page, name).count(), 1, `exactly one button named "${name}"`);
  }
  const speed = page.getByRole('combobox', { name: 'Speed' });
  assert.equal(await speed.evaluate((el) => el.tagName), 'SELECT', 'speed is a <select> named "Speed"');

  // Steps nav: 5 buttons, the current one marked aria-current="step"; clicking one changes scene.
  const nav = page.getByRole('navigation', { name: 'Steps' });
  const steps = nav.getByRole('button');
  assert.equal(await steps.count(), 5, 'five scene buttons in the "Steps" nav');
  const current = await steps.evaluateAll((els) => els.map((e) => e.getAttribute('aria-current')));
  assert.deepEqual(current, ['step', null, null, null, null], 'aria-current="step" on the first scene only');
  await steps.nth(3).click();
  await waitFor(async () => (await t.state()).scene === SCENES[3], { message: `steps nav to open ${SCENES[3]}` });
  assert.equal(await steps.nth(3).getAttribute('aria-current'), 'step');

  await button(page, 'Next scene').click();
  await waitFor(async () => (await t.state()).scene === SCENES[4], { message: '"Next scene"' });
  await button(page, 'Previous scene').click();
  await waitFor(async () => (await t.state()).scene === SCENES[3], { message: '"Previous scene"' });
  await button(page, 'Next step').click();
  await waitFor(async () => (await t.state()).beat === 1, { message: '"Next step"' });
  await button(page, 'Previous step').click();
  await waitFor(async () => (await t.state()).beat === 0, { message: '"Previous step"' });

  // Wording: a radio group with Plain (checked by default) and Technical.
  const wording = wordingGroup(page);
  const plain = wording.getByRole('radio', { name: 'Plain', exact: true });
  const technical = wording.getByRole('radio', { name: 'Technical', exact: true });
  assert.ok(await plain.isChecked(), '"Plain" is checked at level=patient');
  const patientCaption = await t.caption();
  await technical.check();
  await waitFor(async () => (await t.caption()) !== patientCaption, { message: 'caption to switch to technical wording' });
  await waitFor(async () => new URL(page.url()).searchParams.get('level') === 'clinician', {
    message: 'the address bar to follow the wording (level=clinician)',
  });

  // The speed select offers faster playback and keeps the choice.
  const options = await speed.evaluate((el) => [...el.options].map((o) => o.value));
  const fast = options.find((v) => Number.parseFloat(v) > 1);
  assert.ok(fast, `the speed select offers a speed above 1× (options ${options.join(', ')})`);
  await speed.selectOption(fast);
  assert.equal(await speed.inputValue(), fast, 'the speed select keeps the chosen speed');
});

test('the address bar follows the state, so a copied link reopens the same moment', async ({ t }) => {
  const { page } = t;
  await t.open('view=2d');
  await blur(page);
  await page.keyboard.press('3');
  await waitFor(async () => (await t.state()).scene === SCENES[2], { message: 'key 3' });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await waitFor(async () => (await t.state()).beat === 2, { message: 'beat 2' });
  const caption = await t.stableCaption();
  const link = page.url();
  const params = new URL(link).searchParams;
  assert.ok(['ampa-activation', '3'].includes(params.get('scene') ?? ''), `URL scene follows (got ${link})`);
  await page.goto('about:blank');
  await page.goto(link);
  await page.waitForSelector('#root > [data-app][data-scene][data-ready]');
  assert.equal((await t.state()).scene, SCENES[2], 'the copied link reopens the scene');
  assert.equal((await t.state()).beat, 2, 'the copied link reopens the beat');
  assert.equal(await t.stableCaption(), caption, 'the copied link reopens the caption');
});
