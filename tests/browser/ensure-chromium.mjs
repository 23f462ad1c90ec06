// Runs before `npm test` (npm's pretest hook): the browser tests drive Debian's Chromium and never
// download a browser of their own. On a fresh Debian/Ubuntu machine, install it when we may (root).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian’s chromium package for the browser tests…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  } else {
    console.error(`Chromium is missing at ${CHROMIUM}. Install it (e.g. \`sudo apt-get install chromium\`) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}
