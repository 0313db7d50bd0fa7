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

export function questionPath(id: QuestionId, options: { returnToResult?: boolean } = {}): string {
  return `/q/${id}${options.returnToResult === true ? '?return=result' : ''}`;
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
