import type { Answers, QuestionId } from '../../decision';
// Deep imports on purpose: the start page must not download the whole decision module (bundle budget).
import { countAnswered } from '../../decision/answers';
import { formatShare, parseShare } from '../../decision/share-link';

/**
 * Every in-app path, and the query each one carries, written and read here.
 * These are router paths ("/result?…"); the hash router turns them into
 * "#/result?…" links. Two readers are kept beside the one screen that needs
 * them, each with its writer, because they would add to the start page's
 * download: a result link's `open=` (features/result/open-param.ts) and a
 * comparison link's `with=` (features/colleague/versus-link.ts).
 */
export const HOME_PATH = '/';
export const COMPARE_PATH = '/compare';
export const RESULT_PATH = '/result';
/** Goes to the first question that still needs an answer, or to the result. */
export const RESUME_PATH = '/q';
/** One question per step: `/q/<question id>`, as the router matches it. */
export const QUESTION_ROUTE = `${RESUME_PATH}/:questionId`;
/** Two people's answers side by side: `/versus?<my share query>&with=<theirs, percent-encoded>`. */
export const VERSUS_PATH = '/versus';

/** How a step of the questionnaire was reached, carried in its query. */
export interface StepMode {
  /** Editing from the result: the step goes back to it (`?return=result`). */
  readonly returnToResult: boolean;
  /** The person chose to plan training in Azure Machine Learning though it does not apply yet (`?plan=training`). */
  readonly planTraining: boolean;
}

export function questionPath(id: QuestionId, mode: Partial<StepMode> = {}): string {
  const query = [mode.planTraining === true ? 'plan=training' : '', mode.returnToResult === true ? 'return=result' : '']
    .filter((part) => part !== '')
    .join('&');
  return `${RESUME_PATH}/${id}${query === '' ? '' : `?${query}`}`;
}

/** The mode of a step, from its query: what questionPath wrote. Anything else is the plain walk through the questions. */
export function readStepMode(search: string): StepMode {
  const params = new URLSearchParams(search);
  return { returnToResult: params.get('return') === 'result', planTraining: params.get('plan') === 'training' };
}

/** The first training question, asked even while the training section does not apply. */
export function planTrainingPath(): string {
  return questionPath('workflow', { planTraining: true });
}

/** The result for these answers: the share-link contract's `/result?v=1&…` (its reader is features/result/open-param.ts). */
export function resultPath(answers: Answers): string {
  return `${RESULT_PATH}?${formatShare(answers)}`;
}

/** The in-app href of a result, as the hash router writes it. */
export function resultHref(answers: Answers): string {
  return `#${resultPath(answers)}`;
}

/** The absolute URL of a result, for sharing: this page's address with the result in its hash. */
export function shareUrl(answers: Answers): string {
  const page = typeof window === 'undefined' ? '' : window.location.href.split('#')[0] ?? '';
  return `${page}${resultHref(answers)}`;
}

/** The comparison page marking the guidelines these answers set off. */
export function comparePath(answers: Answers): string {
  return `${COMPARE_PATH}?${formatShare(answers)}`;
}

/** The answers a comparison page marks: none when its query holds no valid answer, and it shows the plain page. */
export function readCompareAnswers(search: string): Answers | undefined {
  const { answers } = parseShare(search);
  return countAnswered(answers) > 0 ? answers : undefined;
}

/**
 * "Compare with a colleague's link", opened from a result: these answers are
 * mine, theirs are pasted on the page. The comparison that results is
 * versusPath (features/colleague/versus-link.ts), read by readVersusLink.
 */
export function colleaguePath(answers: Answers): string {
  return `${VERSUS_PATH}?${formatShare(answers)}`;
}
