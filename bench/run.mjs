// Benchmark (not a test): `npm run bench` builds, then serves dist/ with `vite preview` and drives
// Debian's headless Chromium to measure, for the 2D and the 3D view:
//   - frame times (requestAnimationFrame timestamps collected in the page) while a scene plays ~10 s,
//     at full speed and with the CPU throttled 4× (a stand-in for a low-end tablet);
//   - a soak: JS heap and DOM nodes (after a forced GC) at the start and end of minutes of the kiosk loop
//     at 16× (BENCH_SOAK_MS), which must not grow;
// and the gzip sizes of the first-load JS+CSS and of each lazily loaded chunk (tools/bundle-size.mjs).
// WebGL runs in software here (SwiftShader), so 3D figures are a pessimistic floor for real GPUs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { bundleSizes } from '../tools/bundle-size.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PLAY_MS = Number(process.env.BENCH_PLAY_MS ?? 10_000);
const SOAK_MS = Number(process.env.BENCH_SOAK_MS ?? 180_000);
const SLOW_FRAME_MS = 25;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function stats(times) {
  const deltas = [];
  for (let i = 1; i < times.length; i++) deltas.push(times[i] - times[i - 1]);
  deltas.sort((a, b) => a - b);
  const q = (p) => deltas[Math.min(deltas.length - 1, Math.floor(p * deltas.length))] ?? NaN;
  const slow = deltas.filter((d) => d > SLOW_FRAME_MS).length / Math.max(1, deltas.length);
  return { frames: deltas.length, p50: q(0.5), p95: q(0.95), slow };
}

async function openView(browser, origin, view, query) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${origin}/?view=${view}&${query}`);
  await page.waitForSelector(`#root > [data-app][data-view="${view}"]`, { timeout: 30_000 });
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

/** Frame times while a scene plays (the glutamate surge: the busiest particles). */
async function measureFrames(browser, origin, view, throttle) {
  const { context, page, cdp } = await openView(browser, origin, view, 'scene=glutamate-surge&autoplay=1');
  await page.waitForTimeout(1000); // settle: first frames compile shaders
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
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
  await context.close();
  return stats(times);
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
  await page.waitForFunction(() => document.querySelector('#root > [data-app]')?.getAttribute('data-scene') === 'synaptogenesis', null, { timeout: 120_000 });
  await page.waitForFunction(() => document.querySelector('#root > [data-app]')?.getAttribute('data-scene') === 'nmda-blockade', null, { timeout: 120_000 });
  const start = await memory(cdp);
  await page.waitForTimeout(SOAK_MS);
  const end = await memory(cdp);
  const endScene = await page.evaluate(() => document.querySelector('#root > [data-app]')?.getAttribute('data-scene'));
  await context.close();
  return { start, end, endScene };
}

async function main() {
  const { firstLoad, chunks } = await bundleSizes(path.join(root, 'dist'));
  const server = await preview({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const origin = `http://127.0.0.1:${server.httpServer.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
  const rows = [];
  try {
    for (const view of ['2d', '3d']) {
      const normal = await measureFrames(browser, origin, view, 1);
      const slow = await measureFrames(browser, origin, view, 4);
      const memory = await soak(browser, origin, view);
      rows.push({ view, normal, slow, memory });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const ms = (x) => `${x.toFixed(1)} ms`;
  const pct = (x) => `${(x * 100).toFixed(1)} %`;
  console.log(`\nKetamine Mechanism Explorer — benchmark (Chromium ${browser.version()}, headless, WebGL in SwiftShader)`);
  console.log(`Scene playing: glutamate-surge, ${PLAY_MS / 1000} s per run. Soak: kiosk loop at 16× for ${SOAK_MS / 1000} s per view.\n`);
  const header = ['view', 'CPU', 'frames', 'p50', 'p95', `> ${SLOW_FRAME_MS} ms`];
  const table = [];
  for (const { view, normal, slow } of rows) {
    table.push([view, '1×', String(normal.frames), ms(normal.p50), ms(normal.p95), pct(normal.slow)]);
    table.push([view, '4× slower', String(slow.frames), ms(slow.p50), ms(slow.p95), pct(slow.slow)]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of table) console.log(line(r));
  console.log('');
  for (const { view, memory: m } of rows) {
    console.log(
      `Soak, ${view}: JS heap ${m.start.heapMiB.toFixed(1)} → ${m.end.heapMiB.toFixed(1)} MiB, DOM nodes ${m.start.nodes} → ${m.end.nodes} (after GC; ended on ${m.endScene})`,
    );
  }
  console.log('');
  console.log(`First load (gzip, JS+CSS): ${firstLoad.kib.toFixed(1)} KiB of 150 KiB budget`);
  for (const chunk of chunks.sort((a, b) => b.kib - a.kib)) console.log(`  lazy ${chunk.file}: ${chunk.kib.toFixed(1)} KiB`);
}

await main();
