import { describe, expect, it } from 'vitest';
import { INSTALL_COMMAND, USUAL_BROWSER_PATHS, lookUpBrowser } from './support/find-browser';

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

  it('falls back to the usual install paths, in order, when CHROME_PATH is unset or wrong', () => {
    expect(lookUpBrowser({}, only('/usr/bin/google-chrome', '/usr/bin/chromium'))).toEqual({ kind: 'found', path: '/usr/bin/chromium' });
    expect(lookUpBrowser({ CHROME_PATH: '/nope' }, only('/usr/bin/google-chrome-stable'))).toEqual({
      kind: 'found',
      path: '/usr/bin/google-chrome-stable',
    });
    expect(lookUpBrowser({}, only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'))).toMatchObject({ kind: 'found' });
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

  it('fails under CI without a browser, naming the install command', () => {
    for (const CI of ['true', '1', 'TRUE']) {
      const lookup = lookUpBrowser({ CI }, only());
      expect(lookup).toMatchObject({ kind: 'fail' });
      if (lookup.kind === 'found') continue;
      expect(lookup.message).toContain('apt-get update && apt-get install -y chromium');
    }
  });
});
