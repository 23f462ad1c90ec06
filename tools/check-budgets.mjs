// Fails the build when the first load (what a first visit downloads before the page is interactive:
// boot.js, the entry script, its static imports and the stylesheet) or the lazily loaded 3D view grows past
// its budget (gzip).
// Run by `npm test` right after the build.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSizes } from './bundle-size.mjs';

export const BUDGETS_KIB = { firstLoad: 120, lazyChunk: 330 };

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const { firstLoad, chunks } = await bundleSizes(dist);
const problems = [];
console.log(`First load (JS+CSS, gzip): ${firstLoad.kib.toFixed(1)} KiB of ${BUDGETS_KIB.firstLoad} KiB budget`);
if (firstLoad.kib > BUDGETS_KIB.firstLoad) problems.push(`first load is ${firstLoad.kib.toFixed(1)} KiB`);
for (const chunk of chunks.sort((a, b) => b.kib - a.kib)) {
  console.log(`  lazy ${chunk.file}: ${chunk.kib.toFixed(1)} KiB`);
  if (chunk.kib > BUDGETS_KIB.lazyChunk) problems.push(`${chunk.file} is ${chunk.kib.toFixed(1)} KiB (budget ${BUDGETS_KIB.lazyChunk})`);
}
if (problems.length) {
  console.error(`Bundle budget exceeded: ${problems.join('; ')}`);
  process.exit(1);
}
