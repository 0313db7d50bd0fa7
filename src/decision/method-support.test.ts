import { describe, expect, it } from 'vitest';
import { ANSWER_SPACE } from './answers';
import { COMPUTE_SUPPORT, FRAMEWORK_SUPPORT } from './method-support';
import * as SOURCES from './sources';
import type { SupportLevel } from './method-support';
import type { ComputeTargetId, MethodId } from './training';

/** True when a method can train on a compute target (a pipeline through its steps counts). */
const methodRunsOn = (method: MethodId, target: ComputeTargetId) => COMPUTE_SUPPORT[target].methods[method].level !== 'no';
import { COMPUTE_TARGET_IDS, METHOD_IDS } from './training';
import { COMPUTE_TARGETS, METHODS, frameworkAdvice } from './training-profiles';
import { rankComputeTargets } from './recommend';

const levels = (row: (typeof COMPUTE_SUPPORT)[keyof typeof COMPUTE_SUPPORT]) =>
  METHOD_IDS.map((method) => row.methods[method].level).join(' ');

describe('which method supports which framework', () => {
  it('covers every framework the questionnaire offers, and only those', () => {
    expect(Object.keys(FRAMEWORK_SUPPORT)).toEqual([...ANSWER_SPACE.framework.values]);
  });

  it.each(['scikit-learn', 'tensorflow', 'pytorch', 'chainer'] as const)(
    '%s has an estimator of its own, as the SDK reference lists',
    (framework) => {
      expect(FRAMEWORK_SUPPORT[framework].methods.estimator).toMatchObject({ level: 'yes', label: '2019: own estimator' });
    },
  );

  it('Keras has no estimator of its own: its jobs ran through the TensorFlow estimator', () => {
    expect(FRAMEWORK_SUPPORT.keras.methods.estimator).toMatchObject({ level: 'yes', label: '2019: TensorFlow estimator' });
    expect(FRAMEWORK_SUPPORT.keras.methods.estimator.text).toMatch(/Keras jobs ran through the TensorFlow estimator/);
    expect(FRAMEWORK_SUPPORT.keras.methods.estimator.source?.url).toBe('https://learn.microsoft.com/azure/machine-learning/how-to-train-keras?view=azureml-api-1');
    for (const row of Object.values(FRAMEWORK_SUPPORT)) {
      for (const method of METHOD_IDS) {
        expect(row.methods[method].text).not.toMatch(/Keras estimator|estimator class for Keras|estimator for Keras/i);
      }
    }
  });

  it('another framework gets the generic estimator', () => {
    expect(FRAMEWORK_SUPPORT.other.methods.estimator).toMatchObject({ level: 'yes', label: '2019: generic estimator' });
  });

  it.each([...ANSWER_SPACE.framework.values])(
    '%s: a run configuration takes any framework, a pipeline trains it through its steps, Automated ML does not run it',
    (framework) => {
      const row = FRAMEWORK_SUPPORT[framework];
      expect(row.methods['run-configuration'].level).toBe('yes');
      expect(row.methods.pipeline.level).toBe('through-steps');
      // The pipeline note in METHODS says the same thing; the two must not drift apart.
      expect(METHODS.pipeline.notes.map((note) => note.text).join(' ')).toMatch(/training steps use the other methods/);
      expect(row.methods.pipeline.text).toMatch(/training steps, which use the other methods/);
      // Automated ML picks its own algorithms, as the own-framework-code rule says.
      expect(row.methods.automl.level).toBe('no');
      expect(row.methods.automl.text).toMatch(/of its own choosing, not your framework code/);
      expect(frameworkAdvice({ framework })).toBeDefined();
    },
  );
});

describe('which method runs on which compute target', () => {
  it('covers the four compute targets of the source, in their order', () => {
    expect(Object.keys(COMPUTE_SUPPORT)).toEqual([...COMPUTE_TARGET_IDS]);
  });

  it.each<{ target: (typeof COMPUTE_TARGET_IDS)[number]; expected: string }>([
    { target: 'local', expected: 'yes yes yes yes' },
    { target: 'aml-compute', expected: 'yes yes yes yes' },
    { target: 'remote-vm', expected: 'yes yes yes no' },
    { target: 'hdinsight', expected: 'no no yes no' },
  ])('$target: run configuration, estimator, pipeline, Automated ML → $expected', ({ target, expected }) => {
    expect(levels(COMPUTE_SUPPORT[target])).toBe(expected);
  });

  it('Spark in Azure Machine Learning takes no command job, but runs a pipeline’s Spark components', () => {
    expect(COMPUTE_SUPPORT.hdinsight.methods['run-configuration']).toMatchObject({ level: 'no', label: 'Not today', source: SOURCES.amlSpark });
    expect(COMPUTE_SUPPORT.hdinsight.methods['run-configuration'].text).toMatch(/a command job is not among them/);
    expect(COMPUTE_SUPPORT.hdinsight.methods.pipeline).toMatchObject({ level: 'yes', source: SOURCES.amlSpark });
    expect(COMPUTE_SUPPORT.hdinsight.source.url).toBe('https://learn.microsoft.com/azure/machine-learning/how-to-train-model?view=azureml-api-1');
    const legacy = rankComputeTargets({}).find((target) => target.id === 'hdinsight')?.cautions ?? [];
    expect(legacy.map((caution) => caution.id)).toEqual(['hdinsight-legacy']);
    for (const text of [COMPUTE_TARGETS.hdinsight.today.text, ...legacy.map((caution) => caution.text), ...METHOD_IDS.flatMap((method) => [COMPUTE_SUPPORT.hdinsight.methods[method].label, COMPUTE_SUPPORT.hdinsight.methods[method].text])]) {
      expect(text).not.toMatch(/pipelines only/i);
    }
  });

  it('Automated ML needs remote compute, as its caution says: a compute instance, not your own machine or an attached VM', () => {
    for (const target of ['local', 'remote-vm'] as const) {
      expect(COMPUTE_SUPPORT[target].methods.automl.text).toMatch(/need remote compute in the workspace, such as a compute cluster or a compute instance/);
      expect(COMPUTE_SUPPORT[target].methods.automl.source).toBe(SOURCES.automlSdk);
    }
    expect(COMPUTE_SUPPORT['remote-vm'].methods.automl.level).toBe('no');
    // The local row stands for the compute instance too (its heading today), where Automated ML runs.
    expect(COMPUTE_SUPPORT.local.methods.automl).toMatchObject({ level: 'yes', label: 'Compute instance only' });
    expect(COMPUTE_SUPPORT.local.methods.automl.text).toMatch(/^On a compute instance, not on your own machine/);
    expect(COMPUTE_SUPPORT['aml-compute'].methods.automl.level).toBe('yes');
  });

  it('every method has somewhere to run, and every target takes some method', () => {
    for (const method of METHOD_IDS) expect(COMPUTE_TARGET_IDS.some((target) => methodRunsOn(method, target))).toBe(true);
    for (const target of COMPUTE_TARGET_IDS) expect(METHOD_IDS.some((method) => methodRunsOn(method, target))).toBe(true);
  });
});

describe('every cell', () => {
  const rows = [...Object.values(FRAMEWORK_SUPPORT), ...Object.values(COMPUTE_SUPPORT)];

  it('has a short label, a sentence and a source on learn.microsoft.com, or the 2019 page in the MicrosoftDocs repository', () => {
    for (const row of rows) {
      expect(row.source.url).toMatch(/^https:\/\/(learn\.microsoft\.com\/|github\.com\/MicrosoftDocs\/azure-docs\/blob\/)/);
      for (const method of METHOD_IDS) {
        const cell = row.methods[method];
        expect(cell.label.split(' ').length).toBeLessThanOrEqual(3);
        expect(cell.text).toMatch(/^[A-Z].*\.$/);
      }
    }
  });

  it('says "no" in words, not only by its level', () => {
    const words: Record<SupportLevel, RegExp> = { yes: /./, 'through-steps': /steps/i, no: /not/i };
    for (const [id, row] of [...Object.entries(FRAMEWORK_SUPPORT), ...Object.entries(COMPUTE_SUPPORT)]) {
      for (const method of METHOD_IDS) expect(row.methods[method].label, `${id} × ${method}`).toMatch(words[row.methods[method].level]);
    }
  });
});
