// Before any browser test: the tests run against the built app, which `vite preview` serves even when
// it is missing (every page a 404). Say what to do instead.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers.mjs';

export default function checkBuild() {
  const dist = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(path.resolve(ROOT, dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: run \`npm run build\` first (npm test does).`);
  }
}
