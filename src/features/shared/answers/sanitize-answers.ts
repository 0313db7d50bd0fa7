import type { Answers } from '../../../decision';
// A deep import on purpose: the start page must not download the whole decision module (bundle budget).
import { canonicalAnswers, formatShare } from '../../../decision/share-link';

/** Pulls `answers` out of a persisted state of any shape. */
export function answersFromPersisted(persisted: unknown): Answers {
  return canonicalAnswers(typeof persisted === 'object' && persisted !== null ? (persisted as { answers?: unknown }).answers : undefined);
}

/** Two sets of answers are the same when their canonical links are. */
export function sameAnswers(a: Answers, b: Answers): boolean {
  return formatShare(a) === formatShare(b);
}
