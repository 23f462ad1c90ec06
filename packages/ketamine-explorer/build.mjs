// Builds <ketamine-explorer> (src/element.ts) with Vite's library mode: one ES module with no imports.
// `node packages/ketamine-explorer/build.mjs` (and `npm pack` there, through `prepack`) writes the npm
// package's dist/: ketamine-explorer.js and its declarations, ketamine-explorer.d.ts (from tsc). The app's
// build takes the same module as its embed.js (tools/elementBundle.ts calls `bundleElement`).
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ENTRY = path.join(here, 'src', 'element.ts');
const FILE = 'ketamine-explorer.js';

/** The element as one minified ES module: written to `outDir`, or (without it) returned as text. */
export async function bundleElement(outDir) {
  const result = await build({
    configFile: false,
    root: here,
    logLevel: 'error',
    build: {
      target: 'es2022',
      outDir: outDir ?? path.join(here, 'dist'),
      emptyOutDir: false,
      write: Boolean(outDir),
      minify: true,
      sourcemap: false,
      copyPublicDir: false,
      lib: { entry: ENTRY, formats: ['es'], fileName: () => FILE },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  const chunks = output.filter((item) => item.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`the element should build into one module, not ${chunks.length}`);
  return chunks[0].code;
}

/** Its declarations, from tsc, as dist/ketamine-explorer.d.ts. */
async function declarations(outDir) {
  const temp = await mkdtemp(path.join(os.tmpdir(), 'kme-types-'));
  try {
    const tsc = path.resolve(here, '../../node_modules/typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', path.join(here, 'tsconfig.json'), '--outDir', temp], { stdio: ['ignore', process.stderr, process.stderr] });
    await copyFile(path.join(temp, 'packages/ketamine-explorer/src/element.d.ts'), path.join(outDir, 'ketamine-explorer.d.ts'));
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = path.join(here, 'dist');
  await bundleElement(outDir);
  await declarations(outDir);
  // On stderr: `npm pack --json` prints its answer on stdout after this script has run.
  console.error(`Built ${path.relative(process.cwd(), outDir)}/${FILE} and ketamine-explorer.d.ts`);
}
