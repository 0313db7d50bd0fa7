import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTALL_COMMAND, USUAL_BROWSER_PATHS, lookUpBrowser } from './support/find-browser';
import { checkPrerequisites } from './support/global-setup';

/** Runs `check` with a throwaway folder that looks like a build. */
function withBuild(check: (dist: string) => void): void {
  const dist = mkdtempSync(join(tmpdir(), 'e2e-build-'));
  try {
    writeFileSync(join(dist, 'index.html'), '<!doctype html>');
    check(dist);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}

/** The BROWSER_PATHS array in .ci/run, as bash itself reads it. */
function ciBrowserPaths(): string[] {
  const script = readFileSync('.ci/run', 'utf8');
  const definition = /^BROWSER_PATHS=\([\s\S]*?^\)$/m.exec(script);
  expect(definition, '.ci/run defines BROWSER_PATHS=( … )').not.toBeNull();
  const output = execFileSync('bash', ['-c', `${definition![0]}\nprintf '%s\\n' "\${BROWSER_PATHS[@]}"`], { encoding: 'utf8' });
  return output.split('\n').filter((line) => line !== '');
}

// The browser lookup decides whether the browser tests run, skip or fail the
// run, so its rules are tested here without a browser.
describe('finding a browser for the browser tests', () => {
  const only = (...present: string[]) => (path: string) => present.includes(path);

  it('uses CHROME_PATH before anything else', () => {
    expect(lookUpBrowser({ CHROME_PATH: '/opt/my-chrome' }, only('/opt/my-chrome', '/usr/bin/chromium'))).toEqual({
      kind: 'found',
      path: '/opt/my-chrome',
    });
  });

  it('falls back to the usual install paths, in order, when CHROME_PATH is unset', () => {
    expect(lookUpBrowser({}, only('/usr/bin/google-chrome', '/usr/bin/chromium'))).toEqual({ kind: 'found', path: '/usr/bin/chromium' });
    expect(lookUpBrowser({ CHROME_PATH: '  ' }, only('/usr/bin/google-chrome-stable'))).toEqual({
      kind: 'found',
      path: '/usr/bin/google-chrome-stable',
    });
    expect(lookUpBrowser({}, only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'))).toMatchObject({ kind: 'found' });
  });

  it('warns loudly about a CHROME_PATH that is set but not executable, and falls back on a developer machine', () => {
    const lookup = lookUpBrowser({ CHROME_PATH: '/nope', CI: 'false' }, only('/usr/bin/google-chrome-stable'));
    expect(lookup).toMatchObject({ kind: 'found', path: '/usr/bin/google-chrome-stable' });
    if (lookup.kind !== 'found') return;
    expect(lookup.warning).toContain('CHROME_PATH is set to /nope, which is not an executable file');
    expect(lookup.warning).toContain('Using /usr/bin/google-chrome-stable instead.');
    const warnings: string[] = [];
    withBuild((dist) => checkPrerequisites(lookup, dist, (message) => warnings.push(message)));
    expect(warnings.join('\n')).toMatch(/!! CHROME_PATH is set to \/nope/);
  });

  it('fails under CI on a CHROME_PATH that is set but not executable, even with a browser elsewhere', () => {
    const lookup = lookUpBrowser({ CHROME_PATH: '/nope', CI: 'true' }, only('/usr/bin/chromium'));
    expect(lookup.kind).toBe('fail');
    if (lookup.kind === 'found') return;
    expect(lookup.message).toContain('CHROME_PATH is set to /nope');
    expect(() => checkPrerequisites(lookup)).toThrow(/CHROME_PATH is set to \/nope/);
  });

  it('looks in Debian, Ubuntu, Chrome and macOS locations', () => {
    expect(USUAL_BROWSER_PATHS).toEqual(
      expect.arrayContaining(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']),
    );
    expect(USUAL_BROWSER_PATHS.some((path) => path.startsWith('/Applications/Google Chrome.app/'))).toBe(true);
  });

  it('skips loudly on a developer machine without a browser, saying how to enable the tests', () => {
    for (const CI of [undefined, '', 'false', '0']) {
      const lookup = lookUpBrowser({ CI, CHROME_PATH: '/nope' }, only());
      expect(lookup.kind).toBe('skip');
      if (lookup.kind === 'found') continue;
      expect(lookup.message).toContain(INSTALL_COMMAND);
      expect(lookup.message).toContain('CHROME_PATH');
      expect(lookup.message).toContain('/nope (from CHROME_PATH)');
      expect(lookup.message).toMatch(/SKIPPED/);
    }
  });

  it('the global setup fails the run under CI without a browser, naming the install command', () => {
    const warnings: string[] = [];
    expect(() => checkPrerequisites(lookUpBrowser({ CI: 'true' }, only()), 'unused', (message) => warnings.push(message))).toThrow(
      INSTALL_COMMAND,
    );
    expect(warnings).toEqual([]);
  });

  it('the global setup skips loudly without a browser on a developer machine, and refuses a missing build', () => {
    const warnings: string[] = [];
    expect(() => checkPrerequisites(lookUpBrowser({}, only()), 'unused', (message) => warnings.push(message))).not.toThrow();
    expect(warnings.join('\n')).toMatch(/!!.*SKIPPED/);
    const found = { kind: 'found', path: '/usr/bin/chromium' } as const;
    expect(() => checkPrerequisites(found, join(tmpdir(), 'no-such-build'), () => undefined)).toThrow(/No production build/);
    withBuild((dist) => expect(() => checkPrerequisites(found, dist, () => undefined)).not.toThrow());
  });

  it('.ci/run looks in the same places, in the same order', () => {
    expect(ciBrowserPaths()).toEqual([...USUAL_BROWSER_PATHS]);
  });

  it('fails under CI without a browser, naming the install command', () => {
    for (const CI of ['true', '1', 'TRUE']) {
      const lookup = lookUpBrowser({ CI }, only());
      expect(lookup).toMatchObject({ kind: 'fail' });
      if (lookup.kind === 'found') continue;
      expect(lookup.message).toContain('apt-get update && apt-get install -y chromium');
    }
  });
});
