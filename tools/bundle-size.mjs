// Gzip sizes of the built app: what a first visit downloads (the entry script, its static imports and
// the stylesheets named in dist/index.html) and the lazily loaded chunks, by name. Shared by the budget
// check (`npm test`) and the benchmark (`npm run bench`).
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const gzipKiB = async (file) => gzipSync(await readFile(file), { level: 9 }).length / 1024;

/** @returns {Promise<{ firstLoad: { files: string[], kib: number }, chunks: { file: string, kib: number }[] }>} */
export async function bundleSizes(dist) {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const firstLoadFiles = new Set();
  for (const [, url] of html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="\.?\/?([^"]+\.(?:js|css))"/g)) firstLoadFiles.add(url);
  // Static imports of the entry are first-load too (Vite lists them as modulepreload links above,
  // but follow the import statements as well in case a preload is missing).
  const queue = [...firstLoadFiles].filter((f) => f.endsWith('.js'));
  while (queue.length) {
    const file = queue.pop();
    const code = await readFile(path.join(dist, file), 'utf8');
    for (const [, spec] of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      const resolved = path.posix.join(path.posix.dirname(file), spec);
      if (!firstLoadFiles.has(resolved)) {
        firstLoadFiles.add(resolved);
        queue.push(resolved);
      }
    }
  }
  let firstLoadKiB = 0;
  for (const file of firstLoadFiles) firstLoadKiB += await gzipKiB(path.join(dist, file));
  const assets = (await readdir(path.join(dist, 'assets'))).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  const chunks = [];
  for (const name of assets) {
    const file = `assets/${name}`;
    if (!firstLoadFiles.has(file)) chunks.push({ file, kib: await gzipKiB(path.join(dist, file)) });
  }
  return { firstLoad: { files: [...firstLoadFiles], kib: firstLoadKiB }, chunks };
}
