import type { AnswerOf, Answers, QuestionId, ServiceId } from '../../decision';
import { QUESTION_BY_ID, SERVICES, divergence, recommend, topServices } from '../../decision';
import { answerText } from '../shared/answer-words';
import { joinWords } from '../shared/words';

/** One person's side of the comparison: who comes first for their answers. */
export interface Side {
  readonly answers: Answers;
  /** The services that share first place, in the ranking's order. */
  readonly top: readonly ServiceId[];
  /** "Best fit", "Joint first" or "No preference yet". */
  readonly label: string;
  /** The names in first place, in words. */
  readonly names: string;
}

/** One question answered differently, in the words the questionnaire showed. */
export interface DifferenceRow {
  readonly question: QuestionId;
  readonly title: string;
  readonly mine: string;
  readonly theirs: string;
  /** Taking their answer to this question alone, and keeping all of mine, changes my top pick. */
  readonly changesTop: boolean;
}

export function sideOf(answers: Answers): Side {
  const recommendation = recommend(answers);
  const top = topServices(recommendation);
  const names = joinWords(top.map((id) => SERVICES[id].name));
  if (top.length === 1) return { answers, top, label: 'Best fit', names };
  if (top.length === recommendation.services.length) return { answers, top, label: 'No preference yet', names: `all ${top.length} services share first place` };
  return { answers, top, label: 'Joint first', names };
}

/** True when both sides have the same services in first place. */
export function sameTop(a: Side, b: Side): boolean {
  return a.top.length === b.top.length && a.top.every((id) => b.top.includes(id));
}

/**
 * An answer as the comparison writes it. `effective` is what the ranking
 * uses; an answer given to a question that does not apply is not used, and
 * says so rather than looking unanswered.
 */
function answerWords(question: QuestionId, effective: AnswerOf<QuestionId> | undefined, given: unknown): string {
  if (effective === undefined && given !== undefined) return 'Not asked: it does not apply to these answers';
  return answerText(question, effective);
}

/** Every question the two answer differently, in the questionnaire's order, by the decision module's divergence. */
export function differenceRows(mine: Answers, theirs: Answers): DifferenceRow[] {
  return divergence(mine, theirs).map((entry) => ({
    question: entry.question,
    title: QUESTION_BY_ID[entry.question].title,
    mine: answerWords(entry.question, entry.mine, mine[entry.question]),
    theirs: answerWords(entry.question, entry.theirs, theirs[entry.question]),
    changesTop: entry.changesTop,
  }));
}
