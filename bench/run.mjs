// Benchmark (not a test): `npm run bench` builds, then serves dist/ with `vite preview` and drives
// Debian's headless Chromium. In one run it prints:
//   - play: while a scene plays (~10 s), the main thread's busy share (CDP Performance.getMetrics:
//     TaskDuration over wall time) and the frame times (requestAnimationFrame timestamps in the page),
//     for an empty page (about:blank with the same rAF loop: the floor), the 2D view at 1× and with the
//     CPU throttled 4× (a stand-in for a low-end tablet or a signage stick), and the 3D view (view=3d);
//   - soak: JS heap and DOM nodes (after a forced GC) at the start and end of minutes of the kiosk loop
//     at 16× (BENCH_SOAK_MS per view), which must not grow;
//   - lighthouse: a Lighthouse mobile run (its default emulation: slow 4G, 4× CPU) on /?scene=nmda-blockade;
//   - sizes: the gzip sizes of the first-load JS+CSS and of each lazily loaded chunk (tools/bundle-size.mjs).
// BENCH_ONLY=play,soak,lighthouse,sizes picks parts (default: all); BENCH_DIST serves another build
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
const PARTS = new Set((process.env.BENCH_ONLY ?? 'play,soak,lighthouse,sizes').split(',').map((s) => s.trim()));
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

/** JS heap (after a forced GC) and DOM nodes of the page, via the DevTools protocol. */
async function memory(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  return { heapMiB: usedSize / 1024 / 1024, nodes };
}

/**
 * Soak: the kiosk loop at 16× (every scene change mounts and unmounts its drawing) for SOAK_MS.
 * Memory is read once the first loop has warmed up and again at the end: it must not grow.
 */
async function soak(browser, origin, view) {
  const { context, page, cdp } = await openView(browser, origin, view, 'mode=kiosk&speed=16&autoplay=1');
  const scene = () => page.evaluate(() => document.querySelector('#root > [data-app]')?.getAttribute('data-scene'));
  await page.waitForFunction(() => document.querySelector('#root > [data-app]')?.getAttribute('data-scene') === 'synaptogenesis', null, { timeout: 120_000 });
  await page.waitForFunction(() => document.querySelector('#root > [data-app]')?.getAttribute('data-scene') === 'nmda-blockade', null, { timeout: 120_000 });
  const start = await memory(cdp);
  await page.waitForTimeout(SOAK_MS);
  const end = await memory(cdp);
  const endScene = await scene();
  const endView = await page.evaluate(() => document.querySelector('#root > [data-app]')?.getAttribute('data-view'));
  await context.close();
  return { view, start, end, endScene, endView };
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
  let lh = null;
  try {
    if (PARTS.has('play')) playRows = await play(browser, origin);
    if (PARTS.has('soak')) for (const view of ['2d', '3d']) soaks.push(await soak(browser, origin, view));
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
  for (const { view, start, end, endScene, endView } of soaks) {
    console.log(
      `Soak, kiosk view=${view} (${SOAK_MS / 1000} s at 16×): JS heap ${start.heapMiB.toFixed(1)} → ${end.heapMiB.toFixed(1)} MiB, ` +
        `DOM nodes ${start.nodes} → ${end.nodes} (after GC; ended on ${endScene}, showing ${endView})`,
    );
  }
  if (soaks.length) console.log('');
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
  if (PARTS.has('sizes')) {
    const { firstLoad, chunks } = await bundleSizes(dist);
    console.log(`First load (gzip, JS+CSS): ${firstLoad.kib.toFixed(1)} KiB`);
    for (const chunk of chunks.sort((a, b) => b.kib - a.kib)) console.log(`  lazy ${chunk.file}: ${chunk.kib.toFixed(1)} KiB`);
  }
}

await main();
