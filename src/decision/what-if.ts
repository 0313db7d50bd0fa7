import type { AnswerOf, Answers, QuestionId } from './answers';
import { NONE, QUESTION_IDS, UNSURE, allowedValues, isMultiQuestion, normalizeMulti } from './answers';
import { rank, topServices } from './ranking';
import type { ServiceId } from './services';

/** One answer changed, and the services that would then share first place. */
export interface WhatIfChange {
  readonly question: QuestionId;
  readonly from: AnswerOf<QuestionId> | undefined;
  readonly to: AnswerOf<QuestionId>;
  readonly top: readonly ServiceId[];
}

/** True when two lists hold the same items, in any order. */
export const sameSet = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

/** Every other answer a question could take, one change at a time. */
function alternatives(id: QuestionId, current: unknown): AnswerOf<QuestionId>[] {
  const candidates: (readonly string[] | string)[] = [];
  if (isMultiQuestion(id)) {
    const picked = Array.isArray(current) ? (current as string[]) : [];
    for (const value of allowedValues(id)) {
      if (value === NONE || value === UNSURE) {
        candidates.push([value]);
      } else {
        const toggled = picked.includes(value)
          ? picked.filter((other) => other !== value)
          : [...picked.filter((other) => other !== NONE && other !== UNSURE), value];
        const normal = normalizeMulti(id, toggled);
        if (normal !== undefined) candidates.push(normal);
      }
    }
    return candidates.filter(
      (candidate) => !(Array.isArray(current) && sameSet(current as string[], candidate as string[])),
    ) as AnswerOf<QuestionId>[];
  }
  return allowedValues(id).filter((value) => value !== current) as AnswerOf<QuestionId>[];
}

/**
 * Every single-answer change (one question, one other value, answering an
 * unanswered question included) that would change which services rank first.
 * Deterministic: questions in contract order, values in option order.
 */
export function whatIf(answers: Answers): WhatIfChange[] {
  const currentTop = topServices(rank(answers));
  const changes: WhatIfChange[] = [];
  for (const question of QUESTION_IDS) {
    const from = answers[question];
    for (const to of alternatives(question, from)) {
      const changed = { ...answers, [question]: to } as Answers;
      const top = topServices(rank(changed));
      if (!sameSet(top, currentTop)) changes.push({ question, from, to, top });
    }
  }
  return changes;
}
