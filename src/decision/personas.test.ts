import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { recommend } from './recommend';
import { METHODS } from './training-profiles';

interface Persona {
  readonly who: string;
  readonly answers: Answers;
  /** The services that share first place, in any order. */
  readonly firstServices: readonly string[];
  /** The methods that share first place, in any order. */
  readonly firstMethods: readonly string[];
  /** More to check on the result. */
  readonly also?: (result: ReturnType<typeof recommend>) => void;
}

const idsAtRank1 = (options: readonly { id: string; rank: number }[]) => options.filter((option) => option.rank === 1).map((option) => option.id).sort();
const cautionIds = (result: ReturnType<typeof recommend>, service: string) =>
  result.services.find((candidate) => candidate.id === service)?.cautions.map((caution) => caution.id) ?? [];

const ALL_METHODS = ['automl', 'estimator', 'pipeline', 'run-configuration'];

/** Realistic teams, each with the first service(s) and first method(s) the guidance gives them today. */
const PERSONAS: readonly Persona[] = [
  {
    who: 'a team that prefers not to code, wants the studio, little control, little time, no prebuilt fit',
    answers: { language: 'nocode', ui: 'yes', control: 'little', effort: 'little', prebuilt: 'no' },
    firstServices: ['azure-ml'],
    firstMethods: ['automl'],
    also: (result) => {
      expect(result.methods[0]?.name).toBe('Automated ML');
      expect(result.methods[0]?.reasons.map((reason) => reason.guideline)).toEqual(['no-code', 'studio-little-control']);
    },
  },
  {
    who: 'a Python data scientist with one PyTorch script who wants a ready-made setup and full control',
    answers: { control: 'full', language: 'python', prebuilt: 'no', workflow: 'single', framework: 'pytorch', setup: 'ready-made' },
    firstServices: ['azure-ml'],
    firstMethods: ['estimator'],
    also: (result) => {
      expect(result.methods[0]?.name).toBe('Command job with a curated environment');
      expect(result.methods[0]?.lineage.name).toBe('Estimator');
      expect(result.methods.find((method) => method.id === 'automl')?.rank).toBe(4);
    },
  },
  {
    who: 'a SQL team already on Synapse with large data and one platform in mind',
    answers: { language: 'sql', unified: 'yes', existing: ['synapse'], prebuilt: 'no', data: 'large', pyspark: 'yes' },
    firstServices: ['synapse'],
    firstMethods: ALL_METHODS,
    also: (result) => {
      expect(cautionIds(result, 'synapse')).toContain('synapse-automl-retired');
      expect(result.services.find((service) => service.id === 'synapse')?.summary).not.toMatch(/Automated ML/);
      expect(result.services.find((service) => service.id === 'synapse')?.today.text).toMatch(/does not list Synapse/);
    },
  },
  {
    who: 'a Fabric shop that wants one platform for all data work',
    answers: { unified: 'yes', existing: ['fabric'], prebuilt: 'no' },
    firstServices: ['fabric'],
    firstMethods: ALL_METHODS,
  },
  {
    who: 'new Spark-scale work with no platform yet',
    answers: { data: 'large', pyspark: 'yes', existing: ['none'], prebuilt: 'no' },
    firstServices: ['databricks', 'fabric'],
    firstMethods: ALL_METHODS,
    also: (result) => {
      const synapse = result.services.find((service) => service.id === 'synapse')!;
      expect(synapse.rank).toBe(3);
      expect(synapse.reasons.map((reason) => reason.guideline)).toContain('synapse-not-adopted');
    },
  },
  {
    who: 'a vision task that a prebuilt model covers',
    answers: { task: 'vision', prebuilt: 'yes' },
    firstServices: ['ai-services'],
    firstMethods: ALL_METHODS,
    also: (result) => expect(result.services[0]?.name).toBe('Foundry Tools'),
  },
  {
    who: 'a text-generation task with little time',
    answers: { task: 'language', prebuilt: 'yes', effort: 'little' },
    firstServices: ['ai-services'],
    firstMethods: ALL_METHODS,
    also: (result) => {
      const note = result.services[0]?.cautions.find((caution) => caution.id === 'generative-fine-tuning');
      expect(note?.text).toMatch(/fine-tune a generative model/);
      expect(note?.source.url).toBe('https://learn.microsoft.com/azure/foundry/fine-tuning/overview');
    },
  },
  {
    who: 'a no-code team with a scheduled, several-step workflow',
    answers: { language: 'nocode', ui: 'yes', prebuilt: 'no', workflow: 'multi-step', needs: ['unattended'] },
    firstServices: ['azure-ml'],
    firstMethods: ['pipeline'],
    also: (result) => {
      expect(result.methods[0]?.name).toMatch(/designer/);
      expect(result.methods[0]?.reasons.map((reason) => reason.guideline)).toContain('no-code-designer');
    },
  },
  {
    who: 'a Databricks shop with large data that wants full control',
    answers: { control: 'full', data: 'large', pyspark: 'yes', existing: ['databricks'], prebuilt: 'no' },
    firstServices: ['databricks'],
    firstMethods: ALL_METHODS,
  },
  {
    who: 'a Python scripter who wants low-level control and to start locally',
    answers: { language: 'python', workflow: 'single', setup: 'low-level', compute: 'local-first', framework: 'other', prebuilt: 'no' },
    firstServices: ['azure-ml'],
    firstMethods: ['run-configuration'],
    also: (result) => {
      expect(result.methods[0]?.name).toBe('Command job with your own environment');
      expect(result.computeTargets[0]?.id).toBe('local');
    },
  },
  {
    who: 'an analyst predicting from tables in the studio, with little say in the model',
    answers: { task: 'tabular', prebuilt: 'no', ui: 'yes', control: 'little', language: 'python' },
    firstServices: ['azure-ml'],
    firstMethods: ['automl'],
  },
  {
    who: 'a no-code team that nevertheless names scikit-learn',
    answers: { language: 'nocode', ui: 'yes', control: 'little', prebuilt: 'no', framework: 'scikit-learn' },
    firstServices: ['azure-ml'],
    firstMethods: ['estimator'],
    also: (result) => expect(result.methods.find((method) => method.id === 'automl')?.rank).toBe(4),
  },
  {
    who: 'a Python team training one script on a Spark cluster',
    answers: { language: 'python', prebuilt: 'no', workflow: 'single', compute: 'spark-cluster' },
    firstServices: ['azure-ml'],
    firstMethods: ['estimator', 'run-configuration'],
    also: (result) => {
      expect(result.computeTargets[0]?.name).toBe('Serverless Spark compute or an attached Synapse Spark pool');
      expect(result.computeTargets[0]?.lineage.name).toBe('Azure HDInsight');
    },
  },
  {
    who: 'someone who has not answered anything yet',
    answers: {},
    firstServices: ['ai-services', 'azure-ml', 'databricks', 'fabric', 'synapse'],
    firstMethods: ALL_METHODS,
  },
];

describe('personas: the first service and method for realistic teams', () => {
  it.each(PERSONAS)('$who', ({ answers, firstServices, firstMethods, also }) => {
    const result = recommend(answers);
    expect(result.services).toHaveLength(5);
    expect(idsAtRank1(result.services)).toEqual([...firstServices].sort());
    expect(idsAtRank1(result.methods)).toEqual([...firstMethods].sort());
    also?.(result);
  });

  it('heads every method with today’s name and keeps the 2019 name as lineage', () => {
    expect(Object.fromEntries(Object.entries(METHODS).map(([id, method]) => [id, [method.name, method.lineage.name]]))).toEqual({
      'run-configuration': ['Command job with your own environment', 'Run configuration'],
      estimator: ['Command job with a curated environment', 'Estimator'],
      pipeline: ['Pipeline job built from components, or drawn in the designer', 'Machine learning pipeline'],
      automl: ['Automated ML', 'Automated machine learning'],
    });
  });
});
