import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTION_BY_ID } from '../../src/decision';
import {
  EVERY_QUESTION,
  EVERY_QUESTION_IDS,
  answerWithPointer,
  completeWizard,
  expectClean,
  expectResult,
  heading,
  shareQuery,
} from './support/app';
import { type AxeViolation, describeViolations, runAxe } from './support/axe';
import { COLOR_SCHEMES, type ColorScheme, VIEWPORTS, type ViewportName, launchBrowser, newSession, settle } from './support/browser';
import { eventually } from './support/eventually';
import { NO_BROWSER } from './support/find-browser';
import { type RunningServer, startVitePreview } from './support/servers';

export const SCREENSHOT_DIR = resolve('test-results/screenshots');

const combinations = (Object.keys(VIEWPORTS) as ViewportName[]).flatMap((viewport) =>
  COLOR_SCHEMES.map((scheme) => [viewport, scheme] as [ViewportName, ColorScheme]),
);

describe.skipIf(NO_BROWSER)('accessibility (axe-core, WCAG 2.0/2.1/2.2 A and AA)', () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    [browser, server] = await Promise.all([launchBrowser(), startVitePreview()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  // Two combinations at a time: most of a run is waiting on the page.
  it.concurrent.each(combinations)('has no violations on any screen on a %s in %s mode', async (viewport, scheme) => {
    const session = await newSession(browser, { viewport, colorScheme: scheme });
    const { page, record } = session;
    const found: { screen: string; violations: AxeViolation[] }[] = [];
    const screenshots: string[] = [];
    const overflowing: string[] = [];
    const check = async (screen: string) => {
      await settle(page);
      found.push({ screen, violations: await runAxe(page) });
      // WCAG 1.4.10 (reflow), which axe does not test: nothing scrolls sideways on a phone.
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > VIEWPORTS[viewport].viewport.width) overflowing.push(`${screen} is ${width}px wide`);
    };
    const shoot = async (name: string, target: Page = page) => {
      const path = join(SCREENSHOT_DIR, `${viewport}-${scheme}-${name}.png`);
      await target.screenshot({ path, fullPage: true, animations: 'disabled', scale: 'css' });
      screenshots.push(path);
    };

    await page.goto(server.appUrl);
    await eventually(() => heading(page).isVisible()).toBe(true);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    await check('intro');
    await shoot('intro');

    await page.getByRole('link', { name: 'Start', exact: true }).click();
    const asked = await completeWizard(page, EVERY_QUESTION, async (id, answer) => {
      // The explanation is part of the question: check it open as well.
      const more = page.locator('details.more, details:has(> summary)');
      if ((await more.count()) > 0) await more.first().locator('summary').click();
      await check(`question "${id}"`);
      if (id === 'task') await shoot('question-task');
      if (id === 'existing') await shoot('question-existing');
      await answerWithPointer(page, id, answer, 'click');
    });
    expect(asked).toEqual(EVERY_QUESTION_IDS);
    await expectResult(page);
    await check('result');
    await shoot('result');

    // A link with unknown parts shows a notice; a link with other answers than the saved ones, another.
    await page.goto(`${server.appUrl}#/result?v=2&task=vision&colour=blue&existing=synapse,nope`);
    await expectResult(page);
    await check('result with an ignored-parts notice and someone else’s answers');
    await shoot('result-with-notices');

    await page.goto(`${server.appUrl}#/compare`);
    await eventually(() => page.locator('table').count()).toBeGreaterThan(0);
    await check('compare');

    await page.goto(`${server.appUrl}#/no/such/page`);
    await check('not found');

    const failures = found.filter((entry) => entry.violations.length > 0);
    expect(
      failures.map((entry) => `${entry.screen}:\n${describeViolations(entry.violations)}`).join('\n\n'),
      `axe violations on a ${viewport} in ${scheme} mode`,
    ).toBe('');
    expect(overflowing, 'screens wider than the viewport').toEqual([]);
    expect(found.length).toBe(EVERY_QUESTION_IDS.length + 5);
    expect(screenshots.length).toBe(5);
    expectClean(record, server.origin);
    await session.close();
  });

  it('covers every question that exists', () => {
    expect(EVERY_QUESTION_IDS).toEqual(Object.keys(QUESTION_BY_ID));
    expect(shareQuery(EVERY_QUESTION).split('&')).toHaveLength(1 + EVERY_QUESTION_IDS.length);
  });
});
