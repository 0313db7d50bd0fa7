import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, QuestionId } from './answers';
import { NONE, QUESTION_IDS, UNSURE, allowedValues, isMultiQuestion, normalizeMulti } from './answers';
import { recommend } from './recommend';
import { answersArbitrary } from './testing/arbitraries';
import { whatIf } from './what-if';
import { topServices, whyNot } from './ranking';

const top = (answers: Answers) => topServices(recommend(answers)).sort();

describe('whatIf', () => {
  it('finds the change that breaks a four-way tie', () => {
    const answers: Answers = { unified: 'yes', language: 'python' };
    expect(top(answers)).toEqual(['azure-ml', 'databricks', 'fabric', 'synapse']);
    const changes = whatIf(answers);
    expect(changes).toContainEqual({ question: 'unified', from: 'yes', to: 'no', top: ['azure-ml'] });
    expect(changes).toContainEqual({ question: 'prebuilt', from: undefined, to: 'yes', top: ['ai-services'] });
    expect(changes).toContainEqual(expect.objectContaining({ question: 'existing', to: ['databricks'], top: ['databricks'] }));
    expect(changes).toContainEqual(expect.objectContaining({ question: 'existing', to: ['fabric'], top: ['fabric'] }));
    // "None of these" drops only Synapse from first place.
    expect(changes).toContainEqual(expect.objectContaining({ question: 'existing', to: ['none'], top: ['azure-ml', 'databricks', 'fabric'] }));
  });

  it('lists nothing that leaves first place as it is', () => {
    const changes = whatIf({ prebuilt: 'yes' });
    expect(changes.some((change) => change.question === 'ui')).toBe(false);
    expect(changes.map((change) => change.question)).toContain('prebuilt');
  });

  it('is deterministic and in contract order', () => {
    const answers: Answers = { control: 'full', data: 'large' };
    expect(whatIf(answers)).toEqual(whatIf(answers));
    const order = whatIf(answers).map((change) => QUESTION_IDS.indexOf(change.question));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  /** Every single-answer change, found independently of whatIf. */
  function everySingleChange(answers: Answers): { question: QuestionId; to: unknown }[] {
    const changes: { question: QuestionId; to: unknown }[] = [];
    for (const question of QUESTION_IDS) {
      const current = answers[question];
      if (!isMultiQuestion(question)) {
        for (const value of allowedValues(question)) if (value !== current) changes.push({ question, to: value });
        continue;
      }
      const picked = (current as readonly string[] | undefined) ?? [];
      const seen = new Set<string>([JSON.stringify(picked)]);
      const candidates = allowedValues(question).map((value) =>
        value === NONE || value === UNSURE
          ? [value]
          : picked.includes(value)
            ? picked.filter((other) => other !== value)
            : [...picked.filter((other) => other !== NONE && other !== UNSURE), value],
      );
      for (const candidate of candidates) {
        const normal = normalizeMulti(question, candidate);
        if (normal === undefined || seen.has(JSON.stringify(normal))) continue;
        seen.add(JSON.stringify(normal));
        changes.push({ question, to: normal });
      }
    }
    return changes;
  }

  it('for any answers: each listed change really gives its top, and no other change moves first place', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const currentTop = top(answers);
        const listed = whatIf(answers);
        for (const change of listed) {
          expect(top({ ...answers, [change.question]: change.to } as Answers)).toEqual([...change.top].sort());
          expect([...change.top].sort()).not.toEqual(currentTop);
        }
        const listedKeys = new Set(listed.map((change) => `${change.question}=${JSON.stringify(change.to)}`));
        for (const change of everySingleChange(answers)) {
          const moved = JSON.stringify(top({ ...answers, [change.question]: change.to } as Answers)) !== JSON.stringify(currentTop);
          expect(listedKeys.has(`${change.question}=${JSON.stringify(change.to)}`)).toBe(moved);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('whatIf and the prebuilt question', () => {
  it('always finds a change: saying a prebuilt model does or does not suit moves first place, whatever the task', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(whatIf(answers).some((change) => change.question === 'prebuilt')).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('whyNot', () => {
  const result = recommend({ prebuilt: 'no', control: 'full', existing: ['databricks'] });

  it('says nothing for the leader', () => {
    expect(whyNot(result, 'databricks')).toBeUndefined();
  });

  it('names what the leader had that the runner-up lacked', () => {
    const why = whyNot(result, 'azure-ml');
    expect(why?.leaders).toEqual(['databricks']);
    expect(why?.missed.map((reason) => reason.guideline)).toEqual(['already-owned']);
    expect(why?.against).toEqual([]);
  });

  it('names the guidelines missed and the one that counted against', () => {
    const why = whyNot(result, 'ai-services');
    expect(why?.missed.map((reason) => reason.guideline)).toEqual(['full-control', 'already-owned']);
    expect(why?.against.map((reason) => reason.guideline)).toEqual(['prebuilt-suits']);
  });

  it('names the factor against Synapse for an organization that does not run it', () => {
    const why = whyNot(result, 'synapse');
    expect(why?.missed.map((reason) => reason.guideline)).toEqual(['full-control', 'already-owned']);
    expect(why?.against).toEqual([expect.objectContaining({ guideline: 'synapse-not-adopted', points: -1 })]);
  });
});
