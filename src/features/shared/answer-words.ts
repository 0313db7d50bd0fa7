import type { AnswerOf, QuestionId } from '../../decision';
import { optionLabel } from '../../decision';

// Apart from words.ts: these need the questions' words, which the result's first screen does not download.

/** The labels a person saw for an answer, one per ticked box. */
export function answerLabels(question: QuestionId, answer: AnswerOf<QuestionId>): string[] {
  const values: readonly string[] = Array.isArray(answer) ? answer : [answer as string];
  return values.map((value) => optionLabel(question, value));
}

/** An answer as the "Your answers" list writes it: its labels, or "Not answered". */
export function answerText(question: QuestionId, answer: AnswerOf<QuestionId> | undefined): string {
  return answer === undefined ? 'Not answered' : answerLabels(question, answer).join(', ');
}
