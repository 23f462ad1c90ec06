// Runs before `npm test` (npm's pretest hook): the browser tests drive Debian's Chromium and never
// download a browser of their own, and nginx.spec serves the build with Debian's nginx. On a fresh
// Debian/Ubuntu machine, install what is missing when we may (root).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { findNginx } from '../../tools/serve-nginx.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const mayInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
const missing = [...(existsSync(CHROMIUM) ? [] : ['chromium']), ...(findNginx() ? [] : ['nginx'])];

if (missing.length && mayInstall) {
  console.log(`Installing Debian’s ${missing.join(' and ')} for the browser tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
} else if (missing.includes('chromium')) {
  console.error(`Chromium is missing at ${CHROMIUM}. Install it (e.g. \`sudo apt-get install chromium\`) or set CHROMIUM_PATH.`);
  process.exit(1);
} else if (missing.includes('nginx')) {
  console.warn('nginx is missing: the nginx browser tests will be skipped (`sudo apt-get install nginx` or set NGINX_PATH).');
}
