// Rendering cost (issue 12, "animate outside React's render"): while a 2D scene plays, the picture moves
// every frame but React commits only when something structural changes (a beat, the play button), never
// once per frame. Commits are counted through a React DevTools global hook that the test installs before
// the app loads; the production build of react-dom calls it on every commit, as it does for DevTools.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { waitFor, pauseClockAhead } from './helpers.mjs';

const button = (page, name) => page.getByRole('button', { name, exact: true });
const scrubber = (page) => page.getByRole('slider', { name: 'Position in scene' });
/** The group the camera moves: the scene's world under the inner picture. */
const WORLD = '[data-stage] svg[role="img"] > g[transform^="scale("]';

/** Installs the hook (before any script of the page runs) and counts commits in window.__commits. */
async function countCommits(page) {
  await page.addInitScript(() => {
    window.__commits = 0;
    window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      isDisabled: false,
      renderers: new Map(),
      inject() {
        return 1;
      },
      onCommitFiberRoot() {
        window.__commits++;
      },
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      checkDCE() {},
    };
  });
}

/**
 * Starts counting, in the page: commits, animation frames, and changes of beat or scene (data-beat,
 * data-scene on the app root). `read()` returns what was counted since.
 */
async function startCounting(page) {
  await page.evaluate(() => {
    const root = document.querySelector('#root > [data-app]');
    const counts = { commits: window.__commits, frames: 0, beats: 0 };
    new MutationObserver((records) => (counts.beats += records.length)).observe(root, { attributes: true, attributeFilter: ['data-beat', 'data-scene'] });
    const frame = () => {
      counts.frames++;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    window.__since = counts;
  });
  return {
    read: () =>
      page.evaluate(() => ({ commits: window.__commits - window.__since.commits, frames: window.__since.frames, beats: window.__since.beats })),
  };
}

/**
 * Waits until the page's start-up has finished committing. After the first paint, once the browser is
 * idle, the app loads what no first page shows (the dialogs with the rest of the text, the handout's code,
 * the WebGL probe) and each arrival is a commit of its own: counted while playing, those would be taken
 * for the frame loop's (12 commits against an allowance of 10 once in four fresh-clone runs; 5–9 over
 * six runs of the reduced-motion test, 5–6 once start-up is waited for). The dialogs' elements in the
 * page say the idle moment has come; then React must stay still for a second.
 */
async function startUpDone(page) {
  await page.waitForSelector('dialog', { state: 'attached' });
  let last = -1;
  let since = Date.now();
  await waitFor(
    async () => {
      const commits = await page.evaluate(() => window.__commits);
      if (commits !== last) [last, since] = [commits, Date.now()];
      return Date.now() - since >= 1000;
    },
    { timeout: 20_000, interval: 100, message: 'no React commit for a second while paused (start-up done)' },
  );
}

/** How far into the scene the player is, from the scrubber (0–1000 over the scene's duration). */
const scrubberValue = (page) => scrubber(page).evaluate((el) => Number(el.value));

/** Where the shown drawings of `part` are (groups the frame loop places), as one string. */
const placements = (page, part) =>
  page.evaluate(
    (part) =>
      [...document.querySelectorAll(`[data-stage] [data-part="${part}"] > g`)]
        .filter((g) => g.getAttribute('display') !== 'none')
        .map((g) => g.getAttribute('transform'))
        .join(' | '),
    part,
  );

/**
 * Plays from a paused page until the scrubber reaches `until` (of 1000), however slow the machine, calls
 * `whilePlaying`, pauses, and checks what was counted meanwhile: frames went by, and React committed only
 * a few times per change of beat or scene (caption, progress, camera target, labels) plus a few for
 * pressing Play and Pause. A commit per frame would be dozens per second.
 */
async function playAndCount(page, until, whilePlaying = async () => undefined) {
  await startUpDone(page);
  const counting = await startCounting(page);
  await button(page, 'Play').click();
  await waitFor(async () => (await scrubberValue(page)) >= until, { timeout: 40_000, message: `the scrubber to reach ${until}` });
  await whilePlaying();
  await button(page, 'Pause').click();
  await button(page, 'Play').waitFor();
  const counted = await counting.read();
  const allowance = 4 * counted.beats + 6;
  assert.ok(counted.frames >= 30, `frames went by while playing (${counted.frames})`);
  assert.ok(
    counted.commits <= allowance,
    `${counted.commits} React commits over ${counted.frames} frames and ${counted.beats} beat changes (at most ${allowance})`,
  );
  return counted;
}

test('2D: a playing scene moves every frame without a React commit per frame', async ({ t }) => {
  const { page } = t;
  await countCommits(page);
  await t.open('scene=glutamate-surge&view=2d');
  assert.ok((await page.evaluate(() => window.__commits)) > 0, 'the production build reports its commits to the hook (the count can be trusted)');
  const before = { placed: await placements(page, 'ketamine'), position: await scrubberValue(page) };
  assert.ok(before.placed, 'ketamine molecules are shown at the start of the scene');
  // Several seconds of the scene's own time, across a beat change (the scene lasts 30 s and its first
  // beat 7 s: 270 of 1000 is 8.1 s).
  let during;
  await playAndCount(page, 270, async () => {
    during = await placements(page, 'ketamine');
  });
  assert.notEqual(during, before.placed, 'the picture moved: drifting molecules changed place');
  assert.ok((await scrubberValue(page)) > before.position, 'the scrubber followed the clock');
});

test('2D under reduced motion: playing commits only at beat changes', async ({ t }) => {
  const { page } = t;
  await countCommits(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await t.open('scene=nmda-blockade&view=2d');
  // Past the first beat change (beat 1 starts at 7 s of 38 s: 184 of 1000).
  const counted = await playAndCount(page, 250);
  assert.ok(counted.beats >= 1, 'the beat changed while playing');
});

test('2D: the camera glides to a new framing while paused, drawn without React commits', async ({ t }) => {
  const { page } = t;
  await countCommits(page);
  // The page's clock is stepped by the test, so the 1.3 s glide is sampled the same way on any machine.
  await page.clock.install();
  await t.open('scene=nmda-blockade&view=2d');
  await pauseClockAhead(page);
  const world = page.locator(WORLD);
  const wide = await world.getAttribute('transform');
  await button(page, 'Next step').click();
  await waitFor(async () => (await t.state()).beat === 1, { message: 'beat 1 (the receptor framing)' });
  // The step's own commits (caption, progress, labels) come first; then the glide, frame by frame.
  await page.clock.runFor(100);
  const commits = await page.evaluate(() => window.__commits);
  const seen = [await world.getAttribute('transform')];
  for (let ms = 0; ms < 1600; ms += 50) {
    await page.clock.runFor(50);
    seen.push(await world.getAttribute('transform'));
  }
  const during = (await page.evaluate(() => window.__commits)) - commits;
  const positions = new Set(seen).size;
  assert.equal((await t.state()).beat, 1, 'still on beat 1, paused');
  assert.notEqual(seen.at(-1), wide, 'the camera moved to the receptor framing');
  assert.ok(positions >= 15, `it glided through ${positions} camera positions in 1.6 s (not a jump)`);
  assert.equal(seen.at(-1), seen.at(-2), 'and came to rest');
  assert.ok(during <= 2, `${during} React commits while the camera glided`);
});
