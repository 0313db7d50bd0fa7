// One place that knows how to start Chromium for the bench. The network here
// is closed: these flags stop Chromium's own background traffic, which would
// otherwise retry endlessly and disturb the timings.
import { existsSync } from 'node:fs';

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromePath() {
  const found = [process.env.CHROME_PATH, ...CANDIDATES].find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error('No Chromium found: set CHROME_PATH or `apt-get install -y chromium`.');
  return found;
}

/** A playwright-core Chromium with the bench's flags. */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromePath(), headless: true, args: CHROME_FLAGS });
}
