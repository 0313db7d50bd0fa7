import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers, QuestionId } from '../../src/decision';
import { QUESTION_BY_ID, isMultiQuestion, optionLabel, visibleQuestions } from '../../src/decision';
import {
  EVERY_QUESTION,
  EVERY_QUESTION_IDS,
  SHORT_PATH,
  type Pointer,
  answerWithPointer,
  completeWizard,
  expectClean,
  expectFocusOnHeading,
  expectQuestion,
  expectResult,
  expectedRanking,
  heading,
  optionControl,
  readRanking,
  readShareUrl,
  shareQuery,
  valuesOf,
} from './support/app';
import { type ViewportName, launchBrowser, newSession, settle } from './support/browser';
import { eventually } from './support/eventually';
import { NO_BROWSER } from './support/find-browser';
import { type RunningServer, startStaticHost, startVitePreview } from './support/servers';
import { resultHref } from '../../src/features/shared/paths';

/** What to Tab to: an element by tag, and its input name or its text. */
interface FocusTarget {
  readonly tag: 'A' | 'BUTTON' | 'INPUT';
  readonly name?: string;
  readonly text?: string;
}

/** Presses Tab until the target has focus, checking every stop on the way is visibly focused. */
async function tabTo(page: Page, target: FocusTarget, maxPresses = 80): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate((wanted) => {
      const active = document.activeElement as HTMLElement | null;
      if (active === null || active === document.body) return { matches: false, visible: true, what: 'body' };
      const style = getComputedStyle(active);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const ring = style.boxShadow !== 'none';
      const text = (active.textContent ?? '').trim();
      const what = `${active.tagName.toLowerCase()} "${(text || active.getAttribute('name') || '').slice(0, 50)}"`;
      const matches =
        active.tagName === wanted.tag &&
        (wanted.name === undefined || active.getAttribute('name') === wanted.name) &&
        (wanted.text === undefined || text === wanted.text);
      return { matches, visible: outline || ring, what };
    }, target);
    expect(focused.visible, `keyboard focus on ${focused.what} has no visible focus indicator`).toBe(true);
    if (focused.matches) return;
  }
  throw new Error(`Pressed Tab ${maxPresses} times without reaching ${JSON.stringify(target)}`);
}

/** Answers the question on screen with the keyboard alone: Tab into the group, arrows or Space, Enter. */
async function answerWithKeyboard(page: Page, id: QuestionId, answer: Answers[QuestionId] | undefined): Promise<void> {
  const wanted = valuesOf(answer);
  await tabTo(page, { tag: 'INPUT', name: id }, 10);
  const focusedValue = () => page.evaluate(() => (document.activeElement as HTMLInputElement).value);
  if (!isMultiQuestion(id)) {
    const target = wanted[0]!;
    for (let move = 0; move < 10 && (await focusedValue()) !== target; move += 1) await page.keyboard.press('ArrowDown');
    expect(await focusedValue()).toBe(target);
    await page.keyboard.press('Space');
  } else {
    // Each checkbox is its own Tab stop: Space on the wanted ones, Tab past the rest.
    for (let box = 0; box < 10; box += 1) {
      const value = await focusedValue();
      const onGroup = await page.evaluate((name) => (document.activeElement as HTMLInputElement).name === name, id);
      if (!onGroup) break;
      if (wanted.includes(value)) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
  }
  for (const value of wanted) expect(await optionControl(page, id, value).isChecked(), `${id}=${value} is checked`).toBe(true);
  // Enter on a radio or checkbox submits the step.
  await page.keyboard.press('Enter');
}

/** Opens a share URL in a brand-new context (no storage, nothing cached) and reads the ranking. */
async function openCold(browser: Browser, url: string): Promise<Awaited<ReturnType<typeof readRanking>>> {
  const session = await newSession(browser);
  try {
    await session.page.goto(url);
    await expectResult(session.page);
    const ranking = await readRanking(session.page);
    expectClean(session.record, new URL(url).origin);
    return ranking;
  } finally {
    await session.close();
  }
}

describe.skipIf(NO_BROWSER)('the wizard in Chromium', () => {
  let browser: Browser;
  let preview: RunningServer;
  let staticHost: RunningServer;
  const servers = () => [preview, staticHost];

  beforeAll(async () => {
    [browser, preview, staticHost] = await Promise.all([launchBrowser(), startVitePreview(), startStaticHost()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), preview?.close(), staticHost?.close()]);
  });

  /** The share link the result page offers must reproduce the same ranking opened cold on either server. */
  async function expectSharedLinkReproduces(page: Page, server: RunningServer, plan: Answers): Promise<void> {
    const ranking = await readRanking(page);
    expect(ranking).toEqual(expectedRanking(shareQuery(plan)));
    // Every question answered: the methods and compute targets are ranked too, so their order and ties are compared as well.
    // Four methods (Automated ML among them) and four compute targets.
    if (plan === EVERY_QUESTION) expect([ranking.methods.length, ranking.compute.length]).toEqual([4, 4]);
    const url = await readShareUrl(page);
    expect(url).toBe(`${server.appUrl}${resultHref(plan)}`);
    const hash = url.slice(url.indexOf('#'));
    for (const target of servers()) {
      expect(await openCold(browser, `${target.appUrl}${hash}`), `opened cold on ${target.name}`).toEqual(ranking);
    }
  }

  it('can be completed with the keyboard alone, from the intro to copying the link', async () => {
    const session = await newSession(browser, { viewport: 'desktop' });
    const { page, context, record } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: preview.origin });
    await page.goto(preview.appUrl);
    await eventually(() => heading(page).isVisible()).toBe(true);

    await tabTo(page, { tag: 'A', text: 'Start' });
    await page.keyboard.press('Enter');
    const asked = await completeWizard(page, EVERY_QUESTION, (id, answer) => answerWithKeyboard(page, id, answer));
    expect(asked).toEqual(EVERY_QUESTION_IDS);

    await expectResult(page);
    await expectFocusOnHeading(page, 'Your recommendation');
    await tabTo(page, { tag: 'BUTTON', text: 'Copy link' }, 200);
    await page.keyboard.press('Enter');
    await eventually(() => page.getByText('Link copied.').isVisible()).toBe(true);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${preview.appUrl}${resultHref(EVERY_QUESTION)}`);
    expect(copied).toBe(await readShareUrl(page));
    await expectSharedLinkReproduces(page, preview, EVERY_QUESTION);
    expectClean(record, preview.origin);
    await session.close();
  });

  const pointerRuns: readonly (readonly [ViewportName, Pointer, 'preview' | 'static', Answers])[] = [
    ['phone', 'tap', 'static', EVERY_QUESTION],
    ['desktop', 'click', 'preview', SHORT_PATH],
    ['phone', 'tap', 'preview', SHORT_PATH],
    ['desktop', 'click', 'static', EVERY_QUESTION],
  ];
  it.each(pointerRuns)('can be completed on a %s by %s on %s, and its link reproduces the ranking cold', async (viewport, pointer, serverKind, plan) => {
    const server = serverKind === 'preview' ? preview : staticHost;
    const session = await newSession(browser, { viewport });
    const { page, record } = session;
    await page.goto(server.appUrl);
    const start = page.getByRole('link', { name: 'Start', exact: true });
    await (pointer === 'tap' ? start.tap() : start.click());
    const asked = await completeWizard(page, plan, (id, answer) => answerWithPointer(page, id, answer, pointer));
    // Only the questions that apply are asked, in order.
    expect(asked).toEqual(visibleQuestions(plan).map((question) => question.id));
    await expectResult(page);
    await expectSharedLinkReproduces(page, server, plan);
    if (viewport === 'phone') {
      // Nothing is wider than the phone: no sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
    expectClean(record, server.origin);
    await session.close();
  });

  it.each(['preview', 'static'] as const)('keeps the answers and the step through back, forward and reload (%s)', async (serverKind) => {
    const server = serverKind === 'preview' ? preview : staticHost;
    const session = await newSession(browser);
    const { page, record } = session;
    const plan = EVERY_QUESTION;
    const expectOn = async (id: QuestionId, checked: readonly string[]) => {
      await expectQuestion(page, id);
      for (const value of checked) {
        expect(await optionControl(page, id, value).isChecked(), `${id}: "${optionLabel(id, value)}" still checked`).toBe(true);
      }
      const checkedCount = await page.locator(`input[name="${id}"]:checked`).count();
      expect(checkedCount, `${id} has exactly its saved answers checked`).toBe(checked.length);
    };

    await page.goto(`${server.appUrl}#/`);
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    for (const id of ['task', 'prebuilt', 'control'] as const) {
      await expectQuestion(page, id);
      await answerWithPointer(page, id, plan[id], 'click');
    }
    await expectQuestion(page, 'effort');

    await page.goBack();
    await expectOn('control', valuesOf(plan.control));
    await expectFocusOnHeading(page, QUESTION_BY_ID.control.prompt);
    await page.goBack();
    await expectOn('prebuilt', valuesOf(plan.prebuilt));
    await page.goForward();
    await expectOn('control', valuesOf(plan.control));
    await page.goForward();
    await expectOn('effort', []);

    // Pick without submitting, then reload: the step and the pick survive.
    await page.getByText('Whatever it takes', { exact: true }).click();
    await page.reload();
    await expectOn('effort', ['lots']);
    await eventually(async () => (await page.getByText(/Question \d+ of \d+/).first().textContent()) ?? '').toContain('Question 4 of ');
    await page.goBack();
    await expectOn('control', valuesOf(plan.control));
    await page.reload();
    await expectOn('control', valuesOf(plan.control));
    await page.goForward();
    await expectOn('effort', ['lots']);

    // And the wizard goes on from there to the same result as an uninterrupted run
    // (on the static host; the preview run stops here, the rest is the same code).
    if (serverKind === 'preview') {
      expectClean(record, server.origin);
      await session.close();
      return;
    }
    await page.getByRole('button', { name: 'Next' }).click();
    await completeWizard(page, plan, (id, answer) => answerWithPointer(page, id, answer, 'click'));
    await expectResult(page);
    expect(await readRanking(page)).toEqual(expectedRanking(shareQuery(plan)));
    await settle(page);
    expectClean(record, server.origin);
    await session.close();
  });

  it('announces each step in a polite live region and shows the progress', async () => {
    const session = await newSession(browser);
    const { page } = session;
    await page.goto(`${preview.appUrl}#/`);
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await expectQuestion(page, 'task');
    const live = page.locator('[aria-live="polite"]:not([aria-hidden="true"])');
    const announced = () => live.evaluateAll((regions) => regions.map((region) => region.textContent ?? '').join(' | '));
    await eventually(announced).toContain(QUESTION_BY_ID.task.prompt);
    await answerWithPointer(page, 'task', 'tabular', 'click');
    // The second question is whichever the decision module asks next.
    const second = visibleQuestions({ task: 'tabular' })[1]!.id;
    await expectQuestion(page, second);
    await eventually(announced).toContain(QUESTION_BY_ID[second].prompt);
    const total = visibleQuestions({ task: 'tabular' }).length;
    await eventually(announced).toContain(`Question 2 of ${total}`);
    await eventually(() => page.getByText(`Question 2 of ${total}`, { exact: true }).first().isVisible()).toBe(true);
    await session.close();
  });
});
