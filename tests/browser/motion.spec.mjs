// Motion (issue "Accessible to everyone"): under prefers-reduced-motion the scenes are still keyframes,
// one per beat, nothing starts by itself outside the kiosk, and the kiosk still advances beat by beat;
// and, with motion on, no part of the screen flashes more than three times a second (WCAG 2.3.1).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { SCENES, SCREENS_DIR as SCREENS, waitFor, sleep, measurePixels, pauseClockAhead } from './helpers.mjs';

const button = (page, name) => page.getByRole('button', { name, exact: true });
const scrubber = (page) => page.getByRole('slider', { name: 'Position in scene' });

/** The scrubber's value (the position in the scene), or null where there is none (a playing kiosk). */
const scrubberValue = async (page) => ((await scrubber(page).count()) > 0 ? scrubber(page).evaluate((el) => Number(el.value)) : null);

/**
 * The window as a PNG, with the scrubber masked out (it tracks the position as the clock runs, which
 * is information, not animation) and without scrollbars (the browser's, which fade by themselves).
 * Not a full-page screenshot: Chromium does not redraw the parts outside the window identically from
 * one full-page capture to the next, so the window is made tall enough for the whole page instead.
 */
async function screen(page) {
  const mask = (await scrubber(page).count()) > 0 ? [scrubber(page)] : [];
  return page.screenshot({ mask, style: 'html { scrollbar-width: none; }' });
}

/**
 * Two screenshots a second apart within one beat, while the clock runs. A beat change in between
 * (or just before: the caption and the picture cross-fade for a moment) makes it try again later.
 * Returns the two PNGs and whether the clock moved between them.
 */
async function pairWithinBeat(t, { settle = 1500, gap = 1000, tries = 6 } = {}) {
  for (let attempt = 0; attempt < tries; attempt++) {
    const start = await t.state();
    await sleep(settle);
    const clockBefore = await scrubberValue(t.page);
    const first = await screen(t.page);
    await sleep(gap);
    const second = await screen(t.page);
    const clockAfter = await scrubberValue(t.page);
    const end = await t.state();
    if (start.scene === end.scene && start.beat === end.beat) {
      return { first, second, start, clockMoved: clockBefore === null || clockAfter === null ? null : clockAfter > clockBefore };
    }
  }
  throw new Error(`the beat changed during each of ${tries} tries: could not take two shots within one beat`);
}

/** Where two same-sized PNGs differ (CSS px box and pixel count). */
function difference(context, a, b) {
  return measurePixels(context, [a, b], ([pa, pb]) => {
    if (pa.width !== pb.width || pa.height !== pb.height) return `sizes differ: ${pa.width}×${pa.height} and ${pb.width}×${pb.height}`;
    let count = 0;
    const box = { left: Infinity, top: Infinity, right: -1, bottom: -1 };
    for (let i = 0; i < pa.data.length; i += 4) {
      if (pa.data[i] === pb.data[i] && pa.data[i + 1] === pb.data[i + 1] && pa.data[i + 2] === pb.data[i + 2]) continue;
      count++;
      const x = (i / 4) % pa.width;
      const y = Math.floor(i / 4 / pa.width);
      box.left = Math.min(box.left, x);
      box.top = Math.min(box.top, y);
      box.right = Math.max(box.right, x);
      box.bottom = Math.max(box.bottom, y);
    }
    return `${count} pixels differ, within x ${box.left}–${box.right}, y ${box.top}–${box.bottom}`;
  });
}

async function assertStillWhilePlaying(t, label) {
  const { first, second, start, clockMoved } = await pairWithinBeat(t);
  if (clockMoved !== null) assert.ok(clockMoved, `${label}: the clock ran between the two screenshots (playback is on)`);
  await t.shot(`reduced-motion-${label}-beat${start.beat}`, { settle: 0 });
  if (first.equals(second)) return;
  const where = await difference(t.context, first, second);
  const files = [];
  for (const [suffix, png] of [['a', first], ['b', second]]) {
    files.push(path.join(SCREENS, `reduced-motion-${label}-beat${start.beat}-${suffix}.png`));
    await writeFile(files.at(-1), png);
  }
  assert.fail(`${label}: under reduced motion the screen changed within beat ${start.beat} of ${start.scene} (${where}; see ${files.join(', ')})`);
}

/** Opens `query` under reduced motion, in a window tall enough to show the whole page. */
async function openReduced(t, query) {
  await t.page.emulateMedia({ reducedMotion: 'reduce' });
  await t.page.setViewportSize({ width: 1280, height: 1700 });
  await t.open(query);
}

for (const scene of SCENES) {
  test(`reduced motion, 2D: ${scene} is a still picture between beat changes while playing`, async ({ t }) => {
    test.setTimeout(90_000); // real seconds between tall screenshots, as in 3D below: a busy machine took over 60 s
    const { page } = t;
    await openReduced(t, `scene=${scene}&view=2d`);
    await button(page, 'Play').click();
    await button(page, 'Pause').waitFor();
    await assertStillWhilePlaying(t, `2d-${scene}`);
    // A later beat, where the "now" marker of the chart has somewhere to go.
    await button(page, 'Next step').click();
    await button(page, 'Next step').click();
    await assertStillWhilePlaying(t, `2d-${scene}`);
  });
}

test('reduced motion, 3D: the 3D view is a still picture between beat changes while playing', async ({ t }) => {
  test.setTimeout(90_000);
  const { page } = t;
  await openReduced(t, 'scene=glutamate-surge&view=3d');
  await waitFor(async () => (await t.state()).view === '3d', { timeout: 20_000, message: 'data-view="3d"' });
  // Let the first frames settle (labels measured and placed) before playing.
  await sleep(1000);
  await button(page, 'Play').click();
  await button(page, 'Pause').waitFor();
  await assertStillWhilePlaying(t, '3d-glutamate-surge');
  // Still there after a beat change: the next beat is another still.
  await button(page, 'Next step').click();
  await assertStillWhilePlaying(t, '3d-glutamate-surge-next');
});

test('without reduced motion the same two screenshots differ (the comparison sees motion)', async ({ t }) => {
  const { page } = t;
  await page.setViewportSize({ width: 1280, height: 1700 });
  await t.open('scene=glutamate-surge&view=2d');
  await button(page, 'Play').click();
  await button(page, 'Pause').waitFor();
  const { first, second } = await pairWithinBeat(t);
  assert.ok(!first.equals(second), 'with motion on, the picture moves within a beat');
});

test('reduced motion: autoplay=1 does not start playing in explore mode', async ({ t }) => {
  const { page } = t;
  await openReduced(t, 'scene=nmda-blockade&view=2d&autoplay=1');
  await button(page, 'Play').waitFor();
  const before = await scrubberValue(page);
  await sleep(1500);
  assert.equal(await button(page, 'Pause').count(), 0, 'still paused: nothing starts moving by itself');
  assert.equal(await scrubberValue(page), before, 'the clock has not moved');
  assert.equal((await t.state()).beat, 0);
  // Playing is still one press away.
  await button(page, 'Play').click();
  await button(page, 'Pause').waitFor();
});

test('reduced motion: the kiosk still advances, beat by beat, each still held and not moving', async ({ t }) => {
  test.setTimeout(180_000);
  const { page } = t;
  await openReduced(t, 'mode=kiosk&view=2d');
  // The kiosk starts on its own after the opening note, even under reduced motion.
  await waitFor(async () => (await t.state()).beat >= 1, { timeout: 40_000, message: 'the kiosk to reach beat 1' });
  await assertStillWhilePlaying(t, 'kiosk');

  // Beats follow one another in order, each held for its time (7 or 8 s at 1×).
  const changes = [];
  let last = await t.state();
  const end = Date.now() + 40_000;
  while (Date.now() < end && changes.length < 3) {
    await sleep(100);
    const now = await t.state();
    if (now.beat !== last.beat || now.scene !== last.scene) {
      changes.push({ at: Date.now(), from: last, to: now });
      last = now;
    }
  }
  assert.ok(changes.length >= 2, `the kiosk moved on at least twice in 40 s (saw ${changes.length})`);
  for (const { from, to } of changes) {
    const next = to.scene === from.scene ? to.beat === from.beat + 1 : to.beat === 0;
    assert.ok(next, `beat by beat: ${from.scene}#${from.beat} → ${to.scene}#${to.beat}`);
  }
  for (let i = 1; i < changes.length; i++) {
    const held = changes[i].at - changes[i - 1].at;
    assert.ok(held >= 5000, `each still is held long enough to read (${Math.round(held)} ms)`);
  }
});

// ---- Photosensitivity ------------------------------------------------------------------------------

/*
 * WCAG 2.3.1 (Three Flashes or Below Threshold), simplified:
 * - The page's clock is stepped 1/15 s at a time with Playwright's fake clock (timers, animation
 *   frames, performance.now: the player and the camera glides run on them), and
 *   the screen is recorded after each step from Chromium's screencast, at a quarter of its width. So
 *   the scene plays at normal speed in its own time and is sampled 10 times per second of it (enough to see the 8 transitions a second of 4 flashes), however
 *   slow the machine running the test. (CSS transitions and animations run on real time; the app uses
 *   them only for slow fades: captions, reduced-motion stills, kiosk cards.)
 * - Each frame is cut into tiles of about a quarter of a 10° visual field (341 × 256 CSS px at
 *   1024 × 768, WCAG's reference), 170 × 128 CSS px, and each tile's mean relative luminance is
 *   computed (sRGB → linear, 0.2126 R + 0.7152 G + 0.0722 B). A flash smaller than a quarter of the
 *   field is allowed by WCAG's area threshold; a larger one makes at least one tile swing.
 * - A transition is a change of a tile's mean luminance by 0.1 or more (10 % of the maximum relative
 *   luminance, 1.0) from its last extreme, in the direction opposite to the previous transition, with
 *   the darker value below 0.8. A flash is a pair of opposing transitions, so more than six
 *   transitions of one tile within any one second is more than three flashes.
 */
const FLASH = { delta: 0.1, darkBelow: 0.8, maxTransitionsPerSecond: 6, tile: { w: 170, h: 128 }, scale: 0.25, samplesPerSecond: 10 };

/**
 * Steps the page's (fake) clock and records the screen after each step, until `done()` (asked once per
 * second of page time) or `seconds` of page time. Returns [{ time, data }] with time in page seconds
 * and data a base64 JPEG. `repaintWait` (ms): how long a step waits, once two animation frames have
 * been painted, for the screencast to deliver a changed picture before it takes the picture as unchanged.
 */
async function recordSteps(page, { seconds, done = async () => false, repaintWait = 150 }) {
  const session = await page.context().newCDPSession(page);
  let latest = null;
  let count = 0;
  session.on('Page.screencastFrame', ({ data, sessionId }) => {
    latest = data;
    count++;
    session.send('Page.screencastFrameAck', { sessionId }).catch(() => {});
  });
  const { width, height } = page.viewportSize();
  await session.send('Page.startScreencast', {
    format: 'jpeg',
    quality: 70,
    maxWidth: Math.round(width * FLASH.scale),
    maxHeight: Math.round(height * FLASH.scale),
  });
  const samples = [];
  try {
    const rate = FLASH.samplesPerSecond;
    for (let step = 1; step <= seconds * rate; step++) {
      const seen = count;
      // One animation frame per step (fastForward fires each due callback once).
      await page.clock.fastForward(1000 / rate);
      // Every change is painted in the next animation frame (the real one: the fake clock does not hold
      // it back); once two have passed, a frame still not come within a moment means the picture did
      // not change.
      // The picture usually changes, and its frame comes at once; only when none has come are two frames
      // awaited.
      const framed = await waitFor(() => count > seen, { timeout: 50, interval: 5 }).catch(() => false);
      if (!framed) {
        await page.evaluate(() => {
          const real = window.__pwClock?.builtins ?? window;
          return new Promise((r) => real.requestAnimationFrame(() => real.requestAnimationFrame(r)));
        });
        await waitFor(() => count > seen, { timeout: repaintWait, interval: 5 }).catch(() => {});
      }
      if (latest) samples.push({ time: step / rate, data: latest });
      if (step % rate === 0 && (await done())) break;
    }
  } finally {
    await session.send('Page.stopScreencast').catch(() => {});
    await session.detach().catch(() => {});
  }
  return samples;
}

/** Mean relative luminance of each tile of each frame. */
async function tileLuminance(context, frames) {
  const tile = { w: Math.round(FLASH.tile.w * FLASH.scale), h: Math.round(FLASH.tile.h * FLASH.scale) };
  const result = [];
  for (let i = 0; i < frames.length; i += 40) {
    const batch = frames.slice(i, i + 40).map((f) => f.data);
    const tiles = await measurePixels(
      context,
      batch,
      (images, tile) => {
        const linear = Array.from({ length: 256 }, (_, v) => {
          const c = v / 255;
          return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return images.map(({ data: px, width, height }) => {
          const cols = Math.ceil(width / tile.w);
          const rows = Math.ceil(height / tile.h);
          const sum = new Float64Array(cols * rows);
          const count = new Float64Array(cols * rows);
          for (let y = 0; y < height; y++) {
            const row = Math.floor(y / tile.h) * cols;
            for (let x = 0; x < width; x++) {
              const o = (y * width + x) * 4;
              const k = row + Math.floor(x / tile.w);
              sum[k] += 0.2126 * linear[px[o]] + 0.7152 * linear[px[o + 1]] + 0.0722 * linear[px[o + 2]];
              count[k] += 1;
            }
          }
          return Array.from(sum, (s, k) => s / count[k]);
        });
      },
      tile,
    );
    result.push(...tiles);
  }
  return result;
}

/** Times (s) of the luminance transitions of one tile's series (see the note above). */
function transitions(series) {
  const out = [];
  let min = series[0]?.value ?? 0;
  let max = min;
  let last = 0;
  for (const { time, value } of series) {
    min = Math.min(min, value);
    max = Math.max(max, value);
    if (last !== 1 && value - min >= FLASH.delta && min < FLASH.darkBelow) {
      out.push(time);
      last = 1;
      min = max = value;
    } else if (last !== -1 && max - value >= FLASH.delta && value < FLASH.darkBelow) {
      out.push(time);
      last = -1;
      min = max = value;
    }
  }
  return out;
}

/** The largest number of transitions within any one-second window. */
function busiestSecond(times) {
  let best = 0;
  for (let i = 0, j = 0; j < times.length; j++) {
    while (times[j] - times[i] >= 1) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

/** The most luminance transitions of any tile within one second, over the recorded frames. */
async function worstTile(context, frames) {
  const luminance = await tileLuminance(context, frames);
  let worst = { count: 0, tile: -1 };
  for (let k = 0; k < luminance[0].length; k++) {
    const times = transitions(luminance.map((tiles, i) => ({ time: frames[i].time, value: tiles[k] })));
    const count = busiestSecond(times);
    if (count > worst.count) worst = { count, tile: k };
  }
  return worst;
}

/** Opens `query` on a fake clock, plays its scene to the end at 1× and counts flashes per tile. */
async function assertNoFlashes(t, query, label) {
  const { page } = t;
  await page.clock.install();
  await t.open(query);
  if (query.includes('view=3d')) {
    await waitFor(async () => (await t.state()).view === '3d', { timeout: 20_000, message: 'data-view="3d"' });
  }
  const { scene } = await t.state();
  await pauseClockAhead(page);
  await button(page, 'Play').click();
  // Explore mode goes on to the next scene at the end; the last scene stops there.
  const ended = async () => (await t.state()).scene !== scene || (await button(page, 'Play').count()) === 1;
  const frames = await recordSteps(page, { seconds: 90, done: ended });
  assert.ok(await ended(), `${label}: the scene played to its end`);
  const worst = await worstTile(page.context(), frames);
  console.log(`  ${label}: ${frames.length} frames over ${frames.at(-1).time.toFixed(1)} s, at most ${worst.count} luminance transitions of a tile in one second`);
  assert.ok(
    worst.count <= FLASH.maxTransitionsPerSecond,
    `${label}: tile ${worst.tile} changes luminance ${worst.count} times within one second (more than three flashes)`,
  );
}

for (const scene of SCENES) {
  test(`photosensitivity, 2D: ${scene} never flashes more than three times a second`, async ({ t }) => {
    test.setTimeout(300_000); // on the page's fake clock: other tests running beside it cannot skew it
    await assertNoFlashes(t, `scene=${scene}&view=2d`, `2d ${scene}`);
  });
}

test('photosensitivity, 3D: glutamate-surge never flashes more than three times a second', async ({ t }) => {
  test.setTimeout(400_000);
  await assertNoFlashes(t, 'scene=glutamate-surge&view=3d', '3d glutamate-surge');
});

test('photosensitivity: the flash count sees a page that flashes five times a second', { tag: '@timing', lock: '-exclusive-' }, async ({ t }) => {
  const { page } = t;
  // A control for the measurement itself: black and white swapping every 100 ms, on a blank page.
  await page.clock.install();
  await page.setContent(
    '<body style="margin:0"><div id="f" style="height:100vh;background:#000"></div>' +
      '<script>setInterval(() => { const s = document.getElementById("f").style; s.background = s.background === "rgb(0, 0, 0)" ? "#fff" : "#000"; }, 100);</script></body>',
  );
  await pauseClockAhead(page);
  // Every step changes this page, so a repaint always comes: wait for it however busy the machine is (a
  // step that gave up early would see fewer changes and the control could miss the flash).
  const frames = await recordSteps(page, { seconds: 3, repaintWait: 10_000 });
  const worst = await worstTile(page.context(), frames);
  assert.ok(worst.count > FLASH.maxTransitionsPerSecond, `a 5 Hz flash is caught (${worst.count} transitions in one second, ${frames.length} frames)`);
});
