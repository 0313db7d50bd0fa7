import { readdirSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';

/** Where the browser tests save screenshots for people to look at. */
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

/** Empties the folder, so what is in it after a run is that run's screenshots only. */
export function clearScreenshots(dir = SCREENSHOT_DIR): void {
  rmSync(dir, { recursive: true, force: true });
}

/** One line saying how many screenshots the run saved, and where. */
export function describeScreenshots(dir = SCREENSHOT_DIR): string {
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.png'));
  } catch {
    files = [];
  }
  const where = relative(process.cwd(), dir) || dir;
  return files.length === 0 ? `No screenshots were saved in ${where}/ this run.` : `${files.length} screenshots saved in ${where}/ (${dir}).`;
}
