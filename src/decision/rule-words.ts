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

/** The hits with their rules' words. */
export function explainHits<RuleId extends string>(hits: readonly Hit<RuleId>[], rules: ReadonlyMap<RuleId, Rule<string, RuleId>>): Reason<RuleId>[] {
  return hits.map(({ guideline, case: index, points }) => {
    const rule = rules.get(guideline)!;
    const ruleCase = rule.cases[index]!;
    return { guideline, case: index, points, text: ruleCase.text, source: ruleCase.source ?? rule.source };
  });
}
