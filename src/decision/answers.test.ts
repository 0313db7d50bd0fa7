import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { ANSWER_SPACE, QUESTION_IDS, allowedValues, countAnswered, hasAnswer, hasRealAnswer, isAllowedValue, normalizeMulti, withEveryQuestion } from './answers';

describe('the answer space', () => {
  it('lists the contract parameters in contract order', () => {
    expect(Object.keys(ANSWER_SPACE)).toEqual([
      'task', 'prebuilt', 'control', 'effort', 'data', 'pyspark', 'unified', 'language', 'ui', 'existing',
      'workflow', 'needs', 'framework', 'setup', 'compute',
    ]);
  });

  it('adds Fabric to existing services within version 1, after the four original services, so old links read as before', () => {
    expect(ANSWER_SPACE.existing.values).toEqual(['azure-ml', 'databricks', 'synapse', 'ai-services', 'fabric', 'none']);
  });

  it('allows "unsure" for every question', () => {
    for (const id of Object.keys(ANSWER_SPACE) as (keyof typeof ANSWER_SPACE)[]) {
      expect(isAllowedValue(id, 'unsure')).toBe(true);
    }
  });

  it('rejects values of other questions and different case', () => {
    expect(isAllowedValue('task', 'python')).toBe(false);
    expect(isAllowedValue('task', 'Vision')).toBe(false);
    expect(allowedValues('ui')).toEqual(['yes', 'no', 'unsure']);
  });
});

describe('normalizeMulti', () => {
  it.each([
    { label: 'orders by the contract', picked: ['synapse', 'azure-ml'], expected: ['azure-ml', 'synapse'] },
    { label: 'drops repeats', picked: ['synapse', 'synapse'], expected: ['synapse'] },
    { label: 'drops unknown values', picked: ['synapse', 'sagemaker'], expected: ['synapse'] },
    { label: '"none" picked last clears the rest', picked: ['synapse', 'none'], expected: ['none'] },
    { label: 'a service picked after "none" clears it', picked: ['none', 'synapse'], expected: ['synapse'] },
    { label: '"unsure" picked last clears the rest', picked: ['azure-ml', 'unsure'], expected: ['unsure'] },
    { label: 'empty stays unanswered', picked: [], expected: undefined },
  ])('$label', ({ picked, expected }) => {
    expect(normalizeMulti('existing', picked)).toEqual(expected);
  });
});

describe('answer helpers', () => {
  it('hasAnswer reads single and multi answers', () => {
    expect(hasAnswer({ existing: ['synapse'] }, 'existing', 'synapse')).toBe(true);
    expect(hasAnswer({ existing: ['synapse'] }, 'existing', 'databricks')).toBe(false);
    expect(hasAnswer({ ui: 'yes' }, 'ui', 'yes')).toBe(true);
    expect(hasAnswer({}, 'ui', 'yes')).toBe(false);
  });

  it.each([
    { label: 'a value', answers: { ui: 'yes' }, id: 'ui', real: true },
    { label: 'no answer', answers: {}, id: 'ui', real: false },
    { label: '"not sure"', answers: { ui: 'unsure' }, id: 'ui', real: false },
    { label: 'a multi selection', answers: { needs: ['publish'] }, id: 'needs', real: true },
    { label: '"none of these"', answers: { needs: ['none'] }, id: 'needs', real: true },
    { label: '"not sure" in a multi question', answers: { needs: ['unsure'] }, id: 'needs', real: false },
  ] as const)('hasRealAnswer: $label is real: $real', ({ answers, id, real }) => {
    expect(hasRealAnswer(answers as Answers, id)).toBe(real);
  });

  it('countAnswered counts "unsure" as answered', () => {
    expect(countAnswered({ ui: 'unsure', task: 'vision' })).toBe(2);
    expect(countAnswered({})).toBe(0);
  });
});

describe('withEveryQuestion', () => {
  it('keeps every answer and adds the missing ids, undefined, in contract order', () => {
    const answers = { ui: 'yes', task: 'vision', needs: ['publish'] } as const;
    const full = withEveryQuestion(answers);
    expect(Object.keys(full)).toEqual(QUESTION_IDS);
    expect(full).toEqual(answers);
    expect(countAnswered(full)).toBe(3);
  });

  it('gives a fresh object each time, never the shared template', () => {
    const first = withEveryQuestion() as Record<string, unknown>;
    first.task = 'vision';
    expect(withEveryQuestion().task).toBeUndefined();
  });
});
