import type { Answers, QuestionId } from '../../decision';
// A deep import on purpose: the start page must not download the whole decision module (bundle budget).
import { formatShare } from '../../decision/share-link';

/**
 * Every in-app path in one place. These are router paths ("/result?…"); the
 * hash router turns them into "#/result?…" links.
 */
export const HOME_PATH = '/';
export const COMPARE_PATH = '/compare';
/** Goes to the first question that still needs an answer, or to the result. */
export const RESUME_PATH = '/q';
/** Two people's answers side by side: `/versus?<my share query>&with=<theirs, percent-encoded>` (colleague/versus-link.ts). */
export const VERSUS_PATH = '/versus';

export interface QuestionPathOptions {
  /** Editing from the result: the step goes back to it. */
  readonly returnToResult?: boolean;
  /** The person chose to plan training in Azure Machine Learning though it does not apply yet. */
  readonly planTraining?: boolean;
}

export function questionPath(id: QuestionId, options: QuestionPathOptions = {}): string {
  const query = [options.planTraining === true ? 'plan=training' : '', options.returnToResult === true ? 'return=result' : '']
    .filter((part) => part !== '')
    .join('&');
  return `/q/${id}${query === '' ? '' : `?${query}`}`;
}

/** The first training question, asked even while the training section does not apply. */
export function planTrainingPath(): string {
  return questionPath('workflow', { planTraining: true });
}

export function resultPath(answers: Answers): string {
  return `/result?${formatShare(answers)}`;
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

/** "Compare with a colleague's link", opened from a result: these answers are mine, theirs are pasted on the page. */
export function colleaguePath(answers: Answers): string {
  return `${VERSUS_PATH}?${formatShare(answers)}`;
}
