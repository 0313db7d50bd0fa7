import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/decision';
import { QUESTION_BY_ID, divergence } from '../../src/decision';
import { versusPath } from '../../src/features/colleague/versus-link';
import { colleaguePath, resultPath } from '../../src/features/shared/paths';
import { expectClean, heading } from './support/app';
import { describeViolations, runAxe } from './support/axe';
import { VIEWPORTS, type ViewportName, newSession, settle } from './support/browser';
import { eventually } from './support/eventually';
import { NO_BROWSER } from './support/find-browser';
import { MARKER_ATTRIBUTE, MARKER_ELEMENT, MARKER_GLOBAL } from './support/hostile-links';
import { SCREENSHOT_DIR } from './support/screenshots';
import { browserAndServer } from './support/lifecycle';

const TITLE = 'Compare with a colleague’s link';
/** A Python team that wants a prebuilt model… */
const MINE: Answers = { task: 'vision', prebuilt: 'yes', control: 'little', effort: 'little', data: 'standard', language: 'python' };
/** …and a colleague who wants a model of their own, with full control and a visual interface. */
const THEIRS: Answers = { task: 'vision', prebuilt: 'no', control: 'full', effort: 'lots', data: 'standard', language: 'python', ui: 'yes' };

/** The differences as the page lists them: question, and whether it is flagged as changing the top pick. */
async function readDifferences(page: Page): Promise<{ question: string | null; changesTop: string | null }[]> {
  return page
    .locator('[data-question]')
    .evaluateAll((items) => items.map((item) => ({ question: item.getAttribute('data-question'), changesTop: item.getAttribute('data-changes-top') })));
}

describe.skipIf(NO_BROWSER)('comparing with a colleague’s link in Chromium', () => {
  const running = browserAndServer();
  beforeAll(() => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });

  it.each(['phone', 'desktop'] as const satisfies readonly ViewportName[])(
    'pastes a link and sees the differences, flagged where they change the top pick, on a %s',
    async (viewport) => {
      const session = await newSession(running.browser, { viewport });
      const { page, record } = session;
      try {
        await page.goto(`${running.server.appUrl}#${colleaguePath(MINE)}`);
        await eventually(() => heading(page).textContent()).toBe(TITLE);

        // What a person copies from their colleague's result: the whole address, from another host.
        const box = page.getByRole('textbox', { name: 'Your colleague’s link' });
        await box.fill(`https://advisor.example/team/#${resultPath(THEIRS)}`);
        await page.getByRole('button', { name: 'Compare' }).click();

        await page.waitForURL((url) => url.hash === `#${versusPath(MINE, THEIRS)}`);
        await eventually(() => page.getByRole('heading', { level: 2, name: 'Your top picks differ' }).isVisible()).toBe(true);
        await eventually(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Your top picks differ');

        const expected = divergence(MINE, THEIRS).map((entry) => ({ question: entry.question, changesTop: String(entry.changesTop) }));
        expect(expected.some((entry) => entry.changesTop === 'true')).toBe(true);
        expect(await readDifferences(page)).toEqual(expected);
        const prebuilt = page.locator('[data-question="prebuilt"]');
        await expect(prebuilt.getByRole('heading', { level: 3 }).textContent()).resolves.toBe(`${QUESTION_BY_ID.prebuilt.title}Changes your top pick`);
        await expect(prebuilt.innerText()).resolves.toContain('No, we need a model of our own');

        const mine = page.getByRole('article', { name: 'Your top pick' });
        const theirs = page.getByRole('article', { name: 'Your colleague’s top pick' });
        await expect(mine.innerText()).resolves.toContain('Foundry Tools');
        await expect(mine.getByRole('link', { name: 'Open your result' }).getAttribute('href')).resolves.toBe(`#${resultPath(MINE)}`);
        await expect(theirs.getByRole('link', { name: 'Open their result' }).getAttribute('href')).resolves.toBe(`#${resultPath(THEIRS)}`);

        await settle(page);
        const axe = await runAxe(page);
        expect(axe.violations, describeViolations(axe.violations)).toEqual([]);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, 'nothing scrolls sideways').toBeLessThanOrEqual(VIEWPORTS[viewport].viewport.width);
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${viewport}-light-colleague.png`), fullPage: true, animations: 'disabled', scale: 'css' });

        // The comparison is a link: opened cold, it shows the same.
        await page.reload();
        await eventually(() => page.getByRole('heading', { level: 2, name: 'Your top picks differ' }).isVisible()).toBe(true);
        expect(await readDifferences(page)).toEqual(expected);

        await theirs.getByRole('link', { name: 'Open their result' }).click();
        await page.waitForURL((url) => url.hash === `#${resultPath(THEIRS)}`);
        await eventually(() => heading(page).textContent()).toBe('Your recommendation');
        expectClean(record, running.server.origin);
      } finally {
        await session.close();
      }
    },
  );

  it('reads a hostile pasted link as text: what was ignored is named, nothing runs, the rest is compared', async () => {
    const session = await newSession(running.browser);
    const { page, record } = session;
    try {
      await page.goto(`${running.server.appUrl}#${colleaguePath(MINE)}`);
      await eventually(() => heading(page).textContent()).toBe(TITLE);
      const hostile =
        `https://evil.example/#/result?v=1&task=<img src=x ${MARKER_ATTRIBUTE} onerror="window.${MARKER_GLOBAL}=1">` +
        `&prebuilt=no&<${MARKER_ELEMENT}>=1&existing=%E0%A4%A&${'junk=1&'.repeat(2000)}`;
      await page.getByRole('textbox', { name: 'Your colleague’s link' }).fill(hostile);
      await page.getByRole('button', { name: 'Compare' }).click();

      await page.waitForURL((url) => url.hash === `#${versusPath(MINE, { prebuilt: 'no' })}`);
      const notice = page.getByRole('status', { name: 'Part of your colleague’s link was ignored' });
      await eventually(() => notice.isVisible()).toBe(true);
      const text = await notice.innerText();
      expect(text).toMatch(new RegExp(`Ignored “<img src=x ${MARKER_ATTRIBUTE} onerror="window\\.[^”]*” for “task”: it is not one of its answers\\.`));
      expect(text).toContain(`Ignored the unknown setting “<${MARKER_ELEMENT}>”.`);
      expect(text).toContain('The pasted text is longer than 8,192 characters');
      const injected = await page.evaluate(
        ({ attribute, element, global }) => ({
          nodes: document.querySelectorAll(`[${attribute}], ${element}`).length,
          ran: (window as unknown as Record<string, unknown>)[global] !== undefined,
        }),
        { attribute: MARKER_ATTRIBUTE, element: MARKER_ELEMENT, global: MARKER_GLOBAL },
      );
      expect(injected).toEqual({ nodes: 0, ran: false });
      expect(await readDifferences(page)).toContainEqual({ question: 'prebuilt', changesTop: 'true' });
      expectClean(record, running.server.origin);
    } finally {
      await session.close();
    }
  });
});
