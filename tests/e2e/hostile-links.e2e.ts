import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, expectedRanking } from './support/app';
import { type PageRecord, domQuiet, foreignRequests, launchBrowser, newSession, settle } from './support/browser';
import { eventually } from './support/eventually';
import { NO_BROWSER } from './support/find-browser';
import { FIXED_BROKEN_ROUTES, type HostileLink, MARKER_ATTRIBUTE, MARKER_ELEMENT, MARKER_GLOBAL, hostileLinks, shareQueryOf } from './support/hostile-links';
import { type RunningServer, startStaticHost, startVitePreview } from './support/servers';

const LINKS = hostileLinks();

interface Rendered {
  readonly url: string;
  readonly heading: string;
  readonly headings: number;
  readonly rootText: number;
  readonly visibleRoot: boolean;
  readonly services: string[];
  readonly injected: string[];
  readonly executed: boolean;
  readonly homeLink: boolean;
}

/** What the page shows now, read in one round trip. */
function inspect(page: Page): Promise<Rendered> {
  return page.evaluate(
    ({ attribute, element, global }) => {
      const root = document.getElementById('root');
      const h1s = document.querySelectorAll('h1');
      const box = root?.getBoundingClientRect();
      const suspicious = document.querySelectorAll(
        `[${attribute}], ${element}, #root script, #root iframe, #root object, #root embed, #root style, #root svg[onload], #root [onerror], #root [onload], #root [onclick], #root a[href^="javascript:" i]`,
      );
      return {
        url: location.href,
        heading: h1s[0]?.textContent?.trim() ?? '',
        headings: h1s.length,
        rootText: root?.innerText.trim().length ?? 0,
        visibleRoot: box !== undefined && box.width > 0 && box.height > 0,
        services: [...document.querySelectorAll('[data-service]')].map((node) => node.getAttribute('data-service') ?? ''),
        injected: [...suspicious].map((node) => node.outerHTML.slice(0, 120)),
        executed: (window as unknown as Record<string, unknown>)[global] !== undefined,
        homeLink: [...document.querySelectorAll('a[href]')].some((link) => /#\/?$/.test(link.getAttribute('href') ?? '')),
      };
    },
    { attribute: MARKER_ATTRIBUTE, element: MARKER_ELEMENT, global: MARKER_GLOBAL },
  );
}

/** The hash as the page holds it after the browser has tidied it, for the ranking the app should show. */
async function currentHash(page: Page): Promise<string> {
  return page.evaluate(() => location.hash);
}

function describeLink(link: HostileLink, index: number): string {
  const shown = link.hash.length > 160 ? `${link.hash.slice(0, 160)}… (${link.hash.length} chars)` : link.hash;
  return `#${index} [${link.kind}] ${JSON.stringify(shown)}`;
}

describe.skipIf(NO_BROWSER)('hostile and broken links', () => {
  let browser: Browser;
  let preview: RunningServer;
  let staticHost: RunningServer;

  beforeAll(async () => {
    [browser, preview, staticHost] = await Promise.all([launchBrowser(), startVitePreview(), startStaticHost()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), preview?.close(), staticHost?.close()]);
  });

  it('generates at least 200 links of every kind the issue names', () => {
    expect(LINKS.length).toBeGreaterThanOrEqual(200);
    const kinds = new Set(LINKS.map((link) => link.kind));
    for (const kind of ['random parameters', 'unknown keys and values', 'repeated keys', '10 kB query', 'percent-encoding garbage', 'script and HTML fragments', 'larger or broken v']) {
      expect(kinds).toContain(kind);
    }
    expect(LINKS.filter((link) => link.kind === '10 kB query').every((link) => link.hash.length >= 10_000)).toBe(true);
    expect(new Set(LINKS.map((link) => link.hash)).size).toBeGreaterThan(190);
  });

  /**
   * Opens the links in `workers` pages side by side and returns one line per
   * link that misbehaved. A link arrives either as a change of address in the
   * running app or, when `fullLoad` says so, as a cold load of a new page.
   */
  async function checkLinks(server: RunningServer, indices: readonly number[], fullLoad: (index: number) => boolean, workers = 2): Promise<string[]> {
    const failures: string[] = [];
    const queue = [...indices];
    await Promise.all(
      Array.from({ length: workers }, async () => {
        const session = await newSession(browser);
        const { page, record } = session;
        await warmUp(page, server.appUrl);
        for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
          const link = LINKS[index]!;
          const problems = await checkOne(page, record, server.appUrl, link, fullLoad(index));
          if (problems.length > 0) failures.push(`${describeLink(link, index)} → ${page.url().slice(0, 200)}\n    ${problems.join('\n    ')}`);
        }
        const foreign = foreignRequests(record, server.origin);
        if (foreign.length > 0) failures.push(`requests to other origins: ${foreign.join(', ')}`);
        await session.close();
      }),
    );
    return failures;
  }

  /**
   * Visits every kind of screen once, so their lazily loaded code is in the
   * page: a change of address then renders at once, and what is checked is
   * the new screen, not the old one kept while the next one loads.
   */
  async function warmUp(page: Page, appUrl: string): Promise<void> {
    for (const hash of ['#/result?v=1', '#/q/task', '#/compare', '#/no-such-page', '#/']) {
      await page.goto(`${appUrl}${hash}`);
      await page.waitForFunction(() => document.querySelector('h1') !== null).catch(() => {
        throw new Error(`Warming up: ${appUrl}${hash} never showed a heading (a blank screen?)`);
      });
    }
    await domQuiet(page);
  }

  async function checkOne(page: Page, record: PageRecord, appUrl: string, link: HostileLink, cold: boolean): Promise<string[]> {
    const before = {
      pageErrors: record.pageErrors.length,
      consoleErrors: record.consoleErrors.length,
      csp: record.cspViolations.length,
      dialogs: record.dialogs.length,
    };
    if (cold) {
      await page.goto('about:blank');
      await page.goto(`${appUrl}${link.hash}`);
    } else {
      await page.evaluate((hash) => {
        location.hash = hash;
      }, link.hash);
    }
    await domQuiet(page);
    // A screen whose code is still loading shows no heading yet: give it time before calling the page blank.
    const ready = () => document.querySelector('h1') !== null && document.querySelector('[role="status"].page-loading') === null;
    if (!(await page.evaluate(ready))) {
      await page
        .waitForFunction(ready, undefined, { timeout: 5_000 })
        .then(() => domQuiet(page))
        .catch(() => undefined);
    }
    const rendered = await inspect(page);
    const problems: string[] = [];
    if (rendered.headings !== 1 || rendered.heading === '') problems.push(`${rendered.headings} h1 ("${rendered.heading}")`);
    if (rendered.rootText < 40 || !rendered.visibleRoot) problems.push('blank or nearly blank screen');
    if (rendered.injected.length > 0) problems.push(`rendered as markup: ${rendered.injected.join(' ; ')}`);
    if (rendered.executed) problems.push('injected script ran');
    if (!rendered.homeLink) problems.push('no way back to the start page');

    const hash = await currentHash(page);
    if (/^#\/result(?:[?#]|$)/.test(hash)) {
      const expected = expectedRanking(shareQueryOf(hash) ?? '').services;
      if (JSON.stringify(rendered.services) !== JSON.stringify(expected)) {
        problems.push(`ranking ${rendered.services.join(',') || '(none)'} instead of ${expected.join(',')}`);
      }
    }
    problems.push(
      ...record.pageErrors.slice(before.pageErrors),
      ...record.consoleErrors.slice(before.consoleErrors).filter((line) => !line.includes('/favicon.ico')),
      ...record.cspViolations.slice(before.csp).map((violation) => `CSP ${violation.directive} blocked ${violation.blockedURI}`),
      ...record.dialogs.slice(before.dialogs).map((dialog) => `dialog ${dialog}`),
    );
    return problems;
  }

  const everyLink = LINKS.map((_link, index) => index);

  it('each renders the app’s own page, with nothing injected, no error and no blank screen (vite preview)', async () => {
    // Every link; one in twelve opened cold, the rest as a change of address.
    const failures = await checkLinks(preview, everyLink, (index) => index % 12 === 0);
    expect(failures.length, `${failures.length} of ${LINKS.length} links failed:\n${failures.slice(0, 25).join('\n')}`).toBe(0);
  });

  it('each opens cold on a static host with no fallback (a sample, and the fixed broken routes)', async () => {
    const sample = everyLink.filter((index) => index % 20 === 7 || FIXED_BROKEN_ROUTES.includes(LINKS[index]!.hash));
    expect(sample.length).toBeGreaterThan(35);
    const failures = await checkLinks(staticHost, sample, () => true);
    expect(failures.length, `${failures.length} of ${sample.length} links failed:\n${failures.slice(0, 25).join('\n')}`).toBe(0);
  });

  it('shows what it ignored as text, quoting the injected fragment literally', async () => {
    const session = await newSession(browser);
    const { page, record } = session;
    const payload = `<img src=x ${MARKER_ATTRIBUTE} onerror=alert(1)>`;
    await page.goto(`${preview.appUrl}#/result?v=1&task=${encodeURIComponent(payload)}&control=full`);
    const notice = page.getByRole('status').filter({ hasText: 'ignored' });
    await eventually(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toContain('<img src=x');
    expect(await page.locator(`[${MARKER_ATTRIBUTE}]`).count()).toBe(0);
    // The valid part of the link still counts.
    expect((await page.locator('[data-service]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-service'))))).toEqual(
      expectedRanking('v=1&control=full').services,
    );
    await settle(page);
    expectClean(record, preview.origin);
    await session.close();
  });
});
