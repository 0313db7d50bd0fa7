import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { FRAMEWORK_SUPPORT } from './method-support';
import { recommend } from './recommend';
import { COMPUTE_RULES, COMPUTE_RULE_IDS, COMPUTE_TARGETS, METHODS, METHOD_RULES, METHOD_RULE_IDS, frameworkAdvice } from './training';
import { computeOrder, methodOrder } from './testing/ranking-text';

const ALL_METHODS_TIED = 'estimator = pipeline = run-configuration';

describe('training methods', () => {
  it.each<{ label: string; answers: Answers; expected: string }>([
    { label: 'no answers: the three methods tie', answers: {}, expected: ALL_METHODS_TIED },
    { label: 'a multi-step workflow puts the pipeline first', answers: { workflow: 'multi-step' }, expected: 'pipeline > estimator = run-configuration' },
    { label: 'unattended runs put the pipeline first', answers: { needs: ['unattended'] }, expected: 'pipeline > estimator = run-configuration' },
    { label: 'different compute per step puts the pipeline first', answers: { needs: ['mixed-compute'] }, expected: 'pipeline > estimator = run-configuration' },
    { label: 'REST publishing puts the pipeline first', answers: { needs: ['publish'] }, expected: 'pipeline > estimator = run-configuration' },
    { label: 'versioning puts the pipeline first', answers: { needs: ['versioning'] }, expected: 'pipeline > estimator = run-configuration' },
    { label: 'collaboration puts the pipeline first', answers: { needs: ['collaboration'] }, expected: 'pipeline > estimator = run-configuration' },
    { label: 'batch scoring puts the pipeline first', answers: { needs: ['batch-scoring'] }, expected: 'pipeline > estimator = run-configuration' },
    { label: 'a pipeline need beats a setup preference', answers: { workflow: 'single', needs: ['unattended'], framework: 'pytorch', setup: 'ready-made' }, expected: 'pipeline > estimator > run-configuration' },
    { label: 'one script, a popular framework, a ready-made setup: estimator first', answers: { workflow: 'single', framework: 'scikit-learn', setup: 'ready-made' }, expected: 'estimator > run-configuration > pipeline' },
    { label: 'a ready-made setup for another framework: the generic estimator', answers: { workflow: 'single', framework: 'other', setup: 'ready-made' }, expected: 'estimator > run-configuration > pipeline' },
    { label: 'low-level control puts the run configuration first', answers: { workflow: 'single', framework: 'tensorflow', setup: 'low-level' }, expected: 'run-configuration > estimator > pipeline' },
    { label: 'starting locally is the run configuration’s strength', answers: { compute: 'local-first' }, expected: 'run-configuration > estimator = pipeline' },
    { label: 'local first and a popular framework tie the two single-script methods', answers: { compute: 'local-first', framework: 'keras' }, expected: 'estimator = run-configuration > pipeline' },
    { label: '"none of these" needs change nothing', answers: { needs: ['none'] }, expected: ALL_METHODS_TIED },
    { label: '"not sure" changes nothing', answers: { workflow: 'unsure', needs: ['unsure'], framework: 'unsure', setup: 'unsure', compute: 'unsure' }, expected: ALL_METHODS_TIED },
  ])('$label', ({ answers, expected }) => {
    expect(methodOrder(answers)).toBe(expected);
  });

  it('lists each matched pipeline feature as its own reason', () => {
    const pipeline = recommend({ needs: ['unattended', 'publish'] }).methods.find((method) => method.id === 'pipeline');
    expect(pipeline?.reasons.map((reason) => reason.guideline)).toEqual(['unattended-runs', 'reuse-and-publish']);
  });

  it('says a pipeline’s steps can use either of the other methods', () => {
    const pipeline = recommend({}).methods.find((method) => method.id === 'pipeline');
    expect(pipeline?.notes.map((note) => note.id)).toContain('steps-use-other-methods');
    expect(pipeline?.notes[0]?.text).toMatch(/run configuration or an estimator/);
  });

  it.each([
    { method: 'run-configuration' as const, equivalent: /Command job/, mention: /30 June 2026/ },
    { method: 'estimator' as const, equivalent: /Command job/, mention: /1\.19/ },
    { method: 'pipeline' as const, equivalent: /Pipeline job/, mention: /components/ },
  ])('$method names today’s equivalent', ({ method, equivalent, mention }) => {
    expect(METHODS[method].today.equivalent).toMatch(equivalent);
    expect(METHODS[method].today.text).toMatch(mention);
    expect(METHODS[method].today.source.url).toMatch(/^https:\/\/learn\.microsoft\.com\/azure\/machine-learning\//);
  });

  it('warns that estimators are a retired API whenever they are shown', () => {
    const estimator = recommend({ framework: 'pytorch', setup: 'ready-made' }).methods[0];
    expect(estimator?.id).toBe('estimator');
    expect(estimator?.cautions.map((caution) => caution.id)).toContain('estimator-retired');
  });

  it('flags a pipeline as overhead for one plain script', () => {
    const pipeline = recommend({ workflow: 'single' }).methods.find((method) => method.id === 'pipeline');
    expect(pipeline?.cautions.map((caution) => caution.id)).toEqual(['pipeline-overhead']);
  });
});

describe('compute targets', () => {
  it.each<{ answer: Answers['compute']; expected: string }>([
    { answer: 'local-first', expected: 'local > aml-compute = hdinsight = remote-vm' },
    { answer: 'managed-cluster', expected: 'aml-compute > hdinsight = local = remote-vm' },
    { answer: 'own-vm', expected: 'remote-vm > aml-compute = hdinsight = local' },
    { answer: 'spark-cluster', expected: 'hdinsight > aml-compute = local = remote-vm' },
  ])('compute=$answer maps to its target', ({ answer, expected }) => {
    expect(computeOrder({ compute: answer })).toBe(expected);
  });

  it('different compute per step favours no target, and the pipeline says each step picks its own', () => {
    expect(computeOrder({ needs: ['mixed-compute'] })).toBe('aml-compute = hdinsight = local = remote-vm');
    expect(computeOrder({ needs: ['mixed-compute'], compute: 'own-vm' })).toBe(computeOrder({ compute: 'own-vm' }));
    const pipeline = recommend({ needs: ['mixed-compute'] }).methods.find((method) => method.id === 'pipeline');
    expect(pipeline?.notes.map((note) => note.id)).toEqual(['steps-use-other-methods', 'per-step-compute']);
    expect(pipeline?.notes[1]?.text).toMatch(/each step names its own compute target/);
    const without = recommend({ needs: ['publish'] }).methods.find((method) => method.id === 'pipeline');
    expect(without?.notes.map((note) => note.id)).toEqual(['steps-use-other-methods']);
  });

  it('treats HDInsight as legacy', () => {
    const hdinsight = recommend({ compute: 'spark-cluster' }).computeTargets[0];
    expect(hdinsight?.cautions.map((caution) => caution.id)).toContain('hdinsight-legacy');
    expect(COMPUTE_TARGETS.hdinsight.today.text).toMatch(/pipelines only/);
  });

  it('warns that HDInsight takes a single script only inside a pipeline', () => {
    const hdinsight = recommend({ workflow: 'single', compute: 'spark-cluster' }).computeTargets[0];
    expect(hdinsight?.id).toBe('hdinsight');
    expect(hdinsight?.cautions.map((caution) => caution.id)).toEqual(['hdinsight-legacy', 'hdinsight-single-script']);
    expect(hdinsight?.cautions[1]?.text).toMatch(/one-step pipeline, or pick another compute target/);
  });

  it('warns that a local machine will not hold large data', () => {
    const local = recommend({ data: 'large', compute: 'local-first' }).computeTargets.find((target) => target.id === 'local');
    expect(local?.cautions.map((caution) => caution.id)).toContain('local-too-small');
  });
});

describe('framework advice', () => {
  it.each([
    { framework: 'scikit-learn' as const, then: /SKLearn estimator/ },
    { framework: 'tensorflow' as const, then: /TensorFlow estimator/ },
    { framework: 'keras' as const, then: /Keras estimator/ },
    { framework: 'pytorch' as const, then: /PyTorch estimator/ },
    { framework: 'chainer' as const, then: /Chainer estimator/ },
    { framework: 'other' as const, then: /generic estimator/ },
  ])('$framework: what the source offered and what to use today', ({ framework, then }) => {
    const advice = frameworkAdvice({ framework });
    expect(advice?.then).toMatch(then);
    expect(advice?.today).toMatch(/command job/i);
    expect(advice?.sources.every((source) => source.url.startsWith('https://'))).toBe(true);
  });

  it('describes Keras one way everywhere: its own estimator in 2019, a Keras/TensorFlow command job today', () => {
    const result = recommend({ framework: 'keras' });
    const estimator = result.methods.find((method) => method.id === 'estimator');
    expect(estimator?.reasons.find((reason) => reason.guideline === 'popular-framework')?.text).toMatch(/has its own estimator/);
    expect(result.frameworkAdvice?.then).toMatch(/^The Keras estimator/);
    expect(result.frameworkAdvice?.today).toMatch(/^An SDK v2 command job with a Keras\/TensorFlow environment/);
    expect(FRAMEWORK_SUPPORT.keras.methods.estimator.text).toMatch(/estimator for Keras/);
    expect(FRAMEWORK_SUPPORT.keras.methods.estimator.text).not.toMatch(/TensorFlow estimator/);
  });

  it('warns that Chainer is in maintenance mode', () => {
    expect(frameworkAdvice({ framework: 'chainer' })?.cautions.map((caution) => caution.id)).toEqual(['chainer-maintenance']);
  });

  it('gives no advice when no framework is named', () => {
    expect(frameworkAdvice({})).toBeUndefined();
    expect(frameworkAdvice({ framework: 'unsure' })).toBeUndefined();
  });
});

describe('rule tables', () => {
  it('have one rule per listed id, in the listed order', () => {
    expect(METHOD_RULES.map((rule) => rule.id)).toEqual([...METHOD_RULE_IDS]);
    expect(COMPUTE_RULES.map((rule) => rule.id)).toEqual([...COMPUTE_RULE_IDS]);
  });

  it('give every method and compute rule a unique id and an https source', () => {
    for (const rules of [METHOD_RULES, COMPUTE_RULES]) {
      const ids = rules.map((rule) => rule.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const rule of rules) expect(rule.source.url).toMatch(/^https:\/\//);
    }
  });
});
