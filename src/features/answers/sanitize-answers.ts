import type { Answers } from '../../decision';
// A deep import on purpose: the start page must not download the whole decision module (bundle budget).
import { formatShare, parseShare } from '../../decision/share-link';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whatever comes from storage (old versions, another tab's bug, a person
 * editing devtools) passes through the share-link allow-list, so only values
 * the decision module knows can ever reach the UI. Never throws.
 */
export function sanitizeAnswers(value: unknown): Answers {
  if (!isRecord(value)) return {};
  try {
    return parseShare(formatShare(value as Answers)).answers;
  } catch {
    return {};
  }
}

/** Pulls `answers` out of a persisted state of any shape. */
export function answersFromPersisted(persisted: unknown): Answers {
  return sanitizeAnswers(isRecord(persisted) ? persisted.answers : undefined);
}

/** Two sets of answers are the same when their canonical links are. */
export function sameAnswers(a: Answers, b: Answers): boolean {
  return formatShare(a) === formatShare(b);
}
