// `npm run package:signage`: the built app (dist/) as one zip for digital-signage systems' HTML-package
// widgets (Xibo's "HTML Package", Yodeck's HTML app) and for copying onto a player by hand. README,
// "Running on a waiting-room screen", says how to install it.
//
// Layout of the zip:
//   index.html        a tiny page at the root that opens the waiting-room loop (app/?mode=kiosk): the
//                     widgets open index.html without a query string, and the app's own page opens the
//                     explorer by default
//   app/…             the build as it is (relative paths; its offline service worker where the host
//                     serves it over http(s)), with kiosk.example.json, and the clinic's kiosk.json and
//                     other files when given
//
//   node tools/package-signage.mjs [--config my-kiosk.json] [--add logo.png …] [--out file.zip]
//
// fflate writes the zip (README's dependency table says why a library rather than the `zip` command).
import { readdirSync, readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8 } from 'fflate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const APP = 'app';

/** The root page: opens the kiosk loop, no script (the strict CSP allows none inline). */
const ENTRY = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url=${APP}/?mode=kiosk">
<link rel="icon" href="${APP}/favicon.svg">
<title>Ketamine Mechanism Explorer: waiting-room screen</title>
<style>html{background:#f7f4ee;color:#1d2530;font:24px system-ui,sans-serif}body{margin:20vh auto;max-width:30em;text-align:center}</style>
</head>
<body>
<p><a href="${APP}/?mode=kiosk">Ketamine Mechanism Explorer: waiting-room screen</a></p>
</body>
</html>
`;

/** Files under `dir` as [path relative to it with `/`, bytes]. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return [path.relative(dir, full).split(path.sep).join('/'), readFileSync(full)];
    });
}

/**
 * The zip's bytes: dist/ under app/, the entry page at the root, and `config` (a kiosk.json file, checked
 * to be JSON) and `extra` files (a logo) beside the app's index.html.
 */
export function signageZip({ dist = path.join(root, 'dist'), config, extra = [] } = {}) {
  if (!statSync(path.join(dist, 'index.html'), { throwIfNoEntry: false })) throw new Error(`${dist}/index.html is missing: run \`npm run build\` first`);
  const entries = { 'index.html': strToU8(ENTRY) };
  for (const [name, bytes] of filesUnder(dist)) entries[`${APP}/${name}`] = bytes;
  if (config) {
    const text = readFileSync(config, 'utf8');
    JSON.parse(text); // a broken file would only make the screen warn and run on its defaults: say so now
    entries[`${APP}/kiosk.json`] = strToU8(text);
  }
  for (const file of extra) entries[`${APP}/${path.basename(file)}`] = readFileSync(file);
  // Fixed dates: the same build gives the same zip. Already-compressed images are stored as they are.
  const options = (name) => ({ level: /\.(png|jpe?g|webp|avif|gif)$/i.test(name) ? 0 : 9, mtime: new Date('2026-01-01T00:00:00Z') });
  return zipSync(Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, [bytes, options(name)]])));
}

function main(argv) {
  const arg = (name) => {
    const values = [];
    argv.forEach((a, i) => {
      if (a === `--${name}`) values.push(argv[i + 1]);
      else if (a.startsWith(`--${name}=`)) values.push(a.slice(name.length + 3));
    });
    return values;
  };
  const out = path.resolve(arg('out')[0] ?? path.join(root, 'dist-signage', 'ketamine-explorer-signage.zip'));
  const zip = signageZip({ config: arg('config')[0], extra: arg('add') });
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, zip);
  console.log(`Signage package: ${path.relative(process.cwd(), out)} (${(zip.length / 1024).toFixed(0)} KiB). Open index.html at its root over http(s).`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
