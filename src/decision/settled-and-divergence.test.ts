import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, QuestionId } from './answers';
import { QUESTION_IDS, hasRealAnswer } from './answers';
import { divergence } from './divergence';
import { effectiveAnswers } from './question-flow';
import { QUESTIONS } from './questions';
import { recommend } from './recommend';
import { everyAnswer, topIsSettled } from './settled';
import { answersArbitrary } from './testing/arbitraries';
import { topServices } from './ranking';

const SERVICE_QUESTIONS = QUESTIONS.filter((question) => question.section === 'service').map((question) => question.id);
const top = (answers: Answers) => topServices(recommend(answers)).sort().join(',');

/** Brute force: every raw answer (not just one per class) to every open service question, together. */
function settledByBruteForce(answers: Answers): boolean {
  const open = SERVICE_QUESTIONS.filter((id) => !hasRealAnswer(answers, id));
  const current = top(answers);
  const walk = (index: number, trial: Record<string, unknown>): boolean => {
    if (index === open.length) return top(trial as Answers) === current;
    return everyAnswer(open[index]!).every((answer) => walk(index + 1, { ...trial, [open[index]!]: answer }));
  };
  return walk(0, { ...answers });
}

/** Answers with at most `open` service questions left open, so brute force stays small. */
const mostlyAnswered = (open: number) =>
  answersArbitrary.filter((answers) => SERVICE_QUESTIONS.filter((id) => !hasRealAnswer(answers, id)).length <= open);

describe('topIsSettled', () => {
  it('agrees with brute force over every completion of the open service questions', () => {
    fc.assert(
      fc.property(mostlyAnswered(3), (answers) => {
        expect(topIsSettled(answers)).toBe(settledByBruteForce(answers));
      }),
      { numRuns: 300 },
    );
  });

  it('is settled from the moment a prebuilt model suits, whatever else is open', () => {
    expect(topIsSettled({ prebuilt: 'yes' })).toBe(true);
    expect(topIsSettled({ task: 'vision', prebuilt: 'yes', effort: 'little' })).toBe(true);
  });

  it.each<{ label: string; answers: Answers; settled: boolean }>([
    { label: 'nothing answered', answers: {}, settled: false },
    { label: 'a prebuilt model suits', answers: { prebuilt: 'yes' }, settled: true },
    { label: 'no prebuilt, everything else open', answers: { prebuilt: 'no' }, settled: false },
    {
      label: 'a Python team with full control and a studio, no prebuilt fit, owning Azure ML, one platform not wanted',
      answers: { prebuilt: 'no', control: 'full', language: 'python', ui: 'yes', existing: ['azure-ml'], unified: 'no' },
      settled: true,
    },
    { label: '"not sure" keeps a question open', answers: { prebuilt: 'unsure' }, settled: false },
  ])('$label → $settled', ({ answers, settled }) => {
    expect(topIsSettled(answers)).toBe(settled);
    // Brute force over every raw value is too slow with most questions open; the property above covers it.
    if (SERVICE_QUESTIONS.filter((id) => !hasRealAnswer(answers, id)).length <= 4) expect(settledByBruteForce(answers)).toBe(settled);
  });

  it('counts a question an answer would bring in as open: PySpark once the data is large', () => {
    // Large data with PySpark unanswered: saying "no" to PySpark would withdraw the Spark credit.
    const answers: Answers = { prebuilt: 'no', control: 'little', effort: 'moderate', data: 'large', unified: 'no', language: 'r', ui: 'no', existing: ['none'] };
    expect(topIsSettled(answers)).toBe(false);
    expect(topIsSettled({ ...answers, pyspark: 'yes' })).toBe(true);
  });
});

const sameEffective = (a: Answers, b: Answers) => {
  const x = effectiveAnswers(a);
  const y = effectiveAnswers(b);
  return QUESTION_IDS.every((id) => JSON.stringify(x[id] ?? null) === JSON.stringify(y[id] ?? null));
};

describe('divergence', () => {
  it('is empty exactly when the effective answers are equal', () => {
    fc.assert(
      fc.property(answersArbitrary, answersArbitrary, (mine, theirs) => {
        expect(divergence(mine, theirs).length === 0).toBe(sameEffective(mine, theirs));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(answersArbitrary, (mine) => {
        expect(divergence(mine, mine)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('flags changesTop exactly when taking their one answer changes first place', () => {
    fc.assert(
      fc.property(answersArbitrary, answersArbitrary, (mine, theirs) => {
        for (const entry of divergence(mine, theirs)) {
          const taken = { ...mine, [entry.question]: effectiveAnswers(theirs)[entry.question as QuestionId] } as Answers;
          expect(entry.changesTop).toBe(top(taken) !== top(mine));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('counts an answer given on one side only, and names both sides', () => {
    expect(divergence({ prebuilt: 'yes' }, {})).toEqual([{ question: 'prebuilt', mine: 'yes', theirs: undefined, changesTop: true }]);
    expect(divergence({ existing: ['synapse', 'databricks'] }, { existing: ['databricks', 'synapse'] })).toEqual([]);
    expect(divergence({ language: 'python' }, { language: 'r' })).toEqual([{ question: 'language', mine: 'python', theirs: 'r', changesTop: true }]);
    expect(divergence({ language: 'python', prebuilt: 'yes' }, { language: 'r', prebuilt: 'yes' })[0]?.changesTop).toBe(false);
  });
});
