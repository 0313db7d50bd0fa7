import type { Answers, QuestionId } from './answers';
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

/**
 * One test on one answer, as data. `is`: the answer is (or, for a
 * multi-choice question, includes) one of the values. `isNot`: it is none of
 * them; an unanswered question passes.
 */
export type Condition =
  | { readonly question: QuestionId; readonly is: readonly string[] }
  | { readonly question: QuestionId; readonly isNot: readonly string[] };

/** What a rule does when all of its conditions hold: points to some options. */
export interface ScoringCase<OptionId extends string> {
  /** Every condition must hold. */
  readonly when: readonly Condition[];
  readonly options: readonly OptionId[];
  /** Signed: + for the options, − against them. */
  readonly points: number;
}

/**
 * A rule as the ranking sees it: what it looks at and what it gives, and its
 * title (the result's first screen names rules by title). Its words live
 * apart (`RuleWords`), so the first screen downloads no prose; `withWords` (rule-words.ts)
 * joins the two into a `Rule`. Ids are permanent: reasons, tests and docs
 * refer to them.
 */
export interface ScoringRule<OptionId extends string, RuleId extends string = string> {
  readonly id: RuleId;
  /** Guidelines come from a source; factors only break ties. */
  readonly kind: 'guideline' | 'factor';
  readonly title: string;
  readonly cases: readonly ScoringCase<OptionId>[];
}

/** What a rule case says when it applies: a text, or a text with its own source. */
export type CaseWords = string | { readonly text: string; readonly source: Source };

/** A rule's words: what it says in general, where, and one text per case, in the cases' order. */
export interface RuleWords {
  /** The rule in general terms, in our words. */
  readonly statement: string;
  readonly source: Source;
  readonly cases: readonly CaseWords[];
}

export interface RuleCase<OptionId extends string> extends ScoringCase<OptionId> {
  /** The rule applied to these answers, in our words. */
  readonly text: string;
  /** Where this case differs from the rule's own source (Fabric's credit under a Synapse guideline). */
  readonly source?: Source;
}

/** A rule with its words: the one shape that explains services, training methods and compute targets alike. */
export interface Rule<OptionId extends string, RuleId extends string = string> extends ScoringRule<OptionId, RuleId>, Omit<RuleWords, 'cases'> {
  readonly cases: readonly RuleCase<OptionId>[];
}

/** One rule that moved an option, as the ranking records it. */
export interface Hit<RuleId extends string = string> {
  /** Stable rule id: explanations, tests and docs refer to it. */
  readonly guideline: RuleId;
  /** Which of the rule's cases applied (its index). */
  readonly case: number;
  /** Signed points this rule gave the option: + for it, − against it. */
  readonly points: number;
}

/** A hit with its words: what the rule says about these answers, and where. */
export interface Reason<RuleId extends string = string> extends Hit<RuleId> {
  readonly text: string;
  readonly source: Source;
}

/** Something to know about an option, which does not move it. */
export interface Note {
  readonly id: string;
  readonly text: string;
  readonly source: Source;
}

export interface Ranked<Id extends string, RuleId extends string = string, R extends Hit<RuleId> = Hit<RuleId>> {
  readonly id: Id;
  /** 1 is best; options with equal scores share a rank (1, 1, 3, 4). */
  readonly rank: number;
  /** True when another option shares this rank. */
  readonly tied: boolean;
  readonly score: number;
  readonly reasons: readonly R[];
  /** No answered rule moved this option either way. */
  readonly neutral: boolean;
}

/** A note an option carries when all of its conditions hold: a caution or a note, as data. */
export interface NoteRule<OptionId extends string> extends Note {
  readonly options: readonly OptionId[];
  /** Every condition must hold; none means always. */
  readonly when: readonly Condition[];
}

/** The notes from `rules` that these answers call for on one option, in table order. */
export function notesFor<OptionId extends string>(option: OptionId, rules: readonly NoteRule<OptionId>[], answers: Answers): Note[] {
  const notes: Note[] = [];
  for (const { id, text, source, options, when } of rules) {
    if (options.includes(option) && when.every((condition) => holds(condition, answers))) notes.push({ id, text, source });
  }
  return notes;
}

/** True when the answer passes the condition. */
export function holds(condition: Condition, answers: Answers): boolean {
  const answer: unknown = answers[condition.question];
  const values = 'is' in condition ? condition.is : condition.isNot;
  const matches = Array.isArray(answer) ? answer.some((value) => values.includes(value as string)) : values.includes(answer as string);
  return 'is' in condition ? matches : !matches;
}

/** The answers that turn a rule on in favour of options: the `is` values of its positive cases. */
export function triggersOf(rule: ScoringRule<string>): Trigger[] {
  const seen = new Set<string>();
  const triggers: Trigger[] = [];
  for (const ruleCase of rule.cases) {
    if (ruleCase.points <= 0) continue;
    for (const condition of ruleCase.when) {
      if (!('is' in condition)) continue;
      for (const value of condition.is) {
        const key = `${condition.question}=${value}`;
        if (!seen.has(key)) triggers.push({ question: condition.question, value });
        seen.add(key);
      }
    }
  }
  return triggers;
}

/** The options a rule can lift. */
export function favouredBy<OptionId extends string>(rule: ScoringRule<OptionId>): OptionId[] {
  return [...new Set(rule.cases.filter((ruleCase) => ruleCase.points > 0).flatMap((ruleCase) => ruleCase.options))];
}

/**
 * The one ranking function: applies every rule to the answers, sums each
 * option's signed points and orders the options, best first. Equal scores
 * share a rank and keep the given order between them: the sources state no
 * preference to break a tie. Services, training methods and compute targets
 * are all ranked here.
 */
export function rankByRules<Id extends string, RuleId extends string>(
  ids: readonly Id[],
  rules: readonly ScoringRule<Id, RuleId>[],
  answers: Answers,
): Ranked<Id, RuleId>[] {
  const reasons = new Map<Id, Hit<RuleId>[]>(ids.map((id) => [id, []]));
  for (const rule of rules) {
    for (let index = 0; index < rule.cases.length; index += 1) {
      const ruleCase = rule.cases[index]!;
      if (!ruleCase.when.every((condition) => holds(condition, answers))) continue;
      const reason = { guideline: rule.id, case: index, points: ruleCase.points };
      for (const option of ruleCase.options) reasons.get(option)?.push(reason);
    }
  }
  const scored = ids.map((id) => {
    const own = reasons.get(id) ?? [];
    return { id, score: own.reduce((total, reason) => total + reason.points, 0), reasons: own, neutral: own.length === 0, rank: 0, tied: false };
  });
  // Insertion sort: stable, and for the five or fewer items ranked here faster than Array#sort.
  for (let i = 1; i < scored.length; i += 1) {
    const item = scored[i]!;
    let j = i - 1;
    while (j >= 0 && scored[j]!.score < item.score) {
      scored[j + 1] = scored[j]!;
      j -= 1;
    }
    scored[j + 1] = item;
  }
  for (let i = 0; i < scored.length; i += 1) {
    const item = scored[i]!;
    const previous = scored[i - 1];
    const next = scored[i + 1];
    const tiedWithPrevious = previous !== undefined && previous.score === item.score;
    item.rank = tiedWithPrevious ? previous.rank : i + 1;
    item.tied = tiedWithPrevious || (next !== undefined && next.score === item.score);
  }
  return scored;
}
