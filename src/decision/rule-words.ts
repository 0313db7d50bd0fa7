import type { Hit, Reason, Rule, RuleWords, ScoringRule } from './rank';

// Apart from rank.ts: only what shows the rules' words needs these, and the result's first screen shows none.

/** Joins each scoring rule to its words; a rule without words, or a case without its text, is a programming error. */
export function withWords<OptionId extends string, RuleId extends string>(
  rules: readonly ScoringRule<OptionId, RuleId>[],
  words: Readonly<Record<RuleId, RuleWords>>,
): Rule<OptionId, RuleId>[] {
  return rules.map(({ id, kind, title, cases }) => {
    const { statement, source, cases: texts } = words[id];
    if (texts.length !== cases.length) throw new Error(`Rule ${id} has ${cases.length} cases and words for ${texts.length}.`);
    return {
      id,
      kind,
      title,
      statement,
      source,
      cases: cases.map((ruleCase, index) => {
        const said = texts[index]!;
        return typeof said === 'string' ? { ...ruleCase, text: said } : { ...ruleCase, ...said };
      }),
    };
  });
}

/** Each rule's reasons, one per case: what a hit of that case says. Built once per table of rules. */
export type ReasonTable<RuleId extends string> = ReadonlyMap<RuleId, readonly Reason<RuleId>[]>;

export function reasonTable<RuleId extends string>(rules: readonly Rule<string, RuleId>[]): ReasonTable<RuleId> {
  return new Map(
    rules.map((rule) => [
      rule.id,
      rule.cases.map((ruleCase, index) => ({ guideline: rule.id, case: index, points: ruleCase.points, text: ruleCase.text, source: ruleCase.source ?? rule.source })),
    ]),
  );
}

/** The hits with their rules' words: the table's shared, read-only reasons, so explaining allocates nothing per hit. */
export function explainHits<RuleId extends string>(hits: readonly Hit<RuleId>[], reasons: ReasonTable<RuleId>): Reason<RuleId>[] {
  return hits.map(({ guideline, case: index }) => reasons.get(guideline)![index]!);
}
