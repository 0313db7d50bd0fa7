import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/decision';
import {
  SHORT_PATH,
  STORAGE_KEY,
  answerWithPointer,
  completeWizard,
  expectClean,
  expectResult,
  expectedRanking,
  heading,
  optionControl,
  readRanking,
  valuesOf,
} from './support/app';
import { type PageRecord, newSession } from './support/browser';
import { eventually } from './support/eventually';
import { NO_BROWSER } from './support/find-browser';
import { MARKER_ATTRIBUTE } from './support/hostile-links';
import { browserAndServer } from './support/lifecycle';

/** localStorage itself cannot be reached: storage switched off, or an old private mode. */
const STORAGE_GETTER_THROWS = `
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
  });`;

/** Every Storage method throws. */
const STORAGE_METHODS_THROW = `
  for (const method of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) {
    Storage.prototype[method] = function () { throw new DOMException('Access is denied.', 'SecurityError'); };
  }`;

/** Really full: other keys use up the whole quota before the app starts, so its writes fail with QuotaExceededError. */
const STORAGE_FULL = `
  if (localStorage.getItem('filler-0') === null) {
    let chunk = 'x'.repeat(1 << 20);
    for (let index = 0; chunk.length > 0 && index < 10000; ) {
      try { localStorage.setItem('filler-' + index, chunk); index += 1; }
      catch { chunk = chunk.slice(0, chunk.length >> 1); }
    }
  }`;

/** localStorage answers every write with QuotaExceededError, reads work. */
const STORAGE_WRITES_FAIL = `
  Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };`;

/** Puts `value` under the app's key once, before the app first reads it. */
function savedState(value: string): string {
  return `
    if (sessionStorage.getItem('e2e-seeded') === null) {
      sessionStorage.setItem('e2e-seeded', '1');
      localStorage.setItem(${JSON.stringify(STORAGE_KEY)}, ${JSON.stringify(value)});
    }`;
}

const BROKEN_STORAGE: readonly (readonly [string, string])[] = [
  ['localStorage throws when touched', STORAGE_GETTER_THROWS],
  ['every localStorage call throws', STORAGE_METHODS_THROW],
  ['localStorage is full', STORAGE_FULL],
  ['every write is over quota', STORAGE_WRITES_FAIL],
];

/** Whatever was saved, the app starts from the allow-listed part of it; these few also walk every question. */
const WALK_EVERY_QUESTION = new Set(['not JSON', 'an array', 'unknown values and markup', 'a version from the future']);

const GARBAGE: readonly (readonly [string, string])[] = [
  ['not JSON', '{"state": {"answers": {'],
  ['empty', ''],
  ['null', 'null'],
  ['a number', '42'],
  ['a string', '"vision"'],
  ['an array', '[1,2,3]'],
  ['no state', '{"version":1}'],
  ['null state', '{"state":null,"version":1}'],
  ['answers of the wrong type', '{"state":{"answers":"task=vision"},"version":1}'],
  ['answers an array', '{"state":{"answers":["vision"]},"version":1}'],
  [
    'unknown values and markup',
    `{"state":{"answers":{"task":"<img src=x ${MARKER_ATTRIBUTE} onerror=alert(1)>","control":["full"],"existing":"azure-ml","data":{"a":1},"__proto__":{"polluted":true},"colour":"blue"}},"version":1}`,
  ],
  ['a version from the future', '{"state":{"answers":{"task":"speech","effort":"lots"}},"version":99}'],
  ['a version that is not a number', '{"state":{"answers":{"task":"vision"}},"version":"one"}'],
];

/** Older shapes still hand over whatever answers are valid. */
const OLD_VERSIONS: readonly (readonly [string, string, Answers])[] = [
  ['version 0 with valid answers', '{"state":{"answers":{"task":"vision","control":"full","data":"huge"}},"version":0}', { task: 'vision', control: 'full' }],
];

describe.skipIf(NO_BROWSER)('storage that is off, full or corrupted', () => {
  const running = browserAndServer();

  /**
   * From the intro (starting over, and confirming it, if it offers to resume) to the result:
   * through every question of the short path, or, when `full` is false,
   * through the first two and then by the wizard's own "See result" link.
   */
  async function walkToResult(page: Page, full = true): Promise<void> {
    await page.goto(running.server.appUrl);
    await eventually(() => heading(page).isVisible()).toBe(true);
    const start = page.getByRole('link', { name: 'Start', exact: true });
    if ((await start.count()) > 0) await start.click();
    else {
      // Starting over asks first, since it clears the saved answers.
      await page.getByRole('button', { name: 'Start over', exact: true }).click();
      await page.getByRole('button', { name: 'Clear answers and start over', exact: true }).click();
    }
    const plan = full ? SHORT_PATH : { task: SHORT_PATH.task, control: SHORT_PATH.control };
    let steps = 0;
    await completeWizard(page, plan, async (id, answer) => {
      steps += 1;
      if (!full && steps > 2) await page.getByRole('link', { name: 'See result' }).click();
      else await answerWithPointer(page, id, answer, 'click');
    });
    await expectResult(page);
    expect(await readRanking(page)).toEqual(expectedRanking(page.url().split('?').slice(1).join('?')));
  }

  function expectNoErrors(record: PageRecord): void {
    expectClean(record, running.server.origin);
  }

  it.concurrent.each(BROKEN_STORAGE)('the wizard completes and the result renders when %s', async (_name, script) => {
    const session = await newSession(running.browser, { initScripts: [script] });
    const { page, record } = session;
    await walkToResult(page);
    expect(await readRanking(page)).toEqual(expectedRanking(new URL(page.url()).hash.split('?')[1] ?? ''));
    // The link carries the answers, so a reload still shows the result even though nothing could be saved.
    const before = await readRanking(page);
    await page.reload();
    await expectResult(page);
    expect(await readRanking(page)).toEqual(before);
    expectNoErrors(record);
    await session.close();
  });

  it('the full-storage check really filled the storage', async () => {
    const session = await newSession(running.browser, { initScripts: [STORAGE_FULL] });
    await session.page.goto(running.server.appUrl);
    const writable = await session.page.evaluate(() => {
      try {
        localStorage.setItem('probe', 'x'.repeat(64));
        return true;
      } catch (error) {
        return (error as DOMException).name;
      }
    });
    expect(writable).toBe('QuotaExceededError');
    await session.close();
  });

  it('the wizard completes and the result renders whatever garbage was saved', async () => {
    const failures: string[] = [];
    const queue = [...GARBAGE];
    // Two at a time, each in its own fresh context.
    await Promise.all(
      [0, 1].map(async () => {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
          const [name, value] = next;
          const session = await newSession(running.browser, { initScripts: [savedState(value)] });
          try {
            await walkToResult(session.page, WALK_EVERY_QUESTION.has(name));
            expect(await session.page.locator(`[${MARKER_ATTRIBUTE}]`).count()).toBe(0);
            expect(await session.page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
            expect(await session.page.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
            expectNoErrors(session.record);
          } catch (error) {
            failures.push(`${name} (${value}): ${(error as Error).message.split('\n').slice(0, 8).join('\n  ')}`);
          } finally {
            await session.close();
          }
        }
      }),
    );
    expect(failures.join('\n\n')).toBe('');
  });

  it.each(OLD_VERSIONS)('an old saved state (%s) keeps its valid answers and the wizard resumes', async (_name, value, kept) => {
    const session = await newSession(running.browser, { initScripts: [savedState(value)] });
    const { page, record } = session;
    await page.goto(running.server.appUrl);
    await page.getByRole('link', { name: /resume/i }).click();
    // Resume goes to the first unanswered question; the kept answers are shown checked when reached.
    const asked = await completeWizard(page, SHORT_PATH, async (id, answer) => {
      const keptAnswer = kept[id];
      if (keptAnswer === undefined) return answerWithPointer(page, id, answer, 'click');
      for (const value of valuesOf(keptAnswer)) expect(await optionControl(page, id, value).isChecked(), `${id}=${value} kept`).toBe(true);
      await page.getByRole('button', { name: /^(Next|See result)$/ }).click();
    });
    expect(asked[0], 'resume skips the answered first question').not.toBe('task');
    await expectResult(page);
    const query = new URL(page.url()).hash.split('?')[1] ?? '';
    for (const [id, answer] of Object.entries(kept)) expect(query).toContain(`${id}=${String(answer)}`);
    expect(await readRanking(page)).toEqual(expectedRanking(query));
    expectNoErrors(record);
    await session.close();
  });
});
