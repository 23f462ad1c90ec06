// Each scene renders in the 2D view, and every beat of it has a caption and labels clear of each other, at both wording levels.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { SCENES, LEVELS, GRADES, overlappingLabels, waitFor } from './helpers.mjs';

const SHAPES = 'path, circle, ellipse, rect, line, polyline, polygon, use, text';

/** The first-look checks every scene must pass right after it opens. */
async function checkSceneDrawn(t, expectedScene) {
  const { page } = t;
  const state = await t.state();
  assert.equal(state.scene, expectedScene, 'root [data-scene]');
  assert.equal(state.view, '2d', 'root [data-view] with view=2d');
  assert.ok(Number.isInteger(state.beat) && state.beat >= 0, `root [data-beat] is a beat index (got ${state.beat})`);

  const stageSvg = page.locator('[data-stage] svg[role="img"]').first();
  await stageSvg.waitFor({ state: 'visible' });
  const named = await page.locator('[data-stage]').getByRole('img', { name: /\S/ }).count();
  assert.ok(named >= 1, 'the stage svg[role=img] has an accessible name');
  const box = await stageSvg.boundingBox();
  assert.ok(box && box.width > 200 && box.height > 150, `stage svg is larger than 200×150 (got ${box?.width}×${box?.height})`);
  const shapes = await stageSvg.evaluate((svg, sel) => svg.querySelectorAll(sel).length, SHAPES);
  assert.ok(shapes > 20, `stage svg draws more than 20 shapes (got ${shapes})`);

  const caption = await t.caption();
  assert.ok(caption.length > 0, 'caption is not empty');
  const grades = await page.locator('[data-grade]').evaluateAll((els) => els.map((e) => e.getAttribute('data-grade')));
  assert.ok(grades.length >= 1, 'an evidence badge [data-grade] is present');
  for (const g of grades) assert.ok(GRADES.includes(g), `evidence grade is one of ${GRADES.join('/')} (got ${JSON.stringify(g)})`);
  await page.locator('[data-grade]').first().waitFor({ state: 'visible' });
}

/** Beat count of the scene on screen, found with the End key (then back with Home). */
async function countBeats(t) {
  const { page } = t;
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  await page.keyboard.press('End');
  const last = await waitFor(async () => {
    const s = await t.state();
    return s.beat > 0 ? s.beat : 0;
  }, { message: 'End to move to the last beat' });
  await page.keyboard.press('Home');
  await waitFor(async () => (await t.state()).beat === 0, { message: 'Home to return to beat 0' });
  return last + 1;
}

/** Steps through every beat with the "Next step" button; returns the captions, one a beat. */
async function stepThrough(t, scene, level) {
  const { page } = t;
  const beats = await countBeats(t);
  assert.ok(beats >= 2, `${scene} has at least 2 beats (got ${beats})`);
  const captions = [await t.caption()];
  await t.shot(`${scene}-${level}-beat0`);
  const next = page.getByRole('button', { name: 'Next step', exact: true });
  for (let beat = 1; beat < beats; beat++) {
    await next.click();
    await waitFor(async () => (await t.state()).beat === beat, { message: `data-beat=${beat} after "Next step"` });
    const state = await t.state();
    assert.equal(state.scene, scene, `"Next step" inside the scene keeps data-scene (beat ${beat})`);
    const caption = await waitFor(async () => {
      const c = await t.caption();
      return c !== captions[beat - 1] ? c : '';
    }, { message: `caption to change at beat ${beat} of ${scene} (${level})` });
    assert.ok(caption.length > 0);
    captions.push(caption);
    await t.shot(`${scene}-${level}-beat${beat}`);
    assert.deepEqual(await overlappingLabels(t.page), [], `labels overlap at beat ${beat} of ${scene} (${level})`);
  }
  return captions;
}

for (const scene of SCENES) {
  test(`${scene}: draws, and every beat has a caption at both levels`, async ({ t }) => {
    test.setTimeout(90_000);
    const byLevel = {};
    for (const level of LEVELS) {
      await t.open(`scene=${scene}&view=2d&level=${level}`);
      await checkSceneDrawn(t, scene);
      byLevel[level] = await stepThrough(t, scene, level);
    }
    assert.equal(byLevel.patient.length, byLevel.clinician.length, 'same beat count at both levels');
    byLevel.patient.forEach((caption, i) => {
      assert.notEqual(byLevel.clinician[i], caption, `clinician caption differs from patient caption at beat ${i}`);
    });
  });
}

test('scene=3 opens the third scene (numeric alias)', async ({ t }) => {
  await t.open('scene=3&view=2d');
  await checkSceneDrawn(t, 'ampa-activation');
  const warned = t.console.warnings.filter((w) => /scene/i.test(w));
  assert.deepEqual(warned, [], 'a valid numeric alias is not warned about');
});

test('no parameters: opens the first scene at beat 0', async ({ t }) => {
  await t.open('view=2d');
  await checkSceneDrawn(t, 'nmda-blockade');
  assert.equal((await t.state()).beat, 0);
  assert.equal((await t.state()).mode, 'explore', 'data-mode defaults to explore');
});
