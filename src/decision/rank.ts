import type { QuestionId } from './answers';
import type { Source } from './sources';

/** An answer that turns a rule on: the question and the value that does it. */
export interface Trigger {
  readonly question: QuestionId;
  readonly value: string;
}

/** How strongly a rule moves an option. Tiers never overturn the tier above. */
export const WEIGHT = {
  /** A guideline the source states as decisive ("whenever …"). */
  decisive: 1000,
  /** A guideline from the source documents. */
  guideline: 10,
  /** A stated strength that is weaker than a guideline. */
  strength: 5,
  /** A factor that only breaks ties (what you already own, time to invest). */
  factor: 1,
} as const;

/** One rule that moved, or notably did not move, an option. */
export interface Reason<RuleId extends string = string> {
  /** Stable rule id: explanations, tests and docs refer to it. */
  readonly guideline: RuleId;
  /** The rule applied to these answers, in our words. */
  readonly text: string;
  readonly source: Source;
  /** Signed points this rule gave the option: + for it, − against it. */
  readonly points: number;
}

/** Something to know about an option, which does not move it. */
export interface Note {
  readonly id: string;
  readonly text: string;
  readonly source?: Source;
}

export interface Ranked<Id extends string, RuleId extends string = string> {
  readonly id: Id;
  /** 1 is best; options with equal scores share a rank (1, 1, 3, 4). */
  readonly rank: number;
  /** True when another option shares this rank. */
  readonly tied: boolean;
  readonly score: number;
  readonly reasons: readonly Reason<RuleId>[];
  readonly cautions: readonly Note[];
}

/**
 * Orders options by score, best first, and fills in `rank` and `tied`. Equal
 * scores share a rank and keep the given order between them (the sort is
 * stable): the sources state no preference to break a tie. The items are
 * fresh objects made by the caller, so they are completed in place rather
 * than copied; this runs for every ranking and copying dominated its cost.
 */
export function rankByScore<T extends { readonly score: number; rank: number; tied: boolean }>(items: readonly T[]): T[] {
  // Insertion sort: stable, and for the four or fewer items ranked here faster than Array#sort.
  const sorted = items.slice();
  for (let i = 1; i < sorted.length; i += 1) {
    const item = sorted[i]!;
    let j = i - 1;
    while (j >= 0 && sorted[j]!.score < item.score) {
      sorted[j + 1] = sorted[j]!;
      j -= 1;
    }
    sorted[j + 1] = item;
  }
  for (let i = 0; i < sorted.length; i += 1) {
    const item = sorted[i]!;
    const previous = sorted[i - 1];
    const next = sorted[i + 1];
    const tiedWithPrevious = previous !== undefined && previous.score === item.score;
    item.rank = tiedWithPrevious ? previous.rank : i + 1;
    item.tied = tiedWithPrevious || (next !== undefined && next.score === item.score);
  }
  return sorted;
}

/** An option's score: the signed points of all the reasons that moved it. */
export function sumPoints(reasons: readonly { readonly points: number }[]): number {
  return reasons.reduce((total, reason) => total + reason.points, 0);
}
