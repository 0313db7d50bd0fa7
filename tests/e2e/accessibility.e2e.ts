import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUESTION_BY_ID } from '../../src/decision';
import {
  EVERY_QUESTION,
  EVERY_QUESTION_IDS,
  answerWithPointer,
  completeWizard,
  expectClean,
  expectCompleteResult,
  expectedOptionsAsShown,
  heading,
  readOptionsAsShown,
  shareQuery,
} from './support/app';
import { type AxeReport, describeContrast, describeViolations, runAxe } from './support/axe';
import { COLOR_SCHEMES, type ColorScheme, VIEWPORTS, type ViewportName, newSession, settle } from './support/browser';
import { eventually } from './support/eventually';
import { NO_BROWSER } from './support/find-browser';
import { SCREENSHOT_DIR } from './support/screenshots';
import { browserAndServer } from './support/lifecycle';
import { COMPARE_PATH, comparePath, resultHref } from '../../src/features/shared/paths';

/** The page's own colours, to prove a dark run is really dark. */
interface Colours {
  readonly background: string;
  readonly text: string;
  /** Relative luminance of the background, 0 (black) to 1 (white). */
  readonly luminance: number;
}
const coloursSeen = new Map<string, Colours>();

function readColours(page: Page): Promise<Colours> {
  return page.evaluate(() => {
    const painted = [document.body, document.documentElement]
      .map((element) => getComputedStyle(element))
      .find((style) => !/^rgba\(0, 0, 0, 0\)$|^transparent$/.test(style.backgroundColor));
    const background = painted?.backgroundColor ?? 'rgb(255, 255, 255)';
    const [r, g, b] = (background.match(/[\d.]+/g) ?? ['255', '255', '255']).map(Number) as [number, number, number];
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return {
      background,
      text: getComputedStyle(document.body).color,
      luminance: 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b),
    };
  });
}

const combinations = (Object.keys(VIEWPORTS) as ViewportName[]).flatMap((viewport) =>
  COLOR_SCHEMES.map((scheme) => [viewport, scheme] as [ViewportName, ColorScheme]),
);

describe.skipIf(NO_BROWSER)('accessibility (axe-core, WCAG 2.0/2.1/2.2 A and AA)', () => {
  const running = browserAndServer();
  beforeAll(() => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });

  // Two combinations at a time: most of a run is waiting on the page.
  it.concurrent.each(combinations)('has no violations on any screen on a %s in %s mode', async (viewport, scheme) => {
    const session = await newSession(running.browser, { viewport, colorScheme: scheme });
    const { page, record } = session;
    const found: ({ screen: string } & AxeReport)[] = [];
    const screenshots: string[] = [];
    const overflowing: string[] = [];
    const check = async (screen: string) => {
      await settle(page);
      found.push({ screen, ...(await runAxe(page)) });
      // WCAG 1.4.10 (reflow), which axe does not test: nothing scrolls sideways on a phone.
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > VIEWPORTS[viewport].viewport.width) overflowing.push(`${screen} is ${width}px wide`);
    };
    const shoot = async (name: string, target: Page = page) => {
      const path = join(SCREENSHOT_DIR, `${viewport}-${scheme}-${name}.png`);
      await target.screenshot({ path, fullPage: true, animations: 'disabled', scale: 'css' });
      screenshots.push(path);
    };

    await page.goto(running.server.appUrl);
    await eventually(() => heading(page).isVisible()).toBe(true);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    // The page must really be painted in the scheme asked for, not just told about it.
    const colours = await readColours(page);
    coloursSeen.set(`${viewport} ${scheme}`, colours);
    if (scheme === 'dark') expect(colours.luminance, `dark page background ${colours.background}`).toBeLessThan(0.1);
    else expect(colours.luminance, `light page background ${colours.background}`).toBeGreaterThan(0.6);
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
    // The whole result, with the comparison table that loads once the page is idle.
    await expectCompleteResult(page);
    await check('result');
    await shoot('result');
    // Today first, on this screen size and scheme: each method and compute target is headed by what to use
    // today, and its 2019 name is there to read beneath the heading.
    expect(await readOptionsAsShown(page)).toEqual(expectedOptionsAsShown(shareQuery(EVERY_QUESTION)));
    expect((await readOptionsAsShown(page)).map((option) => option.lineage)).toContain('In the 2019 guidance: Estimator');
    // Everything the result folds away, unfolded: still no violation, nothing wider than the screen.
    await page.evaluate(() => {
      for (const details of document.querySelectorAll<HTMLDetailsElement>('main details')) details.open = true;
    });
    await check('result with every fold open');
    await shoot('result-expanded');

    // A link with unknown parts shows a notice; a link with other answers than the saved ones, another.
    await page.goto(`${running.server.appUrl}#/result?v=2&task=vision&colour=blue&existing=synapse,nope`);
    await eventually(() => page.getByRole('status').filter({ hasText: 'ignored' }).count()).toBe(1);
    await expectCompleteResult(page);
    await check('result with an ignored-parts notice and someone else’s answers');
    await shoot('result-with-notices');

    // Answers are saved now: the intro offers to resume.
    await page.goto(`${running.server.appUrl}#/`);
    await eventually(() => page.getByRole('link', { name: 'Resume where you left off' }).isVisible()).toBe(true);
    await check('intro with saved answers');
    await page.getByRole('button', { name: 'Start over', exact: true }).click();
    await eventually(() => page.getByRole('button', { name: 'Keep my answers' }).isVisible()).toBe(true);
    await check('intro asking before it clears the saved answers');

    await page.goto(`${running.server.appUrl}#${COMPARE_PATH}`);
    await eventually(() => page.locator('table').count()).toBeGreaterThan(0);
    await check('compare');

    // From a result: the rows its answers set off are marked.
    await page.goto(`${running.server.appUrl}#${comparePath(EVERY_QUESTION)}`);
    await eventually(() => page.locator('table').count()).toBeGreaterThan(0);
    await eventually(() => page.locator('.is-yours').count()).toBeGreaterThan(0);
    await check('compare with rows marked for a result');

    await page.goto(`${running.server.appUrl}#/no/such/page`);
    await check('not found');

    const failures = found.filter((entry) => entry.violations.length > 0);
    expect(
      failures.map((entry) => `${entry.screen}:\n${describeViolations(entry.violations)}`).join('\n\n'),
      `axe violations on a ${viewport} in ${scheme} mode`,
    ).toBe('');

    // Text axe could not measure (over the top service card's gradient) is measured here, and must pass too.
    expect(
      found
        .filter((entry) => entry.contrast.some((check) => !check.passes))
        .map((entry) => `${entry.screen}:\n${describeContrast(entry.contrast)}`)
        .join('\n\n'),
      `text over a background axe could not measure, on a ${viewport} in ${scheme} mode`,
    ).toBe('');

    expect(overflowing, 'screens wider than the viewport').toEqual([]);
    expect(found.length).toBe(EVERY_QUESTION_IDS.length + 9);
    expect(screenshots.length).toBe(6);
    expectClean(record, running.server.origin);
    await session.close();
  });

  it('renders dark runs dark and light runs light, on both viewports', () => {
    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
      const light = coloursSeen.get(`${viewport} light`);
      const dark = coloursSeen.get(`${viewport} dark`);
      expect(light && dark, `both colour schemes ran on a ${viewport}`).toBeTruthy();
      expect(dark!.background, `page background on a ${viewport}`).not.toBe(light!.background);
      expect(dark!.text, `text colour on a ${viewport}`).not.toBe(light!.text);
    }
  });

  it('would notice text too faint over the top service card’s gradient, which axe leaves undecided', async () => {
    const session = await newSession(running.browser);
    const { page } = session;
    await page.goto(`${running.server.appUrl}${resultHref(EVERY_QUESTION)}`);
    await expectCompleteResult(page);
    const before = await runAxe(page);
    expect(before.contrast.filter((check) => check.reason === 'bgGradient').length, 'axe leaves text over the gradient undecided').toBeGreaterThan(0);
    expect(describeContrast(before.contrast)).toBe('');
    // Fade one line of the top card's text (through the CSSOM, which the page's CSP allows).
    const faded = await page.evaluate(() => {
      const card = document.querySelector('[data-service][data-rank="1"]');
      // Visible text only: a line inside a folded <details> is not rendered, so axe would not check it.
      const text = card && [...card.querySelectorAll<HTMLElement>('p, h3, h4, span')].find((element) => element.checkVisibility() && getComputedStyle(element).backgroundColor === 'rgba(0, 0, 0, 0)' && element.textContent!.trim().length > 10);
      text?.style.setProperty('color', '#b8bcc2');
      return text !== undefined;
    });
    expect(faded).toBe(true);
    const after = await runAxe(page);
    expect(after.violations.filter((violation) => violation.id === 'color-contrast')).toEqual([]);
    expect(describeContrast(after.contrast)).toMatch(/^color-contrast \d+(\.\d+)?:1 < 4\.5:1 at .* text #b8bcc2 .* over #/);
    await session.close();
  });

  it('covers every question that exists', () => {
    expect(EVERY_QUESTION_IDS).toEqual(Object.keys(QUESTION_BY_ID));
    expect(shareQuery(EVERY_QUESTION).split('&')).toHaveLength(1 + EVERY_QUESTION_IDS.length);
  });
});
