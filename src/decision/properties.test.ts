import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, QuestionId } from './answers';
import { QUESTION_IDS, UNSURE, isMultiQuestion, normalizeMulti } from './answers';
import type { Note, Ranked, Trigger } from './rank';
import type { Recommendation } from './recommend';
import { QUESTION_BY_ID } from './questions';
import { recommend } from './recommend';
import { SERVICE_RULES } from './service-rules';
import type { Source } from './sources';
import { COMPUTE_RULES, METHOD_RULES } from './training';
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
type RuleCase = { label: string; favours: readonly string[]; triggers: readonly Trigger[]; pick: Pick };
const rulesWithTriggers: RuleCase[] = [
  // Owning a service favours that service alone, so each of its triggers is its own case.
  ...SERVICE_RULES.flatMap((rule): RuleCase[] =>
    rule.id === 'already-owned'
      ? rule.triggers.map((trigger) => ({ label: `service rule ${rule.id}`, favours: [trigger.value], triggers: [trigger], pick: (r: Recommendation) => r.services }))
      : [{ label: `service rule ${rule.id}`, favours: rule.favours, triggers: rule.triggers, pick: (r: Recommendation) => r.services }],
  ),
  ...METHOD_RULES.map((rule) => ({ label: `method rule ${rule.id}`, favours: rule.favours, triggers: rule.triggers, pick: (r: Recommendation) => r.methods })),
  ...COMPUTE_RULES.map((rule) => ({ label: `compute rule ${rule.id}`, favours: rule.favours, triggers: rule.triggers, pick: (r: Recommendation) => r.computeTargets })),
];

describe('monotonicity', () => {
  it.each(rulesWithTriggers.flatMap((rule) => rule.triggers.map((trigger) => ({ ...rule, trigger, name: `${rule.label}: ${trigger.question}=${trigger.value}` }))))(
    '$name never lowers what it favours relative to the rest',
    ({ favours, trigger, pick }) => {
      fc.assert(
        fc.property(answersArbitrary, (answers) => {
          const before = pick(recommend(answers));
          const after = pick(recommend(moveTowards(answers, trigger)));
          for (const favoured of favours) {
            for (const other of before.map((item) => item.id).filter((id) => !favours.includes(id))) {
              const gapBefore = scoreOf(before, favoured) - scoreOf(before, other);
              const gapAfter = scoreOf(after, favoured) - scoreOf(after, other);
              expect(gapAfter).toBeGreaterThanOrEqual(gapBefore);
            }
            const rankBefore = before.find((item) => item.id === favoured)!.rank;
            const rankAfter = after.find((item) => item.id === favoured)!.rank;
            expect(rankAfter).toBeLessThanOrEqual(rankBefore);
          }
        }),
        { numRuns: 150 },
      );
    },
  );
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
  const notes = (items: readonly Note[]) => sources.push(...items.map((note) => note.source));
  for (const service of result.services) sources.push(service.today.source, ...service.learnMore);
  for (const option of [...result.methods, ...result.computeTargets]) {
    sources.push(option.today.source);
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

  it('ranks by score with shared ranks for ties, over all four services, methods and targets', () => {
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
        expect(result.services).toHaveLength(4);
        expect(result.methods).toHaveLength(3);
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
