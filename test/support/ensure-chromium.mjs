// Run before the tests: the end-to-end tests drive Debian's Chromium through playwright-core
// (npm's own browser download cannot work here). Installs it when missing and we are root;
// otherwise says exactly what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.NAMNDSTOD_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    console.error(`Chromium not found at ${CHROMIUM}. Install it (sudo apt-get install -y chromium) or set NAMNDSTOD_CHROMIUM.`);
    process.exit(1);
  }
  console.error('Installing Debian chromium for the end-to-end tests …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}
