import type { AnswerOf, Answers, QuestionId } from './answers';
import { NONE, QUESTION_IDS, UNSURE, allowedValues, isMultiQuestion, normalizeMulti } from './answers';
import type { Reason } from './rank';
import type { Recommendation } from './recommend';
import { recommend } from './recommend';
import type { ServiceRuleId } from './service-rules';
import type { ServiceId } from './services';

/** One answer changed, and the services that would then share first place. */
export interface WhatIfChange {
  readonly question: QuestionId;
  readonly from: AnswerOf<QuestionId> | undefined;
  readonly to: AnswerOf<QuestionId>;
  readonly top: readonly ServiceId[];
}

/** The services that share first place in a recommendation, in its order. */
export function topServices(recommendation: Recommendation): ServiceId[] {
  return recommendation.services.filter((service) => service.rank === 1).map((service) => service.id);
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
  const currentTop = topServices(recommend(answers));
  const changes: WhatIfChange[] = [];
  for (const question of QUESTION_IDS) {
    const from = answers[question];
    for (const to of alternatives(question, from)) {
      const changed = { ...answers, [question]: to } as Answers;
      const top = topServices(recommend(changed));
      if (!sameSet(top, currentTop)) changes.push({ question, from, to, top });
    }
  }
  return changes;
}

/** Why a service is not first: what the leaders had that it lacks, and what counted against it. */
export interface WhyNot {
  readonly service: ServiceId;
  readonly leaders: readonly ServiceId[];
  /** Rules that favoured a leader but not this service. */
  readonly missed: readonly Reason<ServiceRuleId>[];
  /** Rules that pushed this service down. */
  readonly against: readonly Reason<ServiceRuleId>[];
}

/** For a service below first place, the reasons it trails; undefined for a leader. */
export function whyNot(recommendation: Recommendation, service: ServiceId): WhyNot | undefined {
  const ranked = recommendation.services.find((candidate) => candidate.id === service);
  if (ranked === undefined || ranked.rank === 1) return undefined;
  const leaders = recommendation.services.filter((candidate) => candidate.rank === 1);
  const own = new Set(ranked.reasons.filter((reason) => reason.points > 0).map((reason) => reason.guideline));
  const missed = new Map<ServiceRuleId, Reason<ServiceRuleId>>();
  for (const leader of leaders) {
    for (const reason of leader.reasons) {
      if (reason.points > 0 && !own.has(reason.guideline) && !missed.has(reason.guideline)) {
        missed.set(reason.guideline, reason);
      }
    }
  }
  return {
    service,
    leaders: leaders.map((leader) => leader.id),
    missed: [...missed.values()],
    against: ranked.reasons.filter((reason) => reason.points < 0),
  };
}
