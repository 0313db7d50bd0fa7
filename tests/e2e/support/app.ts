import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Answers, QuestionId } from '../../../src/decision';
import { QUESTION_BY_ID, SERVICE_IDS, UNSURE, formatShare, isMultiQuestion, optionLabel, parseShare, recommend } from '../../../src/decision';
import { type PageRecord, foreignRequests, settle } from './browser';
import { eventually } from './eventually';

/** The app's localStorage key (src/features/shared/answers/answers-store.ts). */
export const STORAGE_KEY = 'azure-ml-advisor';

/**
 * Answers that walk through all fifteen questions: large data (so "pyspark"
 * is asked), and Azure Machine Learning first (so the five training
 * questions are asked).
 */
export const EVERY_QUESTION: Answers = {
  task: 'vision',
  prebuilt: 'no',
  control: 'full',
  effort: 'lots',
  data: 'large',
  pyspark: 'no',
  unified: 'no',
  language: 'python',
  ui: 'yes',
  existing: ['azure-ml', 'databricks'],
  workflow: 'multi-step',
  needs: ['unattended', 'mixed-compute', 'versioning'],
  framework: 'pytorch',
  setup: 'low-level',
  compute: 'managed-cluster',
};
export const EVERY_QUESTION_IDS = Object.keys(EVERY_QUESTION) as QuestionId[];

/** A shorter path where Azure Machine Learning is not first: no training questions. */
export const SHORT_PATH: Answers = {
  task: 'tabular',
  prebuilt: 'no',
  control: 'some',
  effort: 'moderate',
  data: 'standard',
  unified: 'yes',
  language: 'scala',
  ui: UNSURE,
  existing: ['synapse'],
};

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The values an answer stands for, as a list (single answers are one value). */
export function valuesOf(answer: Answers[QuestionId] | undefined): string[] {
  if (answer === undefined) return [UNSURE];
  return Array.isArray(answer) ? [...(answer as readonly string[])] : [answer as string];
}

/** The radio or checkbox a person would pick for a value, found by its visible label. */
export function optionControl(page: Page, id: QuestionId, value: string): Locator {
  return page.getByRole(isMultiQuestion(id) ? 'checkbox' : 'radio', { name: optionLabel(id, value), exact: true });
}

export function heading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

/** The question the page is on, from its address (`#/q/<id>`), or undefined. */
export function questionIdOf(url: string): QuestionId | undefined {
  const match = /#\/q\/([a-z-]+)(?:[?#]|$)/.exec(url);
  return match?.[1] as QuestionId | undefined;
}

export function isResultUrl(url: string): boolean {
  return /#\/result(?:\?|$)/.test(url);
}

/** Waits for the question `id` to be on screen, its prompt as the page's heading. */
export async function expectQuestion(page: Page, id: QuestionId): Promise<void> {
  await page.waitForURL((url) => questionIdOf(url.href) === id);
  await eventually(() => heading(page).textContent()).toBe(QUESTION_BY_ID[id].prompt);
}

/** After a step, focus must be on the new question's heading. */
export async function expectFocusOnHeading(page: Page, text: string): Promise<void> {
  await eventually(() =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active?.tagName === 'H1' ? active.textContent : `${active?.tagName ?? 'nothing'}: ${active?.textContent?.slice(0, 60) ?? ''}`;
      }),
    )
    .toBe(text);
}

/** Waits for the result page and its ranked services, all five of them. */
export async function expectResult(page: Page): Promise<void> {
  await page.waitForURL((url) => isResultUrl(url.href));
  await eventually(() => page.locator('[data-service]').count()).toBe(SERVICE_IDS.length);
}

/** One training method or compute target as a reader sees it: its first heading, and the lineage line beneath. */
export interface OptionAsShown {
  readonly id: string;
  readonly heading: string;
  readonly lineage: string;
  /** The lineage line is laid out below the heading, at a readable size, not hidden or clipped. */
  readonly lineageShown: boolean;
}

/**
 * Each method and compute target on the result page, today first: the text
 * of the first heading inside it and of its lineage line
 * (src/features/result/details/training-section.tsx). They are folded under
 * "Training in Azure Machine Learning": the section is unfolded first, as a
 * reader would.
 */
export async function readOptionsAsShown(page: Page): Promise<OptionAsShown[]> {
  await page.waitForFunction(() => document.querySelector('main [aria-busy="true"]') === null, undefined, { timeout: 10_000 });
  await unfold(page, 'Training in Azure Machine Learning');
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-method], [data-compute]')].map((option) => {
      const heading = option.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
      const lineage = option.querySelector<HTMLElement>('.rec-lineage-then');
      const box = lineage?.getBoundingClientRect();
      const headingBox = heading?.getBoundingClientRect();
      // The lineage's own words, without the link to its source that may follow them.
      const words = lineage?.cloneNode(true) as HTMLElement | undefined;
      for (const link of words?.querySelectorAll('a') ?? []) link.remove();
      return {
        id: option.dataset.method ?? option.dataset.compute ?? '',
        // As read out: the place, its colon (visually hidden), then the name.
        heading: heading?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        lineage: words?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        lineageShown:
          lineage !== null &&
          lineage !== undefined &&
          lineage.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
          box !== undefined &&
          headingBox !== undefined &&
          box.height >= 12 &&
          box.width >= 40 &&
          box.top >= headingBox.bottom,
      };
    }),
  );
}

/** What readOptionsAsShown should find for a share query: today's name in each heading, "In the 2019 guidance: X" beneath. */
export function expectedOptionsAsShown(query: string): OptionAsShown[] {
  const recommendation = recommend(parseShare(query).answers);
  if (!recommendation.trainingApplies) return [];
  const methodsRanked = recommendation.methods.some((method) => method.rank !== 1);
  const computeRanked = recommendation.computeTargets.some((target) => target.rank !== 1);
  const entry = (option: (typeof recommendation.methods)[number] | (typeof recommendation.computeTargets)[number], ranked: boolean) => ({
    id: option.id,
    heading: `${ranked ? `${option.tied ? 'Joint ' : ''}${ordinal(option.rank)}: ` : ''}${option.name}`,
    lineage: option.lineage.name === undefined ? option.lineage.label : `${option.lineage.label}: ${option.lineage.name}`,
    lineageShown: true,
  });
  return [
    ...recommendation.methods.map((method) => entry(method, methodsRanked)),
    ...recommendation.computeTargets.map((target) => entry(target, computeRanked)),
  ];
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/**
 * Waits for the whole result page: the ranking, and what it folds away
 * (each service's reasons, training, the answers, what-if, the comparison
 * table and the sources), whose code arrives once the page is idle. Its
 * placeholders are marked aria-busy until then.
 */
export async function expectCompleteResult(page: Page): Promise<void> {
  await expectResult(page);
  await eventually(
    () =>
      page.evaluate(() => ({
        busy: document.querySelector('main [aria-busy="true"]') !== null,
        table: document.querySelector('main table') !== null,
      })),
    'the result page’s folded parts have replaced their placeholders',
    10_000,
  ).toEqual({ busy: false, table: true });
}

/** The result's folded section headed `name`: its <details>. */
export function fold(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true }).locator('details').first();
}

/** Unfolds a section of the result by its heading, as a reader would, and waits for it to be open. */
export async function unfold(page: Page, name: string): Promise<void> {
  const details = fold(page, name);
  if ((await details.getAttribute('open')) === null) await page.getByRole('heading', { level: 2, name, exact: true }).click();
  await eventually(() => details.getAttribute('open')).toBe('');
}

/**
 * Every heading a screen of the app puts in its <h1> (src/features/**): a
 * page whose heading is none of these is not one of the app's own screens.
 */
export const SCREEN_HEADINGS: ReadonlySet<string> = new Set([
  'Where should you train your machine learning model on Azure?',
  ...Object.values(QUESTION_BY_ID).map((question) => question.prompt),
  'This question does not apply to your answers',
  'Your recommendation',
  'Compare services and training methods',
  'Page not found',
  'Question not found',
]);

/** The error boundary's heading (src/app/error-boundary.tsx): the frame survived, but the screen did not. */
export const ERROR_BOUNDARY_HEADING = 'Something went wrong';

/** One ranked item as the page marks it: its id and its place (tied items share a place). */
export type RankedEntry = readonly [id: string, rank: number];

export interface Ranking {
  readonly services: RankedEntry[];
  readonly methods: RankedEntry[];
  readonly compute: RankedEntry[];
}

/**
 * The ranking as the page shows it, in document order: services, training
 * methods and compute targets, each as [id, rank] from data-service /
 * data-method / data-compute and data-rank
 * (src/features/result/recommendation/service-card.tsx, training-section.tsx).
 * A missing or unreadable data-rank reads as NaN, so it never equals a real rank.
 */
export async function readRanking(page: Page): Promise<Ranking> {
  // The ranking paints first; the training methods and compute targets render just after it,
  // while the result says it is busy.
  await page.waitForFunction(() => document.querySelector('main [aria-busy="true"]') === null, undefined, { timeout: 10_000 });
  return page.evaluate(() => {
    const read = (attribute: string) =>
      [...document.querySelectorAll(`[${attribute}]`)].map(
        (element) => [element.getAttribute(attribute) ?? '', Number(element.getAttribute('data-rank') ?? 'NaN')] as const,
      );
    return { services: read('data-service'), methods: read('data-method'), compute: read('data-compute') };
  }) as Promise<Ranking>;
}

/** The ranking the decision module gives for a share query. */
export function expectedRanking(query: string): Ranking {
  const recommendation = recommend(parseShare(query).answers);
  const entries = (items: readonly { readonly id: string; readonly rank: number }[]) => items.map((item): RankedEntry => [item.id, item.rank]);
  return {
    services: entries(recommendation.services),
    methods: recommendation.trainingApplies ? entries(recommendation.methods) : [],
    compute: recommendation.trainingApplies ? entries(recommendation.computeTargets) : [],
  };
}

export function shareQuery(answers: Answers): string {
  return formatShare(answers);
}

/** The share URL the result page offers, from its read-only field. */
export async function readShareUrl(page: Page): Promise<string> {
  const field = page.getByRole('textbox', { name: /link/i });
  await eventually(() => field.count()).toBe(1);
  expect(await field.getAttribute('readonly')).not.toBeNull();
  return field.inputValue();
}

/** Everything that must never happen on any page, in one assertion with a readable message. */
export function expectClean(record: PageRecord, origin: string): void {
  const problems = {
    pageErrors: record.pageErrors,
    consoleErrors: record.consoleErrors.filter((line) => !isFaviconNoise(line)),
    cspViolations: record.cspViolations,
    foreignRequests: foreignRequests(record, origin),
    dialogs: record.dialogs,
  };
  expect(problems).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [], foreignRequests: [], dialogs: [] });
}

/**
 * Chromium asks for /favicon.ico on its own and logs the 404 as a console
 * error; the app never requested it. Only that exact message is forgiven.
 */
function isFaviconNoise(line: string): boolean {
  return /^error: Failed to load resource: the server responded with a status of 404 .*\(\S+\/favicon\.ico\)$/.test(line);
}

export type Pointer = 'click' | 'tap';

/** Answers the question on screen with the mouse (or a finger), then presses the submit button. */
export async function answerWithPointer(page: Page, id: QuestionId, answer: Answers[QuestionId] | undefined, pointer: Pointer): Promise<void> {
  for (const value of valuesOf(answer)) {
    const control = optionControl(page, id, value);
    // Labels are the big touch targets; a person taps the words, not the tiny circle.
    const label = page.locator(`label[for="${await control.getAttribute('id')}"]`);
    await (pointer === 'tap' ? label.tap() : label.click());
    await eventually(() => control.isChecked()).toBe(true);
  }
  const submit = page.getByRole('button', { name: /^(Next|See result)$/ });
  await (pointer === 'tap' ? submit.tap() : submit.click());
}

/** Walks the wizard from the question on screen to the result, answering from `plan` ("Not sure" when it has none). */
export async function completeWizard(
  page: Page,
  plan: Answers,
  answerOne: (id: QuestionId, answer: Answers[QuestionId] | undefined) => Promise<void>,
): Promise<QuestionId[]> {
  const asked: QuestionId[] = [];
  for (let step = 0; step < 20; step += 1) {
    await page.waitForURL((url) => questionIdOf(url.href) !== undefined || isResultUrl(url.href));
    const id = questionIdOf(page.url());
    if (id === undefined) return asked;
    await expectQuestion(page, id);
    await expectFocusOnHeading(page, QUESTION_BY_ID[id].prompt);
    asked.push(id);
    await answerOne(id, plan[id]);
    await page.waitForURL((url) => questionIdOf(url.href) !== id);
    await settle(page);
  }
  throw new Error(`The wizard did not reach the result after 20 steps: ${asked.join(' → ')}`);
}
