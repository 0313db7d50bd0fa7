import type { Answers } from './answers';
import type { Ranked } from './rank';
import { rankByRules } from './rank';
import type { ComputeTargetId, MethodId, TrainingEssentials } from './training';
import { COMPUTE_ESSENTIALS, COMPUTE_TARGET_IDS, METHOD_ESSENTIALS, METHOD_IDS } from './training';
import type { ComputeRuleId, MethodRuleId } from './training-scoring';
import { COMPUTE_SCORING, METHOD_SCORING } from './training-scoring';

/** A training method's or compute target's place in the ranking, with what the first screen shows of it. */
interface TrainingPlace<Id extends string, RuleId extends string> extends Ranked<Id, RuleId>, TrainingEssentials {}
export type MethodPlace = TrainingPlace<MethodId, MethodRuleId>;
export type ComputePlace = TrainingPlace<ComputeTargetId, ComputeRuleId>;

/** A ranked option with its essentials. Fields copied one by one: object spread here made recommend() many times slower. */
function withEssentials<Id extends string, RuleId extends string>(
  { id, rank, tied, score, reasons, neutral }: Ranked<Id, RuleId>,
  { name, firstStep }: TrainingEssentials,
): TrainingPlace<Id, RuleId> {
  return { id, rank, tied, score, reasons, neutral, name, firstStep };
}

/**
 * Ranks the four training methods, best first. Expects answers already
 * filtered by the show-conditions (see `effectiveAnswers`); `rank()` does that.
 */
export function placeMethods(answers: Answers): MethodPlace[] {
  return rankByRules(METHOD_IDS, METHOD_SCORING, answers).map((ranked) => withEssentials(ranked, METHOD_ESSENTIALS[ranked.id]));
}

/** Ranks the four compute targets, best first. Expects answers already filtered by the show-conditions. */
export function placeComputeTargets(answers: Answers): ComputePlace[] {
  return rankByRules(COMPUTE_TARGET_IDS, COMPUTE_SCORING, answers).map((ranked) => withEssentials(ranked, COMPUTE_ESSENTIALS[ranked.id]));
}
