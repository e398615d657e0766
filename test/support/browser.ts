import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium, headless, with the flags this sandbox needs: no sandbox as root, and no
 * background networking (the machine has no network and Chromium would keep trying).
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.NAMNDSTOD_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
