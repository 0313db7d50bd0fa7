import type { AnswerOf, Answers, QuestionId, ServiceId, WhatIfChange } from '../../../decision';
import { QUESTION_BY_ID, SERVICES, SERVICE_IDS, UNSURE, optionLabel } from '../../../decision';

/** "A", "A and B", "A, B and C". */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const quoted = (text: string) => `“${text}”`;

/** The labels a person would have seen for an answer, one per ticked box. */
export function answerLabels(question: QuestionId, answer: AnswerOf<QuestionId>): string[] {
  const values: readonly string[] = Array.isArray(answer) ? answer : [answer as string];
  return values.map((value) => optionLabel(question, value));
}

/** What first place would look like, in words. */
export function outcomeText(top: readonly ServiceId[]): string {
  const names = top.map((id) => SERVICES[id].name);
  if (names.length === 1) return `${names[0]} would rank first`;
  if (names.length === SERVICE_IDS.length) return 'all four services would be joint first';
  return `${joinWords(names)} would be joint first`;
}

/** One what-if change as a sentence a person can act on. */
export function describeChange(change: WhatIfChange): string {
  const labels = answerLabels(change.question, change.to).map(quoted);
  return `If you answered ${quoted(QUESTION_BY_ID[change.question].title)} with ${joinWords(labels)}, ${outcomeText(change.top)}.`;
}

/** The answers the change describes: everything else stays as it was. */
export function changedAnswers(answers: Answers, change: WhatIfChange): Answers {
  return { ...answers, [change.question]: change.to } as Answers;
}

const isUnsure = (change: WhatIfChange) =>
  Array.isArray(change.to) ? change.to.includes(UNSURE) : change.to === UNSURE;
const outcomeKey = (change: WhatIfChange) => [...change.top].sort().join('+');

/**
 * Puts the most telling changes first without dropping any: one change per
 * distinct outcome before repeats of an outcome, and real answers before
 * "Not sure" (which only takes an answer back). Otherwise keeps the decision
 * module's order (questions as asked, options as listed).
 */
export function orderChanges(changes: readonly WhatIfChange[]): WhatIfChange[] {
  const byCertainty = [...changes.filter((change) => !isUnsure(change)), ...changes.filter(isUnsure)];
  const seen = new Set<string>();
  const firsts: WhatIfChange[] = [];
  const rest: WhatIfChange[] = [];
  for (const change of byCertainty) {
    const key = outcomeKey(change);
    if (seen.has(key)) {
      rest.push(change);
    } else {
      seen.add(key);
      firsts.push(change);
    }
  }
  return [...firsts, ...rest];
}
