import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { banner, lookUpBrowser } from './find-browser';
import { DIST_DIR } from './servers';

/**
 * Runs once before the browser suites: fails the run when CI has no browser,
 * warns loudly when a developer's machine has none, and refuses to test a
 * build that is not there.
 */
export default function setup(): void {
  const lookup = lookUpBrowser();
  if (lookup.kind === 'fail') throw new Error(`\n${banner(lookup.message)}`);
  if (lookup.kind === 'skip') {
    console.warn(`\n${banner(lookup.message)}\n`);
    return;
  }
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    throw new Error(`No production build in ${DIST_DIR}. Run "npm run test:e2e", which builds first, or "npx vite build".`);
  }
}
