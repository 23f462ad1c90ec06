// Benchmark (not a test): `npm run bench` builds, then serves dist/ with `vite preview` and drives
// Debian's headless Chromium to measure, for the 2D and the 3D view:
//   - frame times (requestAnimationFrame timestamps collected in the page) while a scene plays ~10 s,
//     at full speed and with the CPU throttled 4× (a stand-in for a low-end tablet);
//   - the JS heap after the kiosk loop has run through the scenes (after a forced GC);
// and the gzip sizes of the first-load JS+CSS and of the lazily loaded 3D chunks.
// WebGL runs in software here (SwiftShader), so 3D figures are a pessimistic floor for real GPUs.
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const PLAY_MS = Number(process.env.BENCH_PLAY_MS ?? 10_000);
const LOOP_MS = Number(process.env.BENCH_LOOP_MS ?? 16_000);
const SLOW_FRAME_MS = 25;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const gz = async (file) => gzipSync(await readFile(path.join(dist, file)), { level: 9 }).length;

/** First-load files: the entry script, its modulepreloads and stylesheets, as index.html names them. */
async function firstLoadFiles() {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const files = new Set();
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!url || /^(https?:)?\/\//.test(url)) continue;
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = /rel="modulepreload"/.test(tag);
    const isStyle = /rel="stylesheet"/.test(tag);
    if (isScript || isPreload || isStyle) files.add(url.replace(/^\.?\//, ''));
  }
  return [...files];
}

/** The 3D chunk and every chunk it imports statically that the first load does not already have. */
async function threeDFiles(firstLoad) {
  const entry = (await readdir(path.join(dist, 'assets'))).filter((f) => /^ThreeStage-.*\.(js|css)$/.test(f));
  const files = new Set(entry.map((f) => `assets/${f}`));
  const queue = [...files].filter((f) => f.endsWith('.js'));
  while (queue.length) {
    const file = queue.pop();
    const code = await readFile(path.join(dist, file), 'utf8');
    for (const [, spec] of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) {
      const dep = path.posix.join(path.posix.dirname(file), spec);
      if (!files.has(dep) && !firstLoad.includes(dep)) {
        files.add(dep);
        queue.push(dep);
      }
    }
  }
  return [...files];
}

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

/** JS heap after the kiosk loop has played through the scenes at 16× (scene changes mount and unmount). */
async function measureHeap(browser, origin, view) {
  const { context, page, cdp } = await openView(browser, origin, view, 'mode=kiosk&speed=16&autoplay=1');
  await page.waitForTimeout(LOOP_MS);
  const endScene = await page.evaluate(() => document.querySelector('#root > [data-app]')?.getAttribute('data-scene'));
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return { usedSize, endScene };
}

async function main() {
  const firstLoad = await firstLoadFiles();
  const three = await threeDFiles(firstLoad);
  let firstTotal = 0;
  for (const f of firstLoad) firstTotal += await gz(f);
  let threeTotal = 0;
  for (const f of three) threeTotal += await gz(f);

  const server = await preview({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const origin = `http://127.0.0.1:${server.httpServer.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
  const rows = [];
  try {
    for (const view of ['2d', '3d']) {
      const normal = await measureFrames(browser, origin, view, 1);
      const slow = await measureFrames(browser, origin, view, 4);
      const heap = await measureHeap(browser, origin, view);
      rows.push({ view, normal, slow, heap });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const ms = (x) => `${x.toFixed(1)} ms`;
  const pct = (x) => `${(x * 100).toFixed(1)} %`;
  console.log(`\nKetamine Mechanism Explorer — benchmark (Chromium ${browser.version()}, headless, WebGL in SwiftShader)`);
  console.log(`Scene playing: glutamate-surge, ${PLAY_MS / 1000} s per run; heap after ${LOOP_MS / 1000} s of the kiosk loop at 16×.\n`);
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
  for (const { view, heap } of rows) console.log(`JS heap, ${view}: ${(heap.usedSize / 1024 / 1024).toFixed(1)} MiB (after GC; kiosk ended on ${heap.endScene})`);
  console.log('');
  console.log(`First load (gzip, JS+CSS): ${kib(firstTotal)}  [${firstLoad.join(', ')}]${firstTotal > 150 * 1024 ? '  — over the 150 KiB budget' : ''}`);
  console.log(`3D chunks (gzip, lazy):    ${kib(threeTotal)}  [${three.join(', ')}]`);
}

await main();
