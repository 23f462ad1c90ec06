// Soak (issue 8): a waiting-room screen runs for hours with nobody watching. The kiosk loop plays at
// 16× (every scene change mounts and unmounts its drawing) in each view. At the start of every loop
// (the same point of the story each time) the JS heap, after a forced garbage collection, and the DOM
// node count are read. A leak raises the floor: the lower of the last two readings must not be above
// the lower of the first two (taken after a warm-up loop) by more than a small margin.
//
//   SOAK_SECONDS  the time in total, shared by the 2D and the 3D run, warm-up included (default 90;
//                 each view reads at least four loops). A loop lasts about 12 s at 16× (3¼ minutes at
//                 1×), so SOAK_SECONDS=4500 plays ten hours of waiting room in each view.
//                 `npm run bench` prints the same figures.
//
// They take Playwright's `-exclusive-` lock (they run when no other test runs): beside other tests on
// two CPUs the loops came so slowly that the minimum of readings did not fit in the time.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { waitFor } from './helpers.mjs';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 90);
/** Allowed growth: the heap by 15 % or 2 MiB, whichever is more; DOM nodes by 5 %. */
const HEAP_MARGIN = { share: 0.15, bytes: 2 * 1024 * 1024 };
const NODE_MARGIN = 0.05;
/** Readings at least: two for the start, two for the end. */
const MIN_READINGS = 4;

const MiB = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** JS heap after a forced GC, and the renderer's DOM counters (nodes, event listeners). */
async function memory(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage'); // a second pass frees what the first one's finalizers released
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes, listeners: jsEventListeners };
}

/** Waits for the loop to come round to its start: the last scene, then the first again. */
async function nextLoop(t, timeout) {
  const scene = async () => (await t.state())?.scene;
  await waitFor(async () => (await scene()) === 'synaptogenesis', { timeout, interval: 100, message: 'the last scene of the loop' });
  await waitFor(async () => (await scene()) === 'nmda-blockade', { timeout, interval: 100, message: 'the loop to start again' });
}

for (const view of ['2d', '3d']) {
  const seconds = SECONDS / 2;
  test(`kiosk loop at 16× for ${seconds.toFixed(0)} s (${view.toUpperCase()}): heap and DOM nodes do not grow`, { tag: '@timing', lock: '-exclusive-' }, async ({ t }) => {
    // The time asked for, then room for the warm-up loop and the minimum of readings at a minute a loop
    // (about 12 s on a quiet machine; 25 s and more on a busy one).
    test.setTimeout(seconds * 1000 + (MIN_READINGS + 1) * 60_000);
    const { page } = t;
    const deadline = Date.now() + seconds * 1000;
    await t.open(`mode=kiosk&speed=16&view=${view}`);
    if (view === '3d') await waitFor(async () => (await t.state()).view === '3d', { timeout: 20_000, message: 'the 3D view' });
    const cdp = await t.context.newCDPSession(page);

    await nextLoop(t, 60_000); // the first loop warms up: lazy chunks, shaders, compiled code
    const readings = [await memory(cdp)];
    while (readings.length < MIN_READINGS || Date.now() < deadline) {
      await nextLoop(t, 60_000);
      readings.push(await memory(cdp));
    }
    // The lower of two readings: a reading taken while something is still being let go runs high.
    const floor = (list) => ({
      heap: Math.min(...list.map((r) => r.heap)),
      nodes: Math.min(...list.map((r) => r.nodes)),
      listeners: Math.min(...list.map((r) => r.listeners)),
    });
    const start = floor(readings.slice(0, 2));
    const last = floor(readings.slice(-2));

    console.log(
      `    soak ${view}, ${readings.length} loops read: heap ${MiB(start.heap)} → ${MiB(last.heap)}, DOM nodes ${start.nodes} → ${last.nodes}, ` +
        `event listeners ${start.listeners} → ${last.listeners}`,
    );
    const heapLimit = start.heap + Math.max(start.heap * HEAP_MARGIN.share, HEAP_MARGIN.bytes);
    assert.ok(last.heap <= heapLimit, `the JS heap grew from ${MiB(start.heap)} to ${MiB(last.heap)} (limit ${MiB(heapLimit)})`);
    assert.ok(last.nodes <= start.nodes * (1 + NODE_MARGIN), `DOM nodes grew from ${start.nodes} to ${last.nodes}`);
    assert.equal((await t.state()).mode, 'kiosk');
  });
}
