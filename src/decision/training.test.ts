import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { FRAMEWORK_SUPPORT } from './method-support';
import { recommend } from './recommend';
import { ANSWER_SPACE } from './answers';
import { favouredBy } from './rank';
import { COMPUTE_TARGET_IDS, METHOD_IDS } from './training';
import { COMPUTE_RULES, METHOD_RULES } from './training-rules';
import { computeOrder, methodOrder } from './testing/ranking-text';
import { COMPUTE_TARGETS, METHODS, frameworkAdvice } from './training-profiles';
import * as SOURCES from './sources';
import { COMPUTE_RULE_IDS, METHOD_RULE_IDS } from './training-scoring';

const ALL_METHODS_TIED = 'automl = estimator = pipeline = run-configuration';
const PIPELINE_FIRST = 'pipeline > automl = estimator = run-configuration';

describe('training methods', () => {
  it.each<{ label: string; answers: Answers; expected: string }>([
    { label: 'no answers: the four methods tie', answers: {}, expected: ALL_METHODS_TIED },
    { label: 'a multi-step workflow puts the pipeline first', answers: { workflow: 'multi-step' }, expected: PIPELINE_FIRST },
    { label: 'unattended runs put the pipeline first', answers: { needs: ['unattended'] }, expected: PIPELINE_FIRST },
    { label: 'different compute per step puts the pipeline first', answers: { needs: ['mixed-compute'] }, expected: PIPELINE_FIRST },
    { label: 'REST publishing puts the pipeline first', answers: { needs: ['publish'] }, expected: PIPELINE_FIRST },
    { label: 'versioning puts the pipeline first', answers: { needs: ['versioning'] }, expected: PIPELINE_FIRST },
    { label: 'collaboration puts the pipeline first', answers: { needs: ['collaboration'] }, expected: PIPELINE_FIRST },
    { label: 'batch scoring puts the pipeline first', answers: { needs: ['batch-scoring'] }, expected: PIPELINE_FIRST },
    { label: 'a pipeline need beats a setup preference', answers: { workflow: 'single', needs: ['unattended'], framework: 'pytorch', setup: 'ready-made' }, expected: 'pipeline > estimator > run-configuration > automl' },
    { label: 'one script, a popular framework, a ready-made setup: estimator first', answers: { workflow: 'single', framework: 'scikit-learn', setup: 'ready-made' }, expected: 'estimator > run-configuration > pipeline > automl' },
    { label: 'a ready-made setup for another framework: the generic estimator', answers: { workflow: 'single', framework: 'other', setup: 'ready-made' }, expected: 'estimator > run-configuration > pipeline > automl' },
    { label: 'low-level control puts the run configuration first', answers: { workflow: 'single', framework: 'tensorflow', setup: 'low-level' }, expected: 'run-configuration > estimator > pipeline > automl' },
    { label: 'starting locally is the run configuration’s strength', answers: { compute: 'local-first' }, expected: 'run-configuration > automl = estimator = pipeline' },
    { label: 'local first and a popular framework tie the two single-script methods', answers: { compute: 'local-first', framework: 'keras' }, expected: 'estimator = run-configuration > pipeline > automl' },
    { label: 'no-code: a team that prefers not to code gets Automated ML first', answers: { language: 'nocode' }, expected: 'automl > estimator = pipeline = run-configuration' },
    { label: 'studio-little-control: the studio and little control put Automated ML first', answers: { ui: 'yes', control: 'little' }, expected: 'automl > estimator = pipeline = run-configuration' },
    { label: 'studio-little-control needs both answers: the studio alone moves no method', answers: { ui: 'yes', control: 'full' }, expected: ALL_METHODS_TIED },
    { label: 'studio-little-control needs both answers: little control alone moves no method', answers: { ui: 'no', control: 'little' }, expected: ALL_METHODS_TIED },
    { label: 'the no-code team of the issue: Automated ML first, by two rules', answers: { language: 'nocode', ui: 'yes', control: 'little', effort: 'little', prebuilt: 'no' }, expected: 'automl > estimator = pipeline = run-configuration' },
    { label: 'no-code-designer: a no-code team with several steps draws a pipeline, Automated ML next', answers: { language: 'nocode', workflow: 'multi-step' }, expected: 'pipeline > automl > estimator = run-configuration' },
    { label: 'own-framework-code: a framework of your own puts Automated ML last, even for a no-code team', answers: { language: 'nocode', ui: 'yes', control: 'little', framework: 'pytorch' }, expected: 'estimator > pipeline = run-configuration > automl' },
    { label: 'own-framework-code: "another framework" counts too', answers: { language: 'nocode', framework: 'other' }, expected: 'estimator = pipeline = run-configuration > automl' },
    { label: 'the PyTorch scripter of the issue: the curated-environment command job first', answers: { control: 'full', language: 'python', workflow: 'single', framework: 'pytorch', setup: 'ready-made' }, expected: 'estimator > run-configuration > pipeline > automl' },
    { label: 'Python, the studio and little control still start Automated ML first when no framework is named', answers: { language: 'python', ui: 'yes', control: 'little', workflow: 'single' }, expected: 'automl > estimator = run-configuration > pipeline' },
    { label: '"none of these" needs change nothing', answers: { needs: ['none'] }, expected: ALL_METHODS_TIED },
    { label: '"not sure" changes nothing', answers: { workflow: 'unsure', needs: ['unsure'], framework: 'unsure', setup: 'unsure', compute: 'unsure' }, expected: ALL_METHODS_TIED },
    { label: '"not sure" about the framework does not count against Automated ML', answers: { language: 'nocode', framework: 'unsure' }, expected: 'automl > estimator = pipeline = run-configuration' },
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
    expect(pipeline?.notes[0]?.text).toMatch(/today command jobs or Automated ML/);
    expect(METHODS.pipeline.lineage.summary).toMatch(/its training steps use a run configuration or an estimator, or Automated ML/);
  });

  it.each([
    { method: 'run-configuration' as const, name: 'Command job with your own environment', lineage: 'Run configuration', mention: /ScriptRunConfig belongs to SDK v1; in SDK v2 it maps to a command job/ },
    { method: 'estimator' as const, name: 'Command job with a curated environment', lineage: 'Estimator', mention: /deprecated in SDK 1\.19\.0/ },
    { method: 'pipeline' as const, name: 'Pipeline job built from components, or drawn in the designer', lineage: 'Machine learning pipeline', mention: /pipeline component under a batch endpoint/ },
    { method: 'automl' as const, name: 'Automated ML', lineage: 'Automated machine learning', mention: /from the studio or from code/ },
  ])('$method is headed by today’s way, with the 2019 name beneath', ({ method, name, lineage, mention }) => {
    expect(METHODS[method].name).toBe(name);
    expect(METHODS[method].lineage.name).toBe(lineage);
    expect(METHODS[method].today.text).toMatch(mention);
    expect(METHODS[method].today.source.url).toMatch(/^https:\/\/learn\.microsoft\.com\/azure\/machine-learning\//);
    expect(METHODS[method].firstStep?.url).toMatch(/^https:\/\/learn\.microsoft\.com\/azure\/machine-learning\//);
  });

  it('says where each method comes from: the 2019 page, which lists Automated ML beside the other three', () => {
    for (const id of METHOD_IDS) {
      expect(METHODS[id].lineage.label).toBe('In the 2019 guidance');
      expect(METHODS[id].lineage.summary?.length).toBeGreaterThan(40);
      expect(METHODS[id].name).not.toBe(METHODS[id].lineage.name);
    }
    expect(METHODS.automl.lineage.name).toBe('Automated machine learning');
    expect(METHODS.automl.lineage.source).toBe(SOURCES.trainModels2019);
  });

  it('keeps the estimator’s deprecation on the SDK v1 page that says it, and SDK v1’s end of support in the past tense', () => {
    expect(METHODS.estimator.today.source.url).toBe('https://learn.microsoft.com/azure/machine-learning/how-to-train-keras?view=azureml-api-1');
    for (const id of ['run-configuration', 'estimator'] as const) {
      expect(METHODS[id].today.text).not.toMatch(/ends on 30 June 2026/);
    }
    expect(recommend({}).methods.find((method) => method.id === 'run-configuration')?.cautions[0]?.text).toMatch(/out of support since 30 June 2026/);
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

  it.each([
    { compute: 'local-first' as const, shown: true },
    { compute: 'own-vm' as const, shown: true },
    { compute: 'managed-cluster' as const, shown: false },
    { compute: 'spark-cluster' as const, shown: false },
    { compute: undefined, shown: false },
  ])('Automated ML on compute=$compute: the remote-compute caution shown $shown', ({ compute, shown }) => {
    const automl = recommend(compute === undefined ? { language: 'nocode' } : { language: 'nocode', compute }).methods.find((method) => method.id === 'automl');
    expect(automl?.cautions.map((caution) => caution.id)).toEqual(shown ? ['automl-remote-compute'] : []);
  });

  it.each([...ANSWER_SPACE.framework.values])('never puts Automated ML first for a team that trains %s code of its own, whatever else it says', (framework) => {
    for (const rest of [{}, { language: 'nocode' }, { ui: 'yes', control: 'little' }, { language: 'nocode', ui: 'yes', control: 'little', effort: 'little' }] as const) {
      const methods = recommend({ ...rest, framework }).methods;
      const automl = methods.find((method) => method.id === 'automl');
      expect(automl?.rank).toBe(METHOD_IDS.length);
      expect(automl?.tied).toBe(false);
      expect(automl?.reasons.map((reason) => reason.guideline)).toContain('own-framework-code');
    }
  });
});

describe('every method and compute target', () => {
  it.each([
    { id: 'local' as const, name: 'Your own machine, or a compute instance', lineage: 'Local machine' },
    { id: 'aml-compute' as const, name: 'Compute cluster or serverless compute', lineage: 'Azure Machine Learning Compute' },
    { id: 'remote-vm' as const, name: 'Attached virtual machine', lineage: 'Remote virtual machine' },
    { id: 'hdinsight' as const, name: 'Serverless Spark compute or an attached Synapse Spark pool', lineage: 'Azure HDInsight' },
  ])('compute target $id is headed by today’s name, with the 2019 name beneath', ({ id, name, lineage }) => {
    expect(COMPUTE_TARGETS[id].name).toBe(name);
    expect(COMPUTE_TARGETS[id].lineage).toMatchObject({ name: lineage, label: 'In the 2019 guidance' });
  });

  it('has today’s name, a summary, a today note with a source, and a lineage with a source', () => {
    for (const profile of [...METHOD_IDS.map((id) => METHODS[id]), ...COMPUTE_TARGET_IDS.map((id) => COMPUTE_TARGETS[id])]) {
      expect(profile.name.length).toBeGreaterThan(5);
      expect(profile.summary.length).toBeGreaterThan(40);
      expect(profile.today.text.length).toBeGreaterThan(40);
      expect(profile.today.source.url).toMatch(/^https:\/\//);
      expect(profile.lineage.source.url).toMatch(/^https:\/\//);
    }
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
    expect(pipeline?.notes[1]?.text).toMatch(/coordinates its steps across different compute resources/);
    const without = recommend({ needs: ['publish'] }).methods.find((method) => method.id === 'pipeline');
    expect(without?.notes.map((note) => note.id)).toEqual(['steps-use-other-methods']);
  });

  it('treats HDInsight as legacy, and names the Spark of today', () => {
    const hdinsight = recommend({ compute: 'spark-cluster' }).computeTargets[0];
    expect(hdinsight?.id).toBe('hdinsight');
    expect(hdinsight?.cautions.map((caution) => caution.id)).toEqual(['hdinsight-legacy']);
    expect(hdinsight?.cautions[0]?.text).toMatch(/^Legacy: HDInsight is attached through SDK v1 instructions/);
    expect(COMPUTE_TARGETS.hdinsight.today.text).toMatch(/serverless Spark compute or an attached Synapse Spark pool/);
  });

  it('never says HDInsight ran pipeline steps only: a run configuration ran one script on it', () => {
    for (const workflow of ['single', 'multi-step', undefined] as const) {
      const hdinsight = recommend(workflow === undefined ? { compute: 'spark-cluster' } : { workflow, compute: 'spark-cluster' }).computeTargets.find((target) => target.id === 'hdinsight');
      expect(hdinsight?.cautions.map((caution) => caution.id)).toEqual(['hdinsight-legacy']);
      for (const text of [hdinsight?.today.text, hdinsight?.summary, hdinsight?.lineage.summary, ...(hdinsight?.cautions.map((caution) => caution.text) ?? [])]) {
        expect(text).not.toMatch(/pipelines? (steps )?only|only (runs )?pipeline|one-step pipeline/i);
      }
    }
  });

  it('warns that a local machine will not hold large data', () => {
    const local = recommend({ data: 'large', compute: 'local-first' }).computeTargets.find((target) => target.id === 'local');
    expect(local?.cautions.map((caution) => caution.id)).toContain('local-too-small');
  });
});

describe('framework advice', () => {
  it.each([
    { framework: 'scikit-learn' as const, then: /^The SKLearn estimator/ },
    { framework: 'tensorflow' as const, then: /^The TensorFlow estimator/ },
    { framework: 'keras' as const, then: /ran through the TensorFlow estimator/ },
    { framework: 'pytorch' as const, then: /^The PyTorch estimator/ },
    { framework: 'chainer' as const, then: /^The Chainer estimator/ },
    { framework: 'other' as const, then: /generic estimator/ },
  ])('$framework: what the source offered and what to use today', ({ framework, then }) => {
    const advice = frameworkAdvice({ framework });
    expect(advice?.then).toMatch(then);
    expect(advice?.today).toMatch(/command job/i);
    expect(advice?.sources.every((source) => source.url.startsWith('https://'))).toBe(true);
  });

  it('describes Keras one way everywhere: the 2019 page lists it loosely, the SDK ran it through the TensorFlow estimator', () => {
    const result = recommend({ framework: 'keras' });
    const estimator = result.methods.find((method) => method.id === 'estimator');
    const reason = estimator?.reasons.find((candidate) => candidate.guideline === 'popular-framework')?.text;
    expect(reason).toMatch(/2019 guidance gave a ready-made setup/);
    expect(result.frameworkAdvice?.then).toMatch(/Keras jobs ran through the TensorFlow estimator/);
    expect(result.frameworkAdvice?.today).toMatch(/TensorFlow environment/);
    expect(result.frameworkAdvice?.sources.map((source) => source.url)).toEqual([
      'https://learn.microsoft.com/azure/machine-learning/how-to-train-keras?view=azureml-api-1',
      'https://learn.microsoft.com/azure/machine-learning/how-to-train-keras',
    ]);
    expect(FRAMEWORK_SUPPORT.keras.methods.estimator).toMatchObject({ level: 'yes', label: '2019: TensorFlow estimator' });
    expect(FRAMEWORK_SUPPORT.keras.methods.estimator.text).toMatch(/ran through the TensorFlow estimator/);
    // The old wrong claim: the SDK never had a Keras estimator of its own.
    for (const text of [reason, result.frameworkAdvice?.then, result.frameworkAdvice?.today, FRAMEWORK_SUPPORT.keras.methods.estimator.text, FRAMEWORK_SUPPORT.keras.methods.estimator.label]) {
      expect(text).not.toMatch(/Keras estimator|estimator (class )?for Keras|its own estimator|Own estimator/i);
    }
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

  it('give every method and compute rule a unique id, an https source and cases that move an option', () => {
    for (const rules of [METHOD_RULES, COMPUTE_RULES]) {
      const ids = rules.map((rule) => rule.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const rule of rules) {
        expect(rule.source.url).toMatch(/^https:\/\//);
        expect(rule.statement.length).toBeGreaterThan(20);
        expect(rule.cases.length).toBeGreaterThan(0);
        for (const ruleCase of rule.cases) {
          expect(ruleCase.when.length).toBeGreaterThan(0);
          expect(ruleCase.options.length).toBeGreaterThan(0);
          expect(ruleCase.points).not.toBe(0);
          expect(ruleCase.text.length).toBeGreaterThan(20);
        }
      }
    }
  });

  it('lift Automated ML for a no-code or studio team, and count against it only for a team with its own framework code', () => {
    const byId = Object.fromEntries(METHOD_RULES.map((rule) => [rule.id, rule]));
    expect(METHOD_RULES.filter((rule) => favouredBy(rule).includes('automl')).map((rule) => rule.id)).toEqual(['no-code', 'studio-little-control']);
    expect(byId['own-framework-code']?.cases).toEqual([
      expect.objectContaining({ when: [{ question: 'framework', is: [...ANSWER_SPACE.framework.values] }], options: ['automl'], points: -1000 }),
    ]);
    expect(byId['no-code-designer']?.cases).toEqual([
      expect.objectContaining({ when: [{ question: 'language', is: ['nocode'] }, { question: 'workflow', is: ['multi-step'] }], options: ['pipeline'], points: 10 }),
    ]);
    for (const id of ['no-code', 'studio-little-control', 'own-framework-code', 'no-code-designer']) {
      expect(byId[id]?.source.url, id).toMatch(/^https:\/\/learn\.microsoft\.com\/azure\/machine-learning\//);
    }
  });
});
