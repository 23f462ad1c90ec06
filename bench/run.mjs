// Benchmark (not a test): `npm run bench` builds, then serves dist/ with `vite preview` and drives
// Debian's headless Chromium. In one run it prints:
//   - play: while a scene plays (~10 s), the main thread's busy share (CDP Performance.getMetrics:
//     TaskDuration over wall time) and the frame times (requestAnimationFrame timestamps in the page),
//     for an empty page (about:blank with the same rAF loop: the floor), the 2D view at 1× and with the
//     CPU throttled 4× (a stand-in for a low-end tablet or a signage stick), and the 3D view (view=3d);
//   - soak: JS heap, DOM nodes and event listeners (after a forced GC) and frame times at the start,
//     middle and end of minutes of the kiosk loop at 16× (BENCH_SOAK_MS per view; its own reloads
//     off: reload=0), which must not grow. A long soak (BENCH_SOAK_MS=1800000 and more) is what a
//     waiting room sees in a day; BENCH_SOAK_PARALLEL=1 runs the 2D and the 3D soak at the same time;
//     BENCH_SOAK_WARMUP_MS plays that long before the first reading (default: one loop);
//   - leaks: heap snapshots (CDP HeapProfiler) of the kiosk loop one loop and BENCH_LEAK_LOOPS loops
//     after warming up, compared by kind of object: what grows, by count and size, names a leak
//     (not part of the default run);
//   - lighthouse: a Lighthouse mobile run (its default emulation: slow 4G, 4× CPU) on /?scene=nmda-blockade;
//   - sizes: the gzip sizes of the first-load JS+CSS and of each lazily loaded chunk (tools/bundle-size.mjs);
//   - consult: a presenter and its audience window (mode=audience) in one context; BENCH_CONSULT_ACTIONS
//     beat changes on the presenter, and for each the time from the presenter's send to the audience's
//     DOM, as the audience measures it (data-latency: both stamps are performance.timeOrigin + now()).
// BENCH_ONLY=play,soak,lighthouse,sizes,consult picks parts (default: all); BENCH_DIST serves another build
// folder. WebGL runs in software here (SwiftShader), so 3D figures are a pessimistic floor for real GPUs.
// Compare figures with the floor printed next to them, on a quiet machine, and run the bench twice; they
// are never test assertions.
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { bundleSizes } from '../tools/bundle-size.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// BENCH_DIST serves another build (e.g. one of main, to compare before and after with the same bench).
const dist = path.resolve(root, process.env.BENCH_DIST ?? 'dist');
const PLAY_MS = Number(process.env.BENCH_PLAY_MS ?? 10_000);
const SOAK_MS = Number(process.env.BENCH_SOAK_MS ?? 180_000);
const SOAK_PARALLEL = process.env.BENCH_SOAK_PARALLEL === '1';
// Longer warm-up before the soak's first reading (default: one loop); see soak().
const SOAK_WARMUP_MS = Number(process.env.BENCH_SOAK_WARMUP_MS ?? 0);
const LEAK_LOOPS = Number(process.env.BENCH_LEAK_LOOPS ?? 5);
const CONSULT_ACTIONS = Number(process.env.BENCH_CONSULT_ACTIONS ?? 50);
const PARTS = new Set((process.env.BENCH_ONLY ?? 'play,soak,lighthouse,sizes,consult').split(',').map((s) => s.trim()));
const SLOW_FRAME_MS = 25;
const PLAYING = 'scene=glutamate-surge&autoplay=1'; // the busiest particles
const LIGHTHOUSE_PAGE = '/?scene=nmda-blockade';
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Quiet: no network of its own, no GPU (as in the browser tests).
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function frameStats(times) {
  const deltas = [];
  for (let i = 1; i < times.length; i++) deltas.push(times[i] - times[i - 1]);
  deltas.sort((a, b) => a - b);
  const q = (p) => deltas[Math.min(deltas.length - 1, Math.floor(p * deltas.length))] ?? NaN;
  const slow = deltas.filter((d) => d > SLOW_FRAME_MS).length / Math.max(1, deltas.length);
  return { frames: deltas.length, p50: q(0.5), p95: q(0.95), slow };
}

/** Main-thread task time (s) and the metrics' own clock (s), from the DevTools protocol. */
async function taskClock(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { task: value('TaskDuration'), at: value('Timestamp') };
}

/**
 * Plays for PLAY_MS on an open page: collects rAF timestamps in the page while the main thread's task
 * time is read before and after. The same measurement on about:blank is the floor.
 */
async function measurePlaying(page, cdp, throttle) {
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const before = await taskClock(cdp);
  const times = await page.evaluate(
    (ms) =>
      new Promise((resolve) => {
        const times = [];
        const end = performance.now() + ms;
        const frame = (t) => {
          times.push(t);
          if (t < end) requestAnimationFrame(frame);
          else resolve(times);
        };
        requestAnimationFrame(frame);
      }),
    PLAY_MS,
  );
  const after = await taskClock(cdp);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return { ...frameStats(times), busy: (after.task - before.task) / (after.at - before.at) };
}

async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

/** Opens the app in `view` (2d or 3d) and waits until that view is on screen. */
async function openView(browser, origin, view, query) {
  const opened = await newPage(browser);
  await opened.page.goto(`${origin}/?view=${view}&${query}`);
  await opened.page.waitForSelector(`#root > [data-app][data-view="${view}"]`, { timeout: 30_000 });
  return opened;
}

async function play(browser, origin) {
  const runs = [
    { label: 'empty page (floor)', view: null, throttle: 1 },
    { label: 'empty page (floor)', view: null, throttle: 4 },
    { label: '2D playing', view: '2d', throttle: 1 },
    { label: '2D playing', view: '2d', throttle: 4 },
    { label: '3D playing', view: '3d', throttle: 1 },
  ];
  const rows = [];
  for (const run of runs) {
    const { context, page, cdp } = run.view ? await openView(browser, origin, run.view, PLAYING) : await newPage(browser);
    if (!run.view) await page.goto('about:blank');
    await page.waitForTimeout(1000); // settle: first frames compile shaders, lazy chunks arrive
    const result = await measurePlaying(page, cdp, run.throttle);
    const shown = run.view && (await page.evaluate(() => document.querySelector('#root > [data-app]')?.getAttribute('data-view')));
    // What the 3D view adapted to by the end (AdaptiveQuality): its quality step and canvas resolution.
    const adapted = await page.evaluate(() => {
      const stage = document.querySelector('[data-stage][data-quality]');
      const canvas = stage?.querySelector('canvas');
      return stage && canvas && { quality: Number(stage.getAttribute('data-quality')), width: canvas.width, height: canvas.height, css: canvas.getBoundingClientRect().width };
    });
    await context.close();
    rows.push({ ...run, ...result, shown, adapted });
  }
  return rows;
}

/** Presenter → audience latency of the consult (src/app/consult): median and spread over CONSULT_ACTIONS beat changes. */
async function consult(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  try {
    const presenter = await context.newPage();
    await presenter.goto(`${origin}/`);
    const button = presenter.locator('.consult-open');
    await button.waitFor({ state: 'visible', timeout: 30_000 });
    const [audience] = await Promise.all([context.waitForEvent('page'), button.click()]);
    const root = '#root > [data-audience]';
    await audience.waitForSelector(`${root}[data-connection="live"]`, { timeout: 30_000 });
    await presenter.locator('body').click({ position: { x: 5, y: 5 } });
    const latencies = [];
    for (let i = 0; i < CONSULT_ACTIONS; i++) {
      const before = await audience.getAttribute(root, 'data-beat');
      // Back and forth between the first two beats: every press is a change the audience must show.
      await presenter.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      await audience.waitForFunction(([selector, beat]) => document.querySelector(selector)?.getAttribute('data-beat') !== beat, [root, before]);
      latencies.push(Number(await audience.getAttribute(root, 'data-latency')));
    }
    latencies.sort((a, b) => a - b);
    const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
    return { actions: latencies.length, p50: q(0.5), p95: q(0.95), max: latencies.at(-1) };
  } finally {
    await context.close();
  }
}

/**
 * Waits until the page is idle: react-three-fiber disposes what a scene change let go at idle priority
 * (its disposeOnIdle), so a reading taken right at a scene change still finds the last scene's
 * geometries queued, up to a megabyte more than a moment later.
 */
const idle = (page) => page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));

/** JS heap (after a forced GC), DOM nodes and JS event listeners of the page, via the DevTools protocol. */
async function memory(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage'); // a second pass frees what the first one's finalizers released
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heapMiB: usedSize / 1024 / 1024, nodes, listeners: jsEventListeners };
}

/** Frame times (rAF timestamps in the page) over `ms`. */
async function frames(page, ms) {
  const times = await page.evaluate(
    (ms) =>
      new Promise((resolve) => {
        const times = [];
        const frame = (t) => {
          times.push(t);
          if (t - times[0] < ms) requestAnimationFrame(frame);
          else resolve(times);
        };
        requestAnimationFrame(frame);
      }),
    ms,
  );
  return frameStats(times);
}

const KIOSK_LOOP = 'mode=kiosk&speed=16&autoplay=1&reload=0'; // reload=0: the kiosk's own reloads off

/** Waits for the kiosk loop to come round to its start: the last scene, then the first again. */
async function nextLoop(page) {
  for (const id of ['synaptogenesis', 'nmda-blockade']) {
    await page.waitForFunction((id) => document.querySelector('#root > [data-app]')?.getAttribute('data-scene') === id, id, { timeout: 180_000, polling: 200 });
  }
}

/**
 * Soak: the kiosk loop at 16× (every scene change mounts and unmounts its drawing) for SOAK_MS.
 * Memory and frame times are read once the first loop has warmed up, half-way and at the end, each
 * time at the start of a loop (the same point of the story): memory must not grow.
 */
async function soak(browser, origin, view) {
  const { context, page, cdp } = await openView(browser, origin, view, KIOSK_LOOP);
  // Once idle at the start of a loop; the lower of two heap readings a moment apart (a reading can catch
  // a task's garbage that the next one has already dropped).
  const reading = async () => {
    await nextLoop(page);
    const at = Date.now();
    // The same picture each time: the last loop's closing card (some thirty DOM nodes, fading out over
    // the new loop's opening card) gone; a reading during that fade counts it on top.
    await page.waitForFunction(() => !document.querySelector('.kiosk-card--closing'), null, { timeout: 60_000, polling: 100 });
    await idle(page);
    const first = await memory(cdp);
    await idle(page);
    const second = await memory(cdp);
    return { at, ...(second.heapMiB < first.heapMiB ? second : first), frames: await frames(page, 3000) };
  };
  const startedAt = Date.now();
  const loaded = await memory(cdp);
  // Warm-up: lazy chunks, shaders, compiled code; with BENCH_SOAK_WARMUP_MS, also V8's later
  // optimisations and the browser's performance-timeline buffers (layout shifts, long animation
  // frames), which fill up to fixed caps in the first quarter hour and then stay. Compiled code is what
  // grows longest: functions that run once a scene change reach V8's compile thresholds one by one,
  // ~70 new code objects a loop at first, under one a loop after 40 loops (heap snapshots, 3D kiosk);
  // with --jitless the rest of the heap stays flat. A long soak warms up for at least 40 loops (~10 minutes);
  // after 10 minutes the 2D heap still rose 6.5 % over the next 30, after 20 it read flat in both views.
  await nextLoop(page);
  if (SOAK_WARMUP_MS > 0) await page.waitForTimeout(SOAK_WARMUP_MS);
  const start = await reading();
  await page.waitForTimeout(Math.max(0, SOAK_MS / 2 - (Date.now() - start.at)));
  const middle = await reading();
  await page.waitForTimeout(Math.max(0, SOAK_MS / 2 - (Date.now() - middle.at)));
  const end = await reading();
  const endView = await page.evaluate(() => document.querySelector('#root > [data-app]')?.getAttribute('data-view'));
  await context.close();
  return { view, loaded, warmup: (start.at - startedAt) / 60_000, readings: [start, middle, end], minutes: (Date.now() - startedAt) / 60_000, endView };
}

/** A heap snapshot taken through the DevTools protocol, parsed. */
async function heapSnapshot(cdp) {
  const chunks = [];
  const collect = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  return JSON.parse(chunks.join(''));
}

/** Objects of a snapshot by kind ("type name", e.g. "object Array", "closure frame"): count and bytes. */
function kinds(snapshot) {
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [TYPE, NAME, SIZE] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const table = new Map();
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + TYPE]];
    const name = type === 'string' || type === 'concatenated string' || type === 'sliced string' ? '(strings)' : snapshot.strings[snapshot.nodes[i + NAME]];
    const key = `${type} ${name.slice(0, 60)}`;
    const row = table.get(key) ?? { count: 0, bytes: 0 };
    row.count += 1;
    row.bytes += snapshot.nodes[i + SIZE];
    table.set(key, row);
  }
  return table;
}

/** Leaks: heap snapshots one loop and LEAK_LOOPS loops after warming up, compared kind by kind. */
async function leaks(browser, origin, view) {
  const { context, page, cdp } = await openView(browser, origin, view, KIOSK_LOOP);
  await nextLoop(page);
  await nextLoop(page);
  await idle(page);
  const before = kinds(await heapSnapshot(cdp));
  for (let i = 0; i < LEAK_LOOPS; i++) await nextLoop(page);
  await idle(page);
  const after = kinds(await heapSnapshot(cdp));
  await context.close();
  const rows = [...after].map(([key, a]) => {
    const b = before.get(key) ?? { count: 0, bytes: 0 };
    return { key, count: a.count - b.count, bytes: a.bytes - b.bytes, total: a.count };
  });
  const total = (table) => [...table.values()].reduce((sum, r) => sum + r.bytes, 0);
  return { view, loops: LEAK_LOOPS, before: total(before), after: total(after), growing: rows.filter((r) => r.bytes > 0).sort((x, y) => y.bytes - x.bytes).slice(0, 15) };
}

/**
 * Lighthouse's mobile defaults (Moto G-class screen, simulated slow 4G and 4× CPU) through its own CLI,
 * on Debian's Chromium. Chromium may reach only the loopback preview server: every other host goes to a
 * dead proxy, and Chromium's own background traffic is switched off.
 */
async function lighthouse(origin) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kme-lighthouse-'));
  const report = path.join(dir, 'report.json');
  const chromeFlags = [
    '--headless=new',
    ...CHROMIUM_ARGS,
    '--proxy-server=127.0.0.1:9',
    '--proxy-bypass-list=127.0.0.1',
  ];
  try {
    await promisify(execFile)(
      process.execPath,
      [
        path.join(root, 'node_modules/lighthouse/cli/index.js'),
        `${origin}${LIGHTHOUSE_PAGE}`,
        '--quiet',
        '--output=json',
        `--output-path=${report}`,
        '--only-categories=performance,accessibility',
        `--chrome-flags=${chromeFlags.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
    );
    const lhr = JSON.parse(await readFile(report, 'utf8'));
    const audit = (id) => lhr.audits[id];
    const longTasks = audit('long-tasks')?.details?.items ?? [];
    return {
      version: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent,
      performance: lhr.categories.performance.score,
      accessibility: lhr.categories.accessibility.score,
      fcp: audit('first-contentful-paint').numericValue,
      lcp: audit('largest-contentful-paint').numericValue,
      tbt: audit('total-blocking-time').numericValue,
      cls: audit('cumulative-layout-shift').numericValue,
      longTasks: longTasks.length,
      longest: Math.max(0, ...longTasks.map((t) => t.duration)),
      warnings: lhr.runWarnings ?? [],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

async function main() {
  const cpus = os.cpus();
  const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
  const loadBefore = load();
  const server = await preview({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const origin = `http://127.0.0.1:${server.httpServer.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const version = browser.version();
  let playRows = [];
  const soaks = [];
  const leakRows = [];
  let lh = null;
  let consultRow = null;
  try {
    if (PARTS.has('consult')) consultRow = await consult(browser, origin);
    if (PARTS.has('play')) playRows = await play(browser, origin);
    if (PARTS.has('soak')) {
      if (SOAK_PARALLEL) soaks.push(...(await Promise.all(['2d', '3d'].map((view) => soak(browser, origin, view)))));
      else for (const view of ['2d', '3d']) soaks.push(await soak(browser, origin, view));
    }
    if (PARTS.has('leaks')) for (const view of ['2d', '3d']) leakRows.push(await leaks(browser, origin, view));
    await browser.close();
    if (PARTS.has('lighthouse')) lh = await lighthouse(origin);
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }

  const ms = (x) => `${x.toFixed(1)} ms`;
  const pct = (x) => `${(x * 100).toFixed(1)} %`;
  console.log(`\nKetamine Mechanism Explorer — benchmark`);
  console.log(`Chromium ${version} (headless, WebGL in SwiftShader), Node ${process.version}`);
  console.log(`${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; load average ${loadBefore} at the start, ${load()} at the end\n`);

  if (playRows.length) {
    console.log(`Playing ${PLAYING.split('&')[0].replace('scene=', '')} for ${PLAY_MS / 1000} s per run, 1280×800 (the empty page runs the same rAF loop):\n`);
    printTable(
      ['run', 'CPU', 'main thread busy', 'frames', 'p50', 'p95', `> ${SLOW_FRAME_MS} ms`],
      playRows.map((r) => [
        r.shown && r.shown !== r.view ? `${r.label} (showed ${r.shown})` : r.label,
        r.throttle > 1 ? `${r.throttle}× slower` : '1×',
        pct(r.busy),
        String(r.frames),
        ms(r.p50),
        ms(r.p95),
        pct(r.slow),
      ]),
    );
    for (const r of playRows.filter((row) => row.adapted)) {
      const { quality, width, height, css } = r.adapted;
      console.log(`${r.label} ended at quality ${quality} of 1: canvas ${width}×${height} px for ${Math.round(css)} CSS px across (pixel ratio ${(width / css).toFixed(2)})`);
    }
    console.log('');
  }
  for (const { view, loaded, warmup, readings, minutes, endView } of soaks) {
    console.log(`Soak, kiosk view=${view}, ${minutes.toFixed(0)} min at 16× (about ${((minutes * 16) / 60).toFixed(1)} h of waiting room; ended showing ${endView}${SOAK_PARALLEL ? '; 2D and 3D at the same time' : ''}):`);
    console.log(`  just loaded: JS heap ${loaded.heapMiB.toFixed(2)} MiB, ${loaded.nodes} DOM nodes; first reading after a ${warmup.toFixed(1)} min warm-up`);
    printTable(
      ['at', 'JS heap (after GC)', 'DOM nodes', 'JS event listeners', 'frames p50', 'frames p95', `> ${SLOW_FRAME_MS} ms`],
      readings.map((r, i) => [
        `${['start', 'middle', 'end'][i]} (${((r.at - readings[0].at) / 60_000).toFixed(0)} min)`,
        `${r.heapMiB.toFixed(2)} MiB`,
        String(r.nodes),
        String(r.listeners),
        ms(r.frames.p50),
        ms(r.frames.p95),
        pct(r.frames.slow),
      ]),
    );
    const [first, , last] = readings;
    console.log(`  start → end: heap ${pct(last.heapMiB / first.heapMiB - 1)}, DOM nodes ${pct(last.nodes / first.nodes - 1)}, listeners ${last.listeners - first.listeners}\n`);
  }
  for (const { view, loops, before, after, growing } of leakRows) {
    console.log(`Heap snapshots, kiosk view=${view}, ${loops} loops apart: ${(before / 2 ** 20).toFixed(2)} → ${(after / 2 ** 20).toFixed(2)} MiB. What grew most:`);
    printTable(['kind of object', 'count +', 'bytes +', 'count now'], growing.map((r) => [r.key, String(r.count), String(r.bytes), String(r.total)]));
    console.log('');
  }
  if (lh) {
    console.log(`Lighthouse ${lh.version}, mobile defaults (slow 4G, 4× CPU, simulated), ${LIGHTHOUSE_PAGE}:`);
    console.log(
      `  performance ${Math.round(lh.performance * 100)}, accessibility ${Math.round(lh.accessibility * 100)}; ` +
        `FCP ${(lh.fcp / 1000).toFixed(1)} s, LCP ${(lh.lcp / 1000).toFixed(1)} s, TBT ${Math.round(lh.tbt)} ms, CLS ${lh.cls.toFixed(3)}; ` +
        `${lh.longTasks} long tasks (longest ${Math.round(lh.longest)} ms)`,
    );
    for (const warning of lh.warnings) console.log(`  warning: ${warning}`);
    console.log('');
  }
  if (consultRow) {
    const { actions, p50, p95, max } = consultRow;
    console.log(`Consult, presenter → audience (send to the audience's DOM), ${actions} beat changes: median ${ms(p50)}, p95 ${ms(p95)}, max ${ms(max)} (target: median under 100 ms)\n`);
  }
  if (PARTS.has('sizes')) {
    const { firstLoad, chunks } = await bundleSizes(dist);
    console.log(`First load (gzip, JS+CSS): ${firstLoad.kib.toFixed(1)} KiB`);
    for (const chunk of chunks.sort((a, b) => b.kib - a.kib)) console.log(`  lazy ${chunk.file}: ${chunk.kib.toFixed(1)} KiB`);
  }
}

await main();
