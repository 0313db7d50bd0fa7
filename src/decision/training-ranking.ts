import type { Answers } from './answers';
import type { Note, Ranked } from './rank';
import { notesFor, rankByRules } from './rank';
import type { ComputeTargetId, MethodId, TrainingOptionProfile } from './training';
import { COMPUTE_TARGETS, COMPUTE_TARGET_IDS, METHODS, METHOD_IDS } from './training';
import type { ComputeRuleId, MethodRuleId } from './training-rules';
import { COMPUTE_CAUTIONS, COMPUTE_RULES, METHOD_CAUTIONS, METHOD_NOTES, METHOD_RULES } from './training-rules';

export interface RankedTrainingOption<Id extends string, RuleId extends string> extends Ranked<Id, RuleId>, Omit<TrainingOptionProfile, 'notes'> {
  readonly cautions: readonly Note[];
  /** Things to know that are not warnings: the profile's own notes, then any these answers call for. */
  readonly notes: readonly Note[];
}
export type RankedMethod = RankedTrainingOption<MethodId, MethodRuleId>;
export type RankedComputeTarget = RankedTrainingOption<ComputeTargetId, ComputeRuleId>;

/** A ranked option with its profile. Fields copied one by one: object spread here made recommend() many times slower. */
function withProfile<Id extends string, RuleId extends string>(
  { id, rank, tied, score, reasons, neutral }: Ranked<Id, RuleId>,
  { name, summary, lineage, today, firstStep }: TrainingOptionProfile,
  cautions: readonly Note[],
  notes: readonly Note[],
): RankedTrainingOption<Id, RuleId> {
  return { id, rank, tied, score, reasons, neutral, name, summary, lineage, today, firstStep, cautions, notes };
}

/**
 * Ranks the four training methods, best first, with the rules, cautions and
 * notes behind each place. Expects answers already filtered by the
 * show-conditions (see `effectiveAnswers`); `recommend()` does that.
 */
export function rankMethods(answers: Answers): RankedMethod[] {
  return rankByRules(METHOD_IDS, METHOD_RULES, answers).map((ranked) =>
    withProfile(ranked, METHODS[ranked.id], notesFor(ranked.id, METHOD_CAUTIONS, answers), [
      ...METHODS[ranked.id].notes,
      ...notesFor(ranked.id, METHOD_NOTES, answers),
    ]),
  );
}

/**
 * Ranks the four compute targets, best first, with the rules and cautions
 * behind each place. Expects answers already filtered by the show-conditions.
 */
export function rankComputeTargets(answers: Answers): RankedComputeTarget[] {
  return rankByRules(COMPUTE_TARGET_IDS, COMPUTE_RULES, answers).map((ranked) =>
    withProfile(ranked, COMPUTE_TARGETS[ranked.id], notesFor(ranked.id, COMPUTE_CAUTIONS, answers), COMPUTE_TARGETS[ranked.id].notes),
  );
}
