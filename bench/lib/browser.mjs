// How the bench starts Chromium, and the pages it opens. The network here is
// closed: the flags stop Chromium's own background traffic, which would
// otherwise retry endlessly and disturb the timings.
import { existsSync } from 'node:fs';

export const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function chromePath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error('No Chromium found: set CHROME_PATH or `apt-get install -y chromium`.');
  return found;
}

/** A playwright-core Chromium with the bench's flags. */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromePath(), headless: true, args: CHROME_FLAGS });
}

/** A phone-sized context, as the interaction timings use. */
export const phoneContext = (browser) => browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });

// Hash routing: the server only ever sees "/".
/** The first question of the wizard. */
export const FIRST_QUESTION = '#/q/task';
/** A cold share link to a full result (every question answered, training section shown). */
export const SHARE_LINK =
  '#/result?v=1&task=tabular&control=full&data=large&pyspark=yes&unified=yes&language=python&ui=yes&existing=databricks&workflow=multi-step&needs=unattended,versioning&framework=pytorch&setup=low-level&compute=managed-cluster';
