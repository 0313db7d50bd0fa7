import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserLookup, banner, lookUpBrowser } from './find-browser';
import { clearScreenshots, describeScreenshots } from './screenshots';
import { DIST_DIR } from './servers';

/**
 * The decision the global setup makes, kept pure so it can be tested: fails
 * the run when CI has no usable browser, warns loudly when a developer's
 * machine has none (or a CHROME_PATH that does not work), and refuses to test
 * a build that is not there.
 */
export function checkPrerequisites(lookup: BrowserLookup, distDir: string = DIST_DIR, warn: (message: string) => void = console.warn): void {
  if (lookup.kind === 'fail') throw new Error(`\n${banner(lookup.message)}`);
  if (lookup.kind === 'skip') {
    warn(`\n${banner(lookup.message)}\n`);
    return;
  }
  if (lookup.warning !== undefined) warn(`\n${banner(lookup.warning)}\n`);
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No production build in ${distDir}. Run "npm run test:e2e", which builds first, or "npx vite build".`);
  }
}

/** Runs once before the browser suites; what it returns runs once after them. */
export default function setup(): () => void {
  checkPrerequisites(lookUpBrowser());
  clearScreenshots();
  return () => {
    console.log(`\n${describeScreenshots()}`);
  };
}
