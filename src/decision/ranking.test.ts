import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Hit, Ranked, RuleWords, ScoringRule } from './rank';
import { rank, whyNot } from './ranking';
import { explain, recommend } from './recommend';
import { explainHits, reasonTable, withWords } from './rule-words';
import { SERVICE_RULES } from './service-rules';
import { SERVICE_SCORING } from './service-scoring';
import { SERVICE_ESSENTIALS, SERVICE_IDS } from './services';
import * as SOURCES from './sources';
import { COMPUTE_ESSENTIALS, METHOD_ESSENTIALS } from './training';
import { COMPUTE_RULES, METHOD_RULES } from './training-rules';
import { COMPUTE_SCORING, METHOD_SCORING } from './training-scoring';
import { answersArbitrary } from './testing/arbitraries';

const RUNS = { numRuns: 300 };

/** What the ranking decides about an option, without the words. */
const place = ({ id, rank: at, tied, score, neutral, reasons }: Ranked<string, string, Hit>) => ({
  id,
  rank: at,
  tied,
  score,
  neutral,
  hits: reasons.map(({ guideline, case: index, points }) => ({ guideline, case: index, points })),
});

describe('the ranking and its words', () => {
  it('explain() adds words to the ranking and changes no place, score or hit', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const ranking = rank(answers);
        const recommendation = recommend(answers);
        expect(recommendation.services.map(place)).toEqual(ranking.services.map(place));
        expect(recommendation.methods.map(place)).toEqual(ranking.methods.map(place));
        expect(recommendation.computeTargets.map(place)).toEqual(ranking.computeTargets.map(place));
        expect(recommendation.notices).toEqual(ranking.notices);
        expect(recommendation.usedAnswers).toEqual(ranking.usedAnswers);
        expect(recommendation.trainingApplies).toBe(ranking.trainingApplies);
        expect(explain(ranking)).toEqual(recommendation);
      }),
      RUNS,
    );
  });

  it('gives every hit the text and source of the case that applied', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        for (const service of recommend(answers).services) {
          for (const reason of service.reasons) {
            const rule = SERVICE_RULES.find((candidate) => candidate.id === reason.guideline)!;
            const ruleCase = rule.cases[reason.case]!;
            expect(ruleCase.options).toContain(service.id);
            expect(reason.text).toBe(ruleCase.text);
            expect(reason.source).toBe(ruleCase.source ?? rule.source);
            expect(reason.points).toBe(ruleCase.points);
          }
        }
      }),
      RUNS,
    );
  });

  it('keeps the rules with words in the order and shape of the scoring rules', () => {
    for (const [scoring, worded] of [
      [SERVICE_SCORING, SERVICE_RULES],
      [METHOD_SCORING, METHOD_RULES],
      [COMPUTE_SCORING, COMPUTE_RULES],
    ] as const) {
      expect(worded.map((rule) => rule.id)).toEqual(scoring.map((rule) => rule.id));
      worded.forEach((rule, index) => {
        const { id, kind, title, cases } = scoring[index]!;
        expect({ id: rule.id, kind: rule.kind, title: rule.title }).toEqual({ id, kind, title });
        expect(rule.cases.map(({ when, options, points }) => ({ when, options, points }))).toEqual(cases);
        expect(rule.statement.length).toBeGreaterThan(20);
        for (const ruleCase of rule.cases) expect(ruleCase.text.length).toBeGreaterThan(20);
      });
    }
  });

  it('refuses words that do not match a rule case for case', () => {
    const rules: ScoringRule<'a', 'r'>[] = [{ id: 'r', kind: 'guideline', title: 'R', cases: [{ when: [], options: ['a'], points: 1 }] }];
    const words = (cases: RuleWords['cases']): Record<'r', RuleWords> => ({ r: { statement: 'S', source: SOURCES.chooseService, cases } });
    expect(() => withWords(rules, words([]))).toThrow(/1 cases and words for 0/);
    expect(() => withWords(rules, words(['one', 'two']))).toThrow(/1 cases and words for 2/);
    const [rule] = withWords(rules, words([{ text: 'T', source: SOURCES.compareMlProducts }]));
    expect(explainHits([{ guideline: 'r', case: 0, points: 1 }], reasonTable([rule!]))).toEqual([
      { guideline: 'r', case: 0, points: 1, text: 'T', source: SOURCES.compareMlProducts },
    ]);
  });

  it('names every option on the first screen as its profile does', () => {
    const recommendation = recommend({});
    for (const service of recommendation.services) {
      expect(SERVICE_ESSENTIALS[service.id]).toEqual({ name: service.name, shortName: service.shortName, firstStep: service.firstStep });
    }
    for (const method of recommendation.methods) expect(METHOD_ESSENTIALS[method.id]).toEqual({ name: method.name, firstStep: method.firstStep });
    for (const target of recommendation.computeTargets) expect(COMPUTE_ESSENTIALS[target.id].name).toBe(target.name);
    expect(rank({}).services.map((service) => service.id)).toEqual([...SERVICE_IDS]);
  });

  it('answers "why not" the same from the ranking as from the recommendation', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const ranking = rank(answers);
        const recommendation = recommend(answers);
        for (const id of SERVICE_IDS) {
          const lean = whyNot(ranking, id);
          const worded = whyNot(recommendation, id);
          expect(worded?.leaders).toEqual(lean?.leaders);
          expect(worded?.missed.map((reason) => reason.guideline)).toEqual(lean?.missed.map((hit) => hit.guideline));
          expect(worded?.against.map((reason) => reason.guideline)).toEqual(lean?.against.map((hit) => hit.guideline));
        }
      }),
      RUNS,
    );
  });
});
