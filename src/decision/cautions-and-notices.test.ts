import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import type { Note } from './rank';
import type { Recommendation } from './recommend';
import { recommend } from './recommend';
import { SERVICES } from './services';
import { COMPUTE_TARGETS, METHODS } from './training';
import { singlesAndPairs } from './testing/answer-samples';

/** Where a note can sit on a result, and how to read it back. */
type Place =
  | { readonly kind: 'service' | 'method' | 'compute'; readonly option: string }
  | { readonly kind: 'framework' };

function cautionsAt(result: Recommendation, place: Place): readonly Note[] {
  if (place.kind === 'framework') return result.frameworkAdvice?.cautions ?? [];
  const options = place.kind === 'service' ? result.services : place.kind === 'method' ? result.methods : result.computeTargets;
  return options.find((option) => option.id === place.option)?.cautions ?? [];
}

const idsAt = (answers: Answers, place: Place) => cautionsAt(recommend(answers), place).map((caution) => caution.id);

interface CautionCase {
  readonly id: string;
  readonly place: Place;
  /** Answers that call for the caution. */
  readonly shownWith: Answers;
  /** Answers that do not, or undefined when the caution holds whatever the answers. */
  readonly notWith: Answers | undefined;
}

const service = (option: string): Place => ({ kind: 'service', option });
const method = (option: string): Place => ({ kind: 'method', option });
const compute = (option: string): Place => ({ kind: 'compute', option });

/** Every caution the module can give. A caution removed, renamed or added without a row here fails a test. */
const CAUTIONS: readonly CautionCase[] = [
  { id: 'prebuilt-little-control', place: service('ai-services'), shownWith: { control: 'full' }, notWith: { control: 'little' } },
  { id: 'check-prebuilt-fit', place: service('ai-services'), shownWith: { task: 'vision' }, notWith: { task: 'vision', prebuilt: 'yes' } },
  { id: 'prebuilt-tabular-fit', place: service('ai-services'), shownWith: { task: 'tabular', prebuilt: 'unsure' }, notWith: { task: 'tabular', prebuilt: 'no' } },
  { id: 'needs-pyspark', place: service('databricks'), shownWith: { data: 'large' }, notWith: { data: 'standard' } },
  { id: 'needs-pyspark', place: service('synapse'), shownWith: { data: 'large', pyspark: 'yes' }, notWith: { data: 'large', pyspark: 'no' } },
  { id: 'pyspark-gap', place: service('synapse'), shownWith: { data: 'large', pyspark: 'no' }, notWith: { data: 'large', pyspark: 'yes' } },
  { id: 'pyspark-gap', place: service('databricks'), shownWith: { data: 'large', pyspark: 'no' }, notWith: { data: 'large' } },
  { id: 'large-data-outside-spark', place: service('azure-ml'), shownWith: { data: 'large' }, notWith: { data: 'standard' } },
  { id: 'python-centred', place: service('azure-ml'), shownWith: { language: 'sql' }, notWith: { language: 'python' } },
  { id: 'sdk-v1-retired', place: service('azure-ml'), shownWith: {}, notWith: undefined },
  { id: 'estimator-retired', place: method('estimator'), shownWith: {}, notWith: undefined },
  { id: 'run-configuration-v1', place: method('run-configuration'), shownWith: {}, notWith: undefined },
  { id: 'pipeline-overhead', place: method('pipeline'), shownWith: { workflow: 'single' }, notWith: { workflow: 'single', needs: ['publish'] } },
  { id: 'local-too-small', place: compute('local'), shownWith: { data: 'large' }, notWith: { data: 'standard' } },
  { id: 'cluster-scale-to-zero', place: compute('aml-compute'), shownWith: {}, notWith: undefined },
  { id: 'vm-maintenance', place: compute('remote-vm'), shownWith: {}, notWith: undefined },
  { id: 'hdinsight-legacy', place: compute('hdinsight'), shownWith: {}, notWith: undefined },
  { id: 'hdinsight-single-script', place: compute('hdinsight'), shownWith: { workflow: 'single', compute: 'spark-cluster' }, notWith: { workflow: 'multi-step', compute: 'spark-cluster' } },
  { id: 'hdinsight-single-script', place: compute('hdinsight'), shownWith: { workflow: 'single', compute: 'spark-cluster' }, notWith: { workflow: 'single', compute: 'managed-cluster' } },
  { id: 'chainer-maintenance', place: { kind: 'framework' }, shownWith: { framework: 'chainer' }, notWith: { framework: 'pytorch' } },
];

const placeName = (place: Place) => (place.kind === 'framework' ? 'framework advice' : `${place.kind} ${place.option}`);
const SAMPLES = singlesAndPairs();

describe('every caution', () => {
  it.each(CAUTIONS.map((row) => ({ ...row, label: `${row.id} on ${placeName(row.place)} for ${JSON.stringify(row.shownWith)}` })))(
    '$label',
    ({ id, place, shownWith, notWith }) => {
      expect(idsAt(shownWith, place)).toContain(id);
      const caution = cautionsAt(recommend(shownWith), place).find((candidate) => candidate.id === id)!;
      expect(caution.text.length).toBeGreaterThan(30);
      if (caution.source !== undefined) expect(caution.source.url).toMatch(/^https:\/\//);
      if (notWith !== undefined) expect(idsAt(notWith, place)).not.toContain(id);
    },
  );

  it.each(CAUTIONS.filter((row) => row.notWith === undefined).map((row) => ({ ...row, label: `${row.id} on ${placeName(row.place)}` })))(
    '$label holds whatever the answers',
    ({ id, place }) => {
      for (const answers of SAMPLES) expect(idsAt(answers, place)).toContain(id);
    },
  );

  it('has a row above for each caution any answers produce, and no other', () => {
    const seen = new Set<string>();
    const places: Place[] = [
      ...['azure-ml', 'databricks', 'synapse', 'ai-services'].map(service),
      ...['run-configuration', 'estimator', 'pipeline'].map(method),
      ...['local', 'aml-compute', 'remote-vm', 'hdinsight'].map(compute),
      { kind: 'framework' },
    ];
    for (const answers of SAMPLES) {
      const result = recommend(answers);
      for (const place of places) for (const caution of cautionsAt(result, place)) seen.add(`${caution.id} on ${placeName(place)}`);
    }
    expect([...seen].sort()).toEqual([...new Set(CAUTIONS.map((row) => `${row.id} on ${placeName(row.place)}`))].sort());
  });
});

describe('every note on a training method or compute target', () => {
  const noteIds = (answers: Answers, option: string) =>
    [...recommend(answers).methods, ...recommend(answers).computeTargets].find((candidate) => candidate.id === option)?.notes.map((note) => note.id) ?? [];

  it.each<{ label: string; id: string; option: string; shownWith: Answers; notWith: Answers | undefined }>([
    { label: 'steps-use-other-methods on the pipeline, always', id: 'steps-use-other-methods', option: 'pipeline', shownWith: {}, notWith: undefined },
    { label: 'per-step-compute on the pipeline for different compute per step', id: 'per-step-compute', option: 'pipeline', shownWith: { needs: ['mixed-compute'] }, notWith: { needs: ['publish'] } },
  ])('$label', ({ id, option, shownWith, notWith }) => {
    expect(noteIds(shownWith, option)).toContain(id);
    if (notWith !== undefined) expect(noteIds(notWith, option)).not.toContain(id);
  });

  it('has a case above for each note any answers produce, and no other', () => {
    const seen = new Set(
      SAMPLES.flatMap((answers) => {
        const result = recommend(answers);
        return [...result.methods, ...result.computeTargets].flatMap((option) => option.notes.map((note) => `${note.id} on ${option.id}`));
      }),
    );
    expect([...seen].sort()).toEqual(['per-step-compute on pipeline', 'steps-use-other-methods on pipeline']);
  });
});

describe('every notice', () => {
  const noticeIds = (answers: Answers) => recommend(answers).notices.map((notice) => notice.id);

  it.each<{ label: string; id: string; answers: Answers; shown: boolean }>([
    { label: 'guidelines-only with no answers', id: 'guidelines-only', answers: {}, shown: true },
    { label: 'guidelines-only with many answers', id: 'guidelines-only', answers: { prebuilt: 'no', control: 'full', language: 'python', ui: 'yes', workflow: 'single' }, shown: true },
    { label: 'few-answers with no answers', id: 'few-answers', answers: {}, shown: true },
    { label: 'few-answers with two service answers', id: 'few-answers', answers: { task: 'vision', ui: 'no' }, shown: true },
    { label: 'few-answers: "not sure" does not count as an answer', id: 'few-answers', answers: { task: 'unsure', control: 'unsure', ui: 'unsure' }, shown: true },
    { label: 'few-answers: an answer to a question not shown does not count', id: 'few-answers', answers: { data: 'standard', pyspark: 'yes', ui: 'no' }, shown: true },
    { label: 'few-answers: training answers do not count', id: 'few-answers', answers: { workflow: 'single', framework: 'pytorch', setup: 'ready-made' }, shown: true },
    { label: 'few-answers: "not sure" in a multi question does not count either', id: 'few-answers', answers: { task: 'vision', ui: 'no', existing: ['unsure'] }, shown: true },
    { label: 'few-answers: "none of these" counts as an answer', id: 'few-answers', answers: { task: 'vision', ui: 'no', existing: ['none'] }, shown: false },
    { label: 'few-answers gone with three service answers', id: 'few-answers', answers: { task: 'vision', control: 'some', ui: 'no' }, shown: false },
    { label: 'all-tied with no answers', id: 'all-tied', answers: {}, shown: true },
    { label: 'all-tied with answers that state no preference', id: 'all-tied', answers: { task: 'vision', control: 'some', ui: 'no' }, shown: true },
    { label: 'all-tied gone when a guideline separates services', id: 'all-tied', answers: { ui: 'yes' }, shown: false },
    { label: 'all-tied gone when only a factor separates services', id: 'all-tied', answers: { existing: ['synapse'] }, shown: false },
    { label: 'training-not-planned when AI Services leads', id: 'training-not-planned', answers: { prebuilt: 'yes' }, shown: true },
    { label: 'training-not-planned when the Spark services lead', id: 'training-not-planned', answers: { unified: 'yes' }, shown: true },
    { label: 'training-not-planned gone when Azure ML shares first place', id: 'training-not-planned', answers: { control: 'full' }, shown: false },
    { label: 'training-not-planned gone when training is planned anyway', id: 'training-not-planned', answers: { prebuilt: 'yes', workflow: 'single' }, shown: false },
    { label: 'training-not-planned stays when the workflow answer is "not sure"', id: 'training-not-planned', answers: { prebuilt: 'yes', workflow: 'unsure' }, shown: true },
  ])('$label', ({ id, answers, shown }) => {
    if (shown) expect(noticeIds(answers)).toContain(id);
    else expect(noticeIds(answers)).not.toContain(id);
  });

  it('has a case above for each notice any answers produce, and no other', () => {
    const seen = new Set(SAMPLES.flatMap(noticeIds));
    expect([...seen].sort()).toEqual(['all-tied', 'few-answers', 'guidelines-only', 'training-not-planned']);
  });

  it('puts guidelines-only first, with its source, on every result', () => {
    for (const answers of SAMPLES) {
      const [first] = recommend(answers).notices;
      expect(first?.id).toBe('guidelines-only');
      expect(first?.text).toMatch(/guidelines, not rules/);
      expect(first?.source?.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    }
  });
});

describe('trainingApplies', () => {
  it.each<{ label: string; answers: Answers; applies: boolean }>([
    { label: 'no answers: Azure ML shares first place', answers: {}, applies: true },
    { label: 'full control: Azure ML shares first place', answers: { control: 'full' }, applies: true },
    { label: 'Python: Azure ML alone first', answers: { language: 'python' }, applies: true },
    { label: 'a prebuilt model suits: AI Services leads', answers: { prebuilt: 'yes' }, applies: false },
    { label: 'one data platform: the Spark services lead', answers: { unified: 'yes' }, applies: false },
    { label: 'large data: the Spark services lead', answers: { data: 'large' }, applies: false },
    { label: 'large data without PySpark: nothing separates the services', answers: { data: 'large', pyspark: 'no' }, applies: true },
    { label: 'owning Databricks tips it ahead', answers: { existing: ['databricks'] }, applies: false },
    { label: 'planned anyway: a workflow answer opts in', answers: { prebuilt: 'yes', workflow: 'single' }, applies: true },
    { label: 'planned anyway: a compute answer opts in', answers: { unified: 'yes', compute: 'own-vm' }, applies: true },
    { label: 'planned anyway: "none of these" needs is a real answer', answers: { prebuilt: 'yes', needs: ['none'] }, applies: true },
    { label: '"not sure" about the workflow does not opt in', answers: { prebuilt: 'yes', workflow: 'unsure' }, applies: false },
    { label: '"not sure" about the needs does not opt in', answers: { unified: 'yes', needs: ['unsure'] }, applies: false },
    { label: '"not sure" to every training question does not opt in', answers: { prebuilt: 'yes', workflow: 'unsure', needs: ['unsure'], framework: 'unsure', setup: 'unsure', compute: 'unsure' }, applies: false },
    { label: 'one real answer among "not sure"s opts in', answers: { prebuilt: 'yes', workflow: 'unsure', needs: ['unsure'], framework: 'keras' }, applies: true },
  ])('$label', ({ answers, applies }) => {
    const result = recommend(answers);
    expect(result.trainingApplies).toBe(applies);
    expect(result.notices.some((notice) => notice.id === 'training-not-planned')).toBe(!applies);
  });
});

/** The dated facts from the brief. Changing a date, or dropping a fact, fails here. */
describe('what the platform looks like today', () => {
  it.each<{ label: string; text: () => string; says: readonly (string | RegExp)[] }>([
    { label: 'Azure ML: SDK v1 deprecated on 31 March 2025', text: () => SERVICES['azure-ml'].today.text, says: ['SDK v1 was deprecated on 31 March 2025'] },
    { label: 'Azure ML: SDK v1 support ended on 30 June 2026', text: () => SERVICES['azure-ml'].today.text, says: ['support ended on 30 June 2026'] },
    { label: 'Azure ML: CLI v1 support ended on 30 September 2025', text: () => SERVICES['azure-ml'].today.text, says: ['CLI v1 support ended on 30 September 2025'] },
    { label: 'Azure ML: runs and experiments became jobs', text: () => SERVICES['azure-ml'].today.text, says: [/runs and experiments are jobs/i] },
    { label: 'Azure ML: training today is command jobs, Automated ML, pipeline jobs from components, the designer, CLI v2', text: () => SERVICES['azure-ml'].today.text, says: ['command job', 'Automated ML', 'pipeline job built from components', 'the designer', 'CLI v2'] },
    { label: 'Azure ML: the today note links the page on training options today', text: () => SERVICES['azure-ml'].today.source!.url, says: ['https://learn.microsoft.com/azure/machine-learning/concept-train-machine-learning-model'] },
    { label: 'run configuration: SDK v1, out of support since 30 June 2026', text: () => METHODS['run-configuration'].today.text, says: ['ScriptRunConfig', '30 June 2026'] },
    { label: 'run configuration: today a command job', text: () => METHODS['run-configuration'].today.equivalent, says: ['Command job', 'command()', 'Environment'] },
    { label: 'estimator: deprecated in SDK 1.19 for ScriptRunConfig', text: () => METHODS.estimator.today.text, says: ['deprecated in SDK 1.19 in favour of ScriptRunConfig'] },
    { label: 'estimator: today a command job', text: () => METHODS.estimator.today.equivalent, says: ['Command job'] },
    { label: 'pipeline: today a pipeline job built from components', text: () => METHODS.pipeline.today.equivalent, says: ['Pipeline job built from components'] },
    { label: 'Synapse: not retired, data science continues in Fabric', text: () => SERVICES.synapse.today.text, says: ['Synapse is not retired', 'Microsoft Fabric'] },
    { label: 'AI Services: now Foundry Tools, same overview address', text: () => SERVICES['ai-services'].today.text, says: ['now called Foundry Tools', 'keeps its address'] },
    { label: 'HDInsight: pipelines only, legacy', text: () => COMPUTE_TARGETS.hdinsight.today.text, says: ['compute target for pipelines only', 'legacy'] },
  ])('$label', ({ text, says }) => {
    for (const fact of says) expect(text()).toMatch(typeof fact === 'string' ? new RegExp(fact.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : fact);
  });

  it.each<{ label: string; id: string; place: Place; says: string }>([
    { label: 'the SDK v1 caution on Azure ML', id: 'sdk-v1-retired', place: service('azure-ml'), says: 'SDK v1' },
    { label: 'the estimator caution names SDK 1.19', id: 'estimator-retired', place: method('estimator'), says: 'deprecated since SDK 1.19' },
    { label: 'the run configuration caution says SDK v1 is out of support', id: 'run-configuration-v1', place: method('run-configuration'), says: 'SDK v1, which is out of support' },
    { label: 'the HDInsight caution says legacy, pipelines only', id: 'hdinsight-legacy', place: compute('hdinsight'), says: 'pipelines only' },
  ])('$label', ({ id, place, says }) => {
    const caution = cautionsAt(recommend({}), place).find((candidate) => candidate.id === id);
    expect(caution?.text).toContain(says);
  });

  it('names no date but the ones above (and Chainer’s end of development)', () => {
    const texts = [
      ...Object.values(SERVICES).map((profile) => profile.today.text),
      ...[...Object.values(METHODS), ...Object.values(COMPUTE_TARGETS)].map((profile) => profile.today.text),
      ...SAMPLES.flatMap((answers) => {
        const result = recommend(answers);
        return [
          ...[...result.services, ...result.methods, ...result.computeTargets].flatMap((option) => option.cautions.map((caution) => caution.text)),
          ...(result.frameworkAdvice?.cautions.map((caution) => caution.text) ?? []),
        ];
      }),
    ];
    const dates = new Set(texts.flatMap((text) => text.match(/\b(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/g) ?? []));
    expect([...dates].sort()).toEqual(['30 June 2026', '30 September 2025', '31 March 2025', 'December 2019']);
  });
});
