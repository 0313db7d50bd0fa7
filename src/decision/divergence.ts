import type { AnswerOf, Answers, QuestionId } from './answers';
import { QUESTION_IDS } from './answers';
import { effectiveAnswers } from './question-flow';
import { rank, topServices } from './ranking';
import { sameSet } from './what-if';

/** One question two people answered differently, and whether the difference alone moves first place. */
export interface Divergence {
  readonly question: QuestionId;
  readonly mine: AnswerOf<QuestionId> | undefined;
  readonly theirs: AnswerOf<QuestionId> | undefined;
  /** Taking their answer to this one question, and keeping all of mine, changes which services share first place. */
  readonly changesTop: boolean;
}

const same = (a: unknown, b: unknown): boolean => (Array.isArray(a) && Array.isArray(b) ? sameSet(a, b) : a === b);

/**
 * Every question whose effective answers differ between two people (an answer
 * on one side only counts), in questionnaire contract order. Identical
 * effective answers give [].
 */
export function divergence(mine: Answers, theirs: Answers): Divergence[] {
  const ours = effectiveAnswers(mine);
  const other = effectiveAnswers(theirs);
  const myTop = topServices(rank(mine));
  const entries: Divergence[] = [];
  for (const question of QUESTION_IDS) {
    if (same(ours[question], other[question])) continue;
    const taken = { ...mine, [question]: other[question] } as Answers;
    entries.push({ question, mine: ours[question], theirs: other[question], changesTop: !sameSet(topServices(rank(taken)), myTop) });
  }
  return entries;
}
