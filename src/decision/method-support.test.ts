import { describe, expect, it } from 'vitest';
import { ANSWER_SPACE } from './answers';
import { COMPUTE_SUPPORT, FRAMEWORK_SUPPORT, methodRunsOn } from './method-support';
import type { SupportLevel } from './method-support';
import { COMPUTE_TARGETS, COMPUTE_TARGET_IDS, METHODS, METHOD_IDS, frameworkAdvice, rankComputeTargets } from './training';

const levels = (row: (typeof COMPUTE_SUPPORT)[keyof typeof COMPUTE_SUPPORT]) =>
  METHOD_IDS.map((method) => row.methods[method].level).join(' ');

describe('which method supports which framework', () => {
  it('covers every framework the questionnaire offers, and only those', () => {
    expect(Object.keys(FRAMEWORK_SUPPORT)).toEqual([...ANSWER_SPACE.framework.values]);
  });

  it.each(['scikit-learn', 'tensorflow', 'keras', 'pytorch', 'chainer'] as const)(
    '%s has an estimator of its own, as the 2019 source lists',
    (framework) => {
      expect(FRAMEWORK_SUPPORT[framework].methods.estimator).toMatchObject({ level: 'yes', label: 'Own estimator' });
    },
  );

  it('another framework gets the generic estimator', () => {
    expect(FRAMEWORK_SUPPORT.other.methods.estimator).toMatchObject({ level: 'yes', label: 'Generic estimator' });
  });

  it.each([...ANSWER_SPACE.framework.values])(
    '%s: a run configuration takes any framework, a pipeline trains it through its steps',
    (framework) => {
      const row = FRAMEWORK_SUPPORT[framework];
      expect(row.methods['run-configuration'].level).toBe('yes');
      expect(row.methods.pipeline.level).toBe('through-steps');
      // The pipeline note in METHODS says the same thing; the two must not drift apart.
      expect(METHODS.pipeline.notes.map((note) => note.text).join(' ')).toMatch(/run configuration or an estimator/);
      expect(row.methods.pipeline.text).toMatch(/run configuration or an estimator/);
      expect(frameworkAdvice({ framework })).toBeDefined();
    },
  );
});

describe('which method runs on which compute target', () => {
  it('covers the four compute targets of the source, in their order', () => {
    expect(Object.keys(COMPUTE_SUPPORT)).toEqual([...COMPUTE_TARGET_IDS]);
  });

  it.each<{ target: (typeof COMPUTE_TARGET_IDS)[number]; expected: string }>([
    { target: 'local', expected: 'yes yes no' },
    { target: 'aml-compute', expected: 'yes yes yes' },
    { target: 'remote-vm', expected: 'yes yes yes' },
    { target: 'hdinsight', expected: 'no no yes' },
  ])('$target: run configuration, estimator, pipeline → $expected', ({ target, expected }) => {
    expect(levels(COMPUTE_SUPPORT[target])).toBe(expected);
  });

  it('agrees with what training.ts already says about HDInsight: pipelines only, legacy', () => {
    expect(COMPUTE_TARGETS.hdinsight.today.text).toMatch(/pipelines only/);
    const legacy = rankComputeTargets({}).find((target) => target.id === 'hdinsight')?.cautions ?? [];
    expect(legacy.map((caution) => caution.id)).toContain('hdinsight-legacy');
    expect(COMPUTE_SUPPORT.hdinsight.methods.pipeline.label).toBe('Pipelines only');
  });

  it('every method has somewhere to run, and every target takes some method', () => {
    for (const method of METHOD_IDS) expect(COMPUTE_TARGET_IDS.some((target) => methodRunsOn(method, target))).toBe(true);
    for (const target of COMPUTE_TARGET_IDS) expect(METHOD_IDS.some((method) => methodRunsOn(method, target))).toBe(true);
  });
});

describe('every cell', () => {
  const rows = [...Object.values(FRAMEWORK_SUPPORT), ...Object.values(COMPUTE_SUPPORT)];

  it('has a short label, a sentence and a source on learn.microsoft.com', () => {
    for (const row of rows) {
      expect(row.source.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
      for (const method of METHOD_IDS) {
        const cell = row.methods[method];
        expect(cell.label.split(' ').length).toBeLessThanOrEqual(3);
        expect(cell.text).toMatch(/^[A-Z].*\.$/);
      }
    }
  });

  it('says "no" in words, not only by its level', () => {
    const words: Record<SupportLevel, RegExp> = { yes: /./, 'through-steps': /steps/i, no: /not/i };
    for (const row of rows) {
      for (const method of METHOD_IDS) expect(row.methods[method].label).toMatch(words[row.methods[method].level]);
    }
  });
});
