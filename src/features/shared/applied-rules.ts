import type { Recommendation } from '../../decision';

/** Rule id → option id → the signed points that rule gave it on these answers. */
export type AppliedRules = ReadonlyMap<string, ReadonlyMap<string, number>>;

function collect(options: readonly { readonly id: string; readonly reasons: readonly { guideline: string; points: number }[] }[]): AppliedRules {
  const applied = new Map<string, Map<string, number>>();
  for (const option of options) {
    for (const reason of option.reasons) {
      const byOption = applied.get(reason.guideline) ?? new Map<string, number>();
      byOption.set(option.id, (byOption.get(option.id) ?? 0) + reason.points);
      applied.set(reason.guideline, byOption);
    }
  }
  return applied;
}

/**
 * Which service rules moved which service for this person, read from the
 * recommendation's own trace. A rule is "yours" when it moved anything: that
 * is what the person's answers set off (a trigger answered but cancelled by
 * another answer, like large data without PySpark, moved nothing).
 */
export function appliedServiceRules(recommendation: Recommendation | undefined): AppliedRules {
  return recommendation === undefined ? new Map() : collect(recommendation.services);
}

/** The same for training methods; empty when training does not apply to these answers. */
export function appliedMethodRules(recommendation: Recommendation | undefined): AppliedRules {
  return recommendation === undefined || !recommendation.trainingApplies ? new Map() : collect(recommendation.methods);
}
