// The qualitative panel (issue "parameter panel"): driven by its accessible names, each setting changes
// the address bar and the picture of the scene it matters to, and the time-course chart follows.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';

const group = (page, name) => page.getByRole('group', { name, exact: true });
/** The address bar leaves out a setting at its default (interface.md). */
const DEFAULTS = { exposure: 'moderate', time: 'day', stress: 'high' };

/** Chooses a word in a panel group and waits for the address bar to say so. */
async function choose(t, groupName, radioName, param, value) {
  await group(t.page, groupName).getByRole('radio', { name: radioName }).check();
  const expected = value === DEFAULTS[param] ? null : value;
  await t.waitFor(async () => new URL(t.page.url()).searchParams.get(param) === expected, {
    message: `the address bar to carry ${param}=${value}`,
  });
}

/**
 * A picture of the stage (paused, so both pictures show the same moment): at the start of the scene's
 * last beat, or where it stands when `lastBeat` is false.
 */
async function stagePicture(t, name, { lastBeat = true } = {}) {
  if (lastBeat) await lastBeatStart(t);
  await t.page.waitForTimeout(1200); // the camera and labels settle
  const stage = t.page.locator('[data-stage]').first();
  await stage.screenshot({ path: `test-results/screens/panel-${name}.png` });
  return stage.screenshot();
}

async function lastBeatStart(t) {
  // The radio just chosen keeps focus and takes arrow/End keys itself: give the keys back to the player.
  await t.page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  await t.page.keyboard.press('End');
}

test('exposure: low and high draw different pictures, and the URL follows', async ({ t }) => {
  // Minutes after a session, while the drug is still there (a day later both pictures are alike).
  await t.open('scene=nmda-blockade&view=2d&time=minutes');
  await choose(t, 'Ketamine exposure', /^Low/, 'exposure', 'low');
  const low = await stagePicture(t, 'exposure-low');
  await choose(t, 'Ketamine exposure', /^High/, 'exposure', 'high');
  const high = await stagePicture(t, 'exposure-high');
  assert.ok(!low.equals(high), 'the picture changes between low and high exposure');
  // High exposure is the anaesthetic range: the picture says so (sedation), it does not just grow.
  assert.ok(await t.page.locator('[data-sedation]').count(), 'high exposure shows sedation on the stage');
});

test('stress: low and high draw different spines, and the URL follows', async ({ t }) => {
  await t.open('scene=synaptogenesis&view=2d');
  await choose(t, 'Chronic stress background', /^Low/, 'stress', 'low');
  const low = await stagePicture(t, 'stress-low');
  await choose(t, 'Chronic stress background', /^High/, 'stress', 'high');
  const high = await stagePicture(t, 'stress-high');
  assert.ok(!low.equals(high), 'the picture changes between low and high stress');
});

test('time since a session moves the chart and the picture; the link reopens the same setup', async ({ t }) => {
  const { page } = t;
  // The last moment of the scene: the spines as they are at the chosen time since a session.
  await t.open('scene=synaptogenesis&view=2d&t=0.999');
  const chart = page.locator('figure.chart');
  await chart.waitFor();
  await choose(t, 'Time since a session', 'About a day', 'time', 'day');
  const dayPicture = await stagePicture(t, 'time-day', { lastBeat: false });
  const dayChart = await chart.screenshot();
  await choose(t, 'Time since a session', 'Several weeks', 'time', 'weeks');
  const weeksPicture = await stagePicture(t, 'time-weeks', { lastBeat: false });
  const weeksChart = await chart.screenshot();
  assert.ok(!dayPicture.equals(weeksPicture), 'the spines differ between about a day and several weeks');
  assert.ok(!dayChart.equals(weeksChart), 'the chart marks another moment');
  // The address bar reopens the same setup.
  await choose(t, 'Ketamine exposure', /^None/, 'exposure', 'none');
  const link = page.url();
  await t.open(new URL(link).search);
  for (const [name, radio] of [['Ketamine exposure', /^None/], ['Time since a session', 'Several weeks']]) {
    assert.ok(await group(page, name).getByRole('radio', { name: radio }).isChecked(), `${name} reopens as chosen`);
  }
});

test('the panel says its settings are illustrative, not doses', async ({ t }) => {
  await t.open('scene=bdnf-release&view=2d');
  const note = await t.page.locator('aside').innerText();
  assert.match(note, /not doses/i);
});
