import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, QuestionId } from './answers';
import { QUESTION_IDS, UNSURE, isMultiQuestion, normalizeMulti } from './answers';
import type { Ranked, Rule, Trigger } from './rank';
import { favouredBy, triggersOf } from './rank';
import type { Recommendation } from './recommend';
import { QUESTION_BY_ID } from './questions';
import { recommend } from './recommend';
import { SERVICE_RULES } from './service-rules';
import { SERVICE_IDS } from './services';
import type { Source } from './sources';
import { COMPUTE_RULES, METHOD_RULES } from './training-rules';
import { answersArbitrary } from './testing/arbitraries';

const RUNS = { numRuns: 400 };

/** Sets a question towards a value: replaces a single answer, adds to a multi one. */
function moveTowards(answers: Answers, trigger: Trigger): Answers {
  const { question, value } = trigger;
  if (!isMultiQuestion(question)) return { ...answers, [question]: value };
  const current = (answers[question] as readonly string[] | undefined) ?? [];
  return { ...answers, [question]: normalizeMulti(question, [...current, value]) };
}

const scoreOf = (items: readonly Ranked<string>[], id: string) => items.find((item) => item.id === id)?.score ?? NaN;

type Pick = (result: Recommendation) => readonly Ranked<string>[];
type Table = 'service' | 'method' | 'compute';
type RuleCase = { label: string; table: Table; favours: readonly string[]; triggers: readonly Trigger[]; pick: Pick };
const PICK: Record<Table, Pick> = { service: (r) => r.services, method: (r) => r.methods, compute: (r) => r.computeTargets };
const TABLES: readonly { table: Table; rules: readonly Rule<string>[] }[] = [
  { table: 'service', rules: SERVICE_RULES },
  { table: 'method', rules: METHOD_RULES },
  { table: 'compute', rules: COMPUTE_RULES },
];
const rulesWithTriggers: RuleCase[] = TABLES.flatMap(({ table, rules }) =>
  rules.flatMap((rule): RuleCase[] =>
    // Owning a service favours that service alone, so each of its triggers is its own case.
    rule.id === 'already-owned'
      ? triggersOf(rule).map((trigger) => ({ label: `${table} rule ${rule.id}`, table, favours: [trigger.value], triggers: [trigger], pick: PICK[table] }))
      : [{ label: `${table} rule ${rule.id}`, table, favours: favouredBy(rule), triggers: triggersOf(rule), pick: PICK[table] }],
  ),
);

const sameTrigger = (a: Trigger, b: Trigger) => a.question === b.question && a.value === b.value;
/**
 * The options that other rules of the same table lift on the same answer
 * ("We prefer not to code" lifts Automated ML through one rule and the
 * pipeline through another). Those may overtake each other; everything else
 * must fall behind or keep its distance.
 */
function alsoLifted(rule: RuleCase, trigger: Trigger): string[] {
  return [
    ...new Set(
      rulesWithTriggers
        .filter((other) => other.table === rule.table && other.label !== rule.label && other.triggers.some((candidate) => sameTrigger(candidate, trigger)))
        .flatMap((other) => other.favours)
        .filter((id) => !rule.favours.includes(id)),
    ),
  ];
}

describe('the monotonicity cases', () => {
  it('cover every rule that can favour an option, each with at least one trigger', () => {
    const covered = new Set(rulesWithTriggers.filter((rule) => rule.triggers.length > 0 && rule.favours.length > 0).map((rule) => rule.label));
    const favouring = [
      ...SERVICE_RULES.filter((rule) => favouredBy(rule).length > 0).map((rule) => `service rule ${rule.id}`),
      ...METHOD_RULES.filter((rule) => favouredBy(rule).length > 0).map((rule) => `method rule ${rule.id}`),
      ...COMPUTE_RULES.filter((rule) => favouredBy(rule).length > 0).map((rule) => `compute rule ${rule.id}`),
    ];
    expect([...covered].sort()).toEqual([...new Set(favouring)].sort());
  });

  it('share an answer between two rules of one table only where this list says so', () => {
    const shared = rulesWithTriggers.flatMap((rule) =>
      rule.triggers.filter((trigger) => alsoLifted(rule, trigger).length > 0).map((trigger) => `${rule.label}: ${trigger.question}=${trigger.value} also lifts ${alsoLifted(rule, trigger).join(', ')}`),
    );
    expect(shared).toEqual(['method rule no-code: language=nocode also lifts pipeline', 'method rule no-code-designer: language=nocode also lifts automl']);
  });

  it('give owning a service a trigger per service, each favouring only that service', () => {
    const owned = rulesWithTriggers.filter((rule) => rule.label === 'service rule already-owned');
    expect(owned.map((rule) => rule.favours)).toEqual(SERVICE_IDS.map((id) => [id]));
    expect(owned.map((rule) => rule.triggers)).toEqual(SERVICE_IDS.map((id) => [{ question: 'existing', value: id }]));
  });
});

describe('monotonicity', () => {
  it.each(
    rulesWithTriggers.flatMap((rule) =>
      rule.triggers.map((trigger) => ({ ...rule, trigger, lifted: alsoLifted(rule, trigger), name: `${rule.label}: ${trigger.question}=${trigger.value}` })),
    ),
  )(
    '$name never lowers what it favours relative to the rest',
    ({ favours, trigger, lifted, pick }) => {
      // Where the answer was; how many of the options it does not lift stand above an option.
      const above = (items: readonly Ranked<string>[], id: string) =>
        items.filter((item) => item.id !== id && !lifted.includes(item.id) && item.score > scoreOf(items, id)).length;
      fc.assert(
        fc.property(answersArbitrary, (answers) => {
          const before = pick(recommend(answers));
          const after = pick(recommend(moveTowards(answers, trigger)));
          for (const favoured of favours) {
            for (const other of before.map((item) => item.id).filter((id) => !favours.includes(id) && !lifted.includes(id))) {
              const gapBefore = scoreOf(before, favoured) - scoreOf(before, other);
              const gapAfter = scoreOf(after, favoured) - scoreOf(after, other);
              expect(gapAfter).toBeGreaterThanOrEqual(gapBefore);
            }
            if (lifted.length === 0) {
              const rankBefore = before.find((item) => item.id === favoured)!.rank;
              const rankAfter = after.find((item) => item.id === favoured)!.rank;
              expect(rankAfter).toBeLessThanOrEqual(rankBefore);
            } else {
              expect(above(after, favoured)).toBeLessThanOrEqual(above(before, favoured));
            }
          }
        }),
        { numRuns: 150 },
      );
    },
  );
});

/**
 * The answers that turn on a rule's cases against options: for each case with
 * negative points, the `is` values of its conditions, less any value the same
 * case rules out with `isNot` on that question (Synapse's penalty applies to
 * every answer to `existing` but "synapse").
 */
function againstTriggers(rule: Rule<string>): { against: string[]; trigger: Trigger }[] {
  const found: { against: string[]; trigger: Trigger }[] = [];
  for (const ruleCase of rule.cases) {
    if (ruleCase.points >= 0) continue;
    for (const condition of ruleCase.when) {
      if (!('is' in condition)) continue;
      const excluded = ruleCase.when.flatMap((other) => ('isNot' in other && other.question === condition.question ? other.isNot : []));
      for (const value of condition.is.filter((candidate) => !excluded.includes(candidate))) {
        found.push({ against: [...ruleCase.options], trigger: { question: condition.question, value } });
      }
    }
  }
  return found;
}

const rulesAgainst = TABLES.flatMap(({ table, rules }) =>
  rules.flatMap((rule) =>
    againstTriggers(rule).map(({ against, trigger }) => ({ against, trigger, pick: PICK[table], name: `${table} rule ${rule.id}: ${trigger.question}=${trigger.value}` })),
  ),
);

describe('rules against an option', () => {
  it('are all tested below: every case with negative points has an answer that turns it on', () => {
    const withAgainst = TABLES.flatMap(({ rules }) => rules).filter((rule) => rule.cases.some((ruleCase) => ruleCase.points < 0));
    expect(withAgainst.map((rule) => rule.id).sort()).toEqual(['own-framework-code', 'prebuilt-suits', 'synapse-not-adopted']);
    for (const rule of withAgainst) expect(againstTriggers(rule).length, rule.id).toBeGreaterThan(0);
    // Synapse's penalty never fires for an organization that runs Synapse.
    expect(rulesAgainst.filter((item) => item.name.startsWith('service rule synapse-not-adopted')).map((item) => item.trigger.value)).not.toContain('synapse');
  });

  it.each(rulesAgainst)('$name, given where there was no answer, never raises what it counts against', ({ against, trigger, pick }) => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const { [trigger.question]: _dropped, ...unanswered } = answers;
        const before = pick(recommend(unanswered as Answers));
        const after = pick(recommend(moveTowards(unanswered as Answers, trigger)));
        for (const disfavoured of against) {
          for (const other of before.map((item) => item.id).filter((id) => !against.includes(id))) {
            const gapBefore = scoreOf(before, disfavoured) - scoreOf(before, other);
            const gapAfter = scoreOf(after, disfavoured) - scoreOf(after, other);
            expect(gapAfter).toBeLessThanOrEqual(gapBefore);
          }
          const rankBefore = before.find((item) => item.id === disfavoured)!.rank;
          const rankAfter = after.find((item) => item.id === disfavoured)!.rank;
          expect(rankAfter).toBeGreaterThanOrEqual(rankBefore);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('"not sure" is as neutral as no answer', () => {
  it('for any question, in any context: the same ranking, reasons, cautions, notes, notices and training section', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.constantFrom(...QUESTION_IDS), (answers, question: QuestionId) => {
        const { [question]: _dropped, ...without } = answers;
        const unsure = { ...answers, [question]: isMultiQuestion(question) ? [UNSURE] : UNSURE } as Answers;
        // Everything but the answers themselves, which rightly record the "not sure".
        const strip = ({ usedAnswers: _used, ...rest }: Recommendation) => rest;
        expect(strip(recommend(unsure))).toEqual(strip(recommend(without as Answers)));
      }),
      RUNS,
    );
  });

  it('never opens the training section on its own, when no other training question is answered', () => {
    const training = QUESTION_IDS.filter((id) => QUESTION_BY_ID[id].section === 'training');
    fc.assert(
      fc.property(answersArbitrary, fc.constantFrom(...training), (answers, question) => {
        const serviceOnly = Object.fromEntries(Object.entries(answers).filter(([id]) => !training.includes(id as QuestionId))) as Answers;
        const unsure = { ...serviceOnly, [question]: isMultiQuestion(question) ? [UNSURE] : UNSURE } as Answers;
        expect(recommend(unsure).trainingApplies).toBe(recommend(serviceOnly).trainingApplies);
        expect(recommend(unsure).notices).toEqual(recommend(serviceOnly).notices);
      }),
      RUNS,
    );
  });
});

/** Each source a result cites, place by place. */
function everySourceUrl(result: Recommendation): string[] {
  const sources: (Source | undefined)[] = [];
  const notes = (items: readonly { readonly source?: Source }[]) => sources.push(...items.map((note) => note.source));
  for (const service of result.services) sources.push(service.today.source, service.lineage.source, ...service.learnMore, service.firstStep);
  for (const option of [...result.methods, ...result.computeTargets]) {
    sources.push(option.today.source, option.lineage.source, option.firstStep);
    notes(option.notes);
  }
  for (const option of [...result.services, ...result.methods, ...result.computeTargets]) {
    sources.push(...option.reasons.map((reason) => reason.source));
    notes(option.cautions);
  }
  if (result.frameworkAdvice !== undefined) {
    sources.push(...result.frameworkAdvice.sources);
    notes(result.frameworkAdvice.cautions);
  }
  notes(result.notices);
  return sources.filter((source) => source !== undefined).map((source) => source.url);
}

/** Every `url` anywhere in a value, found without knowing its shape. */
function urlsAnywhere(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(urlsAnywhere);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === 'url' && typeof inner === 'string' ? [inner] : urlsAnywhere(inner)));
}

describe('every recommendation', () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(recommend(structuredClone(answers) as Answers)).toEqual(recommend(answers));
      }),
      RUNS,
    );
  });

  it('ranks by score with shared ranks for ties, over all five services, four methods and four targets', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = recommend(answers);
        for (const items of [result.services, result.methods, result.computeTargets]) {
          items.forEach((item, index) => {
            expect(item.rank).toBe(1 + items.filter((other) => other.score > item.score).length);
            expect(item.tied).toBe(items.some((other) => other !== item && other.score === item.score));
            if (index > 0) expect(items[index - 1]!.score).toBeGreaterThanOrEqual(item.score);
            expect(item.score).toBe(item.reasons.reduce((sum, reason) => sum + reason.points, 0));
          });
        }
        expect(result.services).toHaveLength(5);
        expect(result.methods).toHaveLength(4);
        expect(result.computeTargets).toHaveLength(4);
      }),
      RUNS,
    );
  });

  it('gives every service a reason or marks it neutral', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        for (const service of recommend(answers).services) {
          expect(service.reasons.length > 0 || service.neutral).toBe(true);
          expect(service.neutral).toBe(service.reasons.length === 0);
        }
      }),
      RUNS,
    );
  });

  it('cites only absolute https sources, wherever a source sits in the result', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = recommend(answers);
        const urls = everySourceUrl(result);
        // Every object with a url anywhere in the result is one of the sources listed above.
        expect(urls).toHaveLength(urlsAnywhere(result).length);
        for (const url of urls) expect(url).toMatch(/^https:\/\/[a-z0-9.-]+\//);
      }),
      RUNS,
    );
  });

  it('always carries the caveat that these are guidelines, first', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(recommend(answers).notices[0]?.id).toBe('guidelines-only');
      }),
      RUNS,
    );
  });

  it('never puts Fabric below Synapse unless the organization runs Synapse and not Fabric, and never Automated ML first with a framework named', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = recommend(answers);
        const owned = (id: string) => (result.usedAnswers.existing ?? []).includes(id as never);
        const rankOf = (id: string) => result.services.find((service) => service.id === id)!.rank;
        if (!(owned('synapse') && !owned('fabric'))) expect(rankOf('fabric')).toBeLessThanOrEqual(rankOf('synapse'));
        const framework = result.usedAnswers.framework;
        if (framework !== undefined && framework !== UNSURE) expect(result.methods.find((item) => item.id === 'automl')!.rank).not.toBe(1);
      }),
      RUNS,
    );
  });

  it('puts AI Services first whenever a prebuilt model suits, and last whenever none does', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = recommend(answers);
        const ai = result.services.find((service) => service.id === 'ai-services')!;
        const others = result.services.filter((service) => service.id !== 'ai-services');
        if (result.usedAnswers.prebuilt === 'yes') {
          expect(ai.rank).toBe(1);
          expect(ai.tied).toBe(false);
        }
        if (result.usedAnswers.prebuilt === 'no') {
          for (const other of others) expect(ai.score).toBeLessThan(other.score);
        }
      }),
      RUNS,
    );
  });
});
