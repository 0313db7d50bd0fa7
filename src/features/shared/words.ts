import type { AnswerOf, QuestionId } from '../../decision';
import { optionLabel } from '../../decision';

/** "A", "A and B", "A, B and C" (or "A, B or C"). */
export function joinWords(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** The labels a person saw for an answer, one per ticked box. */
export function answerLabels(question: QuestionId, answer: AnswerOf<QuestionId>): string[] {
  const values: readonly string[] = Array.isArray(answer) ? answer : [answer as string];
  return values.map((value) => optionLabel(question, value));
}

/** An answer as the "Your answers" list writes it: its labels, or "Not answered". */
export function answerText(question: QuestionId, answer: AnswerOf<QuestionId> | undefined): string {
  return answer === undefined ? 'Not answered' : answerLabels(question, answer).join(', ');
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "five" for 5, as prose writes small counts; digits from 13 up. */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/**
 * The lineage line beneath today's name: "In the 2019 guidance: Estimator",
 * or, for an option the sources do not name, the reason it is ranked.
 */
export function lineageText(lineage: { readonly name: string | undefined; readonly label: string }): string {
  return lineage.name === undefined ? lineage.label : `${lineage.label}: ${lineage.name}`;
}
