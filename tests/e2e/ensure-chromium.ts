// Runs before the end-to-end tests: makes sure a Chromium is there, installing Debian's package
// when we run as root on a machine with apt-get, and otherwise says how to get one.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEBIAN_CHROMIUM, findChromium } from './chromium-path';

const found = findChromium();
if (found) {
  console.log(`e2e: using Chromium at ${found}`);
  process.exit(0);
}

if (process.env.CHROMIUM_PATH) {
  console.error(`e2e: CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasAptGet = existsSync('/usr/bin/apt-get');
if (isRoot && hasAptGet) {
  console.log("e2e: no Chromium found; installing Debian's chromium package (about a minute)…");
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  } catch {
    console.error('e2e: installing chromium with apt-get failed (see above).');
    process.exit(1);
  }
  if (existsSync(DEBIAN_CHROMIUM)) process.exit(0);
}

console.error(
  [
    'e2e: no Chromium found. Install one and run the tests again, for example:',
    '  sudo apt-get install chromium            (Debian/Ubuntu; then it is found at /usr/bin/chromium)',
    '  CHROMIUM_PATH=/path/to/chromium npm test  (any Chromium or Chrome you already have)',
  ].join('\n'),
);
process.exit(1);
