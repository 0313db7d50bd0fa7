import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ERROR_BOUNDARY_HEADING,
  EVERY_QUESTION,
  type Ranking,
  SCREEN_HEADINGS,
  expectClean,
  expectCompleteResult,
  expectedRanking,
  readRanking,
} from './support/app';
import { type PageRecord, domQuiet, foreignRequests, launchBrowser, newSession, settle } from './support/browser';
import { eventually } from './support/eventually';
import { NO_BROWSER } from './support/find-browser';
import { FIXED_BROKEN_ROUTES, type HostileLink, MARKER_ATTRIBUTE, MARKER_ELEMENT, MARKER_GLOBAL, hostileLinks, shareQueryOf } from './support/hostile-links';
import { type RunningServer, startStaticHost, startVitePreview } from './support/servers';
import { COMPARE_PATH, HOME_PATH, questionPath, resultHref } from '../../src/features/shared/paths';

const LINKS = hostileLinks();

interface Rendered {
  readonly url: string;
  /** The hash as the page holds it after the browser has tidied it, for the ranking the app should show. */
  readonly hash: string;
  /** Every <h1> in the document, trimmed. */
  readonly headings: string[];
  /** The <h1> inside <main>, or null: the screen's own heading, not the frame's. */
  readonly screenHeading: string | null;
  /** Characters of text inside <main> besides its heading: header and footer do not count. */
  readonly mainText: number;
  readonly visibleMain: boolean;
  readonly ranking: Ranking;
  readonly injected: string[];
  readonly executed: boolean;
  readonly homeLink: boolean;
}

/** What the page shows now. */
async function inspect(page: Page): Promise<Rendered> {
  const shown = await page.evaluate(
    ({ attribute, element, global }) => {
      const main = document.querySelector('main');
      const mainHeading = main?.querySelector('h1') ?? null;
      const box = main?.getBoundingClientRect();
      const suspicious = document.querySelectorAll(
        `[${attribute}], ${element}, #root script, #root iframe, #root object, #root embed, #root style, #root svg[onload], #root [onerror], #root [onload], #root [onclick], #root a[href^="javascript:" i]`,
      );
      const mainText = (main?.innerText ?? '').replace(/\s+/g, ' ').trim().length;
      const headingText = (mainHeading?.innerText ?? '').replace(/\s+/g, ' ').trim().length;
      return {
        url: location.href,
        hash: location.hash,
        headings: [...document.querySelectorAll('h1')].map((h1) => h1.textContent?.trim() ?? ''),
        screenHeading: mainHeading?.textContent?.trim() ?? null,
        mainText: Math.max(0, mainText - headingText),
        visibleMain: box !== undefined && box.width > 0 && box.height > 0,
        injected: [...suspicious].map((node) => node.outerHTML.slice(0, 120)),
        executed: (window as unknown as Record<string, unknown>)[global] !== undefined,
        homeLink: [...document.querySelectorAll('a[href]')].some((link) => /#\/?$/.test(link.getAttribute('href') ?? '')),
      };
    },
    { attribute: MARKER_ATTRIBUTE, element: MARKER_ELEMENT, global: MARKER_GLOBAL },
  );
  return { ...shown, ranking: await readRanking(page) };
}

/** Below this many characters of text besides its heading, <main> counts as blank. */
const MIN_MAIN_TEXT = 40;

/**
 * Everything wrong with what a link rendered: not exactly one of the app's
 * own screen headings inside <main>, the error boundary instead of a screen,
 * a (nearly) blank <main>, anything injected rendered or run, or a result
 * whose ranking ([id, rank] of services, methods and compute targets) is not
 * the one the decision module gives for the address the page ended on.
 */
function judge(rendered: Rendered): string[] {
  const problems: string[] = [];
  if (rendered.screenHeading === ERROR_BOUNDARY_HEADING) problems.push(`the error boundary's "${ERROR_BOUNDARY_HEADING}" instead of a screen`);
  else if (rendered.screenHeading === null) problems.push(`no heading inside <main> (h1s: ${JSON.stringify(rendered.headings)})`);
  else if (!SCREEN_HEADINGS.has(rendered.screenHeading)) problems.push(`"${rendered.screenHeading.slice(0, 80)}" is not one of the app's screen headings`);
  if (rendered.headings.length !== 1) problems.push(`${rendered.headings.length} h1 (${JSON.stringify(rendered.headings).slice(0, 200)})`);
  if (rendered.mainText < MIN_MAIN_TEXT || !rendered.visibleMain) {
    problems.push(`blank or nearly blank screen: ${rendered.mainText} characters in <main> besides its heading`);
  }
  if (rendered.injected.length > 0) problems.push(`rendered as markup: ${rendered.injected.join(' ; ')}`);
  if (rendered.executed) problems.push('injected script ran');
  if (!rendered.homeLink) problems.push('no way back to the start page');
  if (/^#\/result(?:[?#]|$)/.test(rendered.hash)) {
    const expected = expectedRanking(shareQueryOf(rendered.hash) ?? '');
    if (JSON.stringify(rendered.ranking) !== JSON.stringify(expected)) {
      problems.push(`ranking ${JSON.stringify(rendered.ranking)} instead of ${JSON.stringify(expected)}`);
    }
  }
  return problems;
}

function describeLink(link: HostileLink, index: number): string {
  const shown = link.hash.length > 160 ? `${link.hash.slice(0, 160)}… (${link.hash.length} chars)` : link.hash;
  return `#${index} [${link.kind}] ${JSON.stringify(shown)}`;
}

/** How a link reaches the app: a fresh document loaded from the address, or a change of address in the running app. */
type Arrival = 'cold' | 'hash change';

interface Job {
  readonly index: number;
  readonly server: RunningServer;
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
    expect(new Set(LINKS.map((link) => link.hash)).size).toBeGreaterThanOrEqual(200);
  });

  /**
   * Opens the links in `workers` pages side by side and returns one line per
   * link that misbehaved. Cold, each worker takes its links from the two
   * servers' queues in turn, so every load is a new document on another
   * origin than the last; by hash change, each page is warmed up once and
   * every link then arrives as a change of address.
   */
  async function checkLinks(jobs: readonly Job[], arrival: Arrival, workers = 2): Promise<string[]> {
    const failures: string[] = [];
    const origins = [...new Set(jobs.map((job) => job.server.origin))];
    const queues = origins.map((origin) => jobs.filter((job) => job.server.origin === origin));
    await Promise.all(
      Array.from({ length: workers }, async (_unused, worker) => {
        const session = await newSession(browser);
        const { page, record } = session;
        if (arrival === 'hash change') {
          if (origins.length !== 1) throw new Error('Hash changes stay on one server');
          await warmUp(page, jobs[0]!.server.appUrl);
        }
        for (let turn = worker; ; turn += 1) {
          const job = queues[turn % queues.length]!.shift() ?? queues.find((queue) => queue.length > 0)?.shift();
          if (job === undefined) break;
          const link = LINKS[job.index]!;
          const problems = await checkOne(page, record, job.server, link, arrival);
          if (problems.length > 0) {
            failures.push(`${describeLink(link, job.index)} ${arrival} on ${job.server.name} → ${page.url().slice(0, 200)}\n    ${problems.join('\n    ')}`);
          }
        }
        const foreign = foreignRequests(record, origins);
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
    for (const hash of [resultHref({}), `#${questionPath('task')}`, `#${COMPARE_PATH}`, '#/no-such-page', `#${HOME_PATH}`]) {
      await page.goto(`${appUrl}${hash}`);
      await page.waitForFunction(() => document.querySelector('h1') !== null).catch(() => {
        throw new Error(`Warming up: ${appUrl}${hash} never showed a heading (a blank screen?)`);
      });
    }
    await domQuiet(page);
  }

  /** The document's address without its fragment: two URLs that share it are one document, and going between them is only a hash change. */
  const documentOf = (url: string) => url.split('#')[0];

  async function checkOne(page: Page, record: PageRecord, server: RunningServer, link: HostileLink, arrival: Arrival): Promise<string[]> {
    const before = {
      pageErrors: record.pageErrors.length,
      consoleErrors: record.consoleErrors.length,
      csp: record.cspViolations.length,
      dialogs: record.dialogs.length,
    };
    const problems: string[] = [];
    if (arrival === 'cold') {
      const url = `${server.appUrl}${link.hash}`;
      // Mark the old document, so the check below proves a new one was loaded.
      await page.evaluate(() => {
        (window as unknown as Record<string, unknown>).__e2eOldDocument = true;
      });
      if (documentOf(page.url()) === documentOf(url)) await page.goto('about:blank');
      await page.goto(url);
      const fresh = await page.evaluate(() => (window as unknown as Record<string, unknown>).__e2eOldDocument === undefined);
      if (!fresh) problems.push('arrived as a hash change in the old document, not as a cold load');
    } else {
      await page.evaluate((hash) => {
        location.hash = hash;
      }, link.hash);
    }
    await domQuiet(page);
    // A screen whose code is still loading shows no heading yet: give it time before calling the page blank.
    const ready = () => document.querySelector('main h1') !== null && document.querySelector('[role="status"].page-loading') === null;
    if (!(await page.evaluate(ready))) {
      await page
        .waitForFunction(ready, undefined, { timeout: 5_000 })
        .then(() => domQuiet(page))
        .catch(() => undefined);
    }
    problems.push(...judge(await inspect(page)));
    problems.push(
      ...record.pageErrors.slice(before.pageErrors),
      ...record.consoleErrors.slice(before.consoleErrors).filter((line) => !line.includes('/favicon.ico')),
      ...record.cspViolations.slice(before.csp).map((violation) => `CSP ${violation.directive} blocked ${violation.blockedURI}`),
      ...record.dialogs.slice(before.dialogs).map((dialog) => `dialog ${dialog}`),
    );
    return problems;
  }

  const everyLink = LINKS.map((_link, index) => index);
  const isFixed = (index: number) => FIXED_BROKEN_ROUTES.includes(LINKS[index]!.hash);
  /** One generated link in five only ever arrives as a change of address; every other link opens cold. */
  const hashOnly = (index: number) => index % 5 === 1 && !isFixed(index);

  it('each opens cold as a fresh document, alternating vite preview and the static host with no fallback', async () => {
    // Each link on one server or the other; the fixed broken routes on both.
    const jobs: Job[] = everyLink
      .filter((index) => !hashOnly(index))
      .flatMap((index) => {
        const servers = isFixed(index) ? [preview, staticHost] : [index % 2 === 0 ? preview : staticHost];
        return servers.map((server) => ({ index, server }));
      });
    expect(new Set(jobs.map((job) => job.index)).size, 'distinct links opened cold').toBeGreaterThanOrEqual(200);
    expect(jobs.filter((job) => job.server === staticHost).length).toBeGreaterThanOrEqual(100);
    const failures = await checkLinks(jobs, 'cold');
    expect(failures.length, `${failures.length} of ${jobs.length} cold links failed:\n${failures.slice(0, 25).join('\n')}`).toBe(0);
  });

  it('each renders its page when it arrives as a change of address in the running app (a sample, vite preview)', async () => {
    const jobs: Job[] = everyLink.filter((index) => hashOnly(index) || index % 5 === 3 || isFixed(index)).map((index) => ({ index, server: preview }));
    expect(jobs.length).toBeGreaterThanOrEqual(100);
    const failures = await checkLinks(jobs, 'hash change');
    expect(failures.length, `${failures.length} of ${jobs.length} links failed:\n${failures.slice(0, 25).join('\n')}`).toBe(0);
  });

  it('would notice the error boundary, a blank <main>, a foreign heading or a wrong ranking', async () => {
    const session = await newSession(browser);
    const { page } = session;
    // Every question answered: methods and compute targets are ranked too.
    await page.goto(`${preview.appUrl}${resultHref(EVERY_QUESTION)}`);
    await expectCompleteResult(page);
    expect(judge(await inspect(page))).toEqual([]);
    const tampered = async (change: (main: HTMLElement) => void) => {
      await page.locator('main').evaluate(change);
      return judge(await inspect(page)).join('\n');
    };
    // The ranking swapped: two services trade places, or a tie is broken.
    expect(
      await tampered((main) => {
        const first = main.querySelector('[data-service]')!;
        first.setAttribute('data-rank', String(Number(first.getAttribute('data-rank')) + 1));
      }),
    ).toMatch(/^ranking /);
    expect(
      await tampered((main) => {
        const compute = main.querySelectorAll('[data-compute]');
        compute[0]!.before(compute[1]!);
      }),
    ).toMatch(/^ranking /);
    expect(
      await tampered((main) => {
        main.innerHTML =
          '<div class="narrow"><h1>Something went wrong</h1><p class="lead">This page could not be shown. Reloading usually fixes it; your answers are kept.</p><p><a href="#/">Go to the start page</a></p></div>';
      }),
    ).toContain('error boundary');
    expect(await tampered((main) => void (main.innerHTML = '<h1>Your recommendation</h1>'))).toContain('blank');
    expect(await tampered((main) => void (main.innerHTML = ''))).toContain('no heading inside <main>');
    expect(await tampered((main) => void (main.innerHTML = `<h1>Index of /</h1><p>${'x'.repeat(80)}</p>`))).toContain('not one of the app');
    await session.close();
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
    expect(await readRanking(page)).toEqual(expectedRanking('v=1&control=full'));
    await settle(page);
    expectClean(record, preview.origin);
    await session.close();
  });
});
