import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import type { Note } from './rank';
import type { Recommendation } from './recommend';
import { recommend } from './recommend';
import { COMPUTE_SUPPORT, FRAMEWORK_SUPPORT } from './method-support';
import * as SOURCES from './sources';
import { singlesAndPairs } from './testing/answer-samples';
import { productTexts } from './testing/product-text';
import { GUIDANCE_REVIEWED_ON } from './ranking';
import { SERVICES } from './service-profiles';
import { COMPUTE_TARGETS, METHODS, frameworkAdvice } from './training-profiles';

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
  { id: 'fabric-needs-spark', place: service('fabric'), shownWith: { data: 'large', pyspark: 'yes' }, notWith: { data: 'standard', pyspark: 'yes' } },
  { id: 'pyspark-gap', place: service('synapse'), shownWith: { data: 'large', pyspark: 'no' }, notWith: { data: 'large', pyspark: 'yes' } },
  { id: 'pyspark-gap', place: service('databricks'), shownWith: { data: 'large', pyspark: 'no' }, notWith: { data: 'large' } },
  { id: 'fabric-spark-gap', place: service('fabric'), shownWith: { data: 'large', pyspark: 'no' }, notWith: { data: 'large', pyspark: 'unsure' } },
  { id: 'synapse-automl-retired', place: service('synapse'), shownWith: {}, notWith: undefined },
  { id: 'synapse-spark-24-disabled', place: service('synapse'), shownWith: {}, notWith: undefined },
  { id: 'synapse-linked-service-closed', place: service('synapse'), shownWith: {}, notWith: undefined },
  { id: 'generative-fine-tuning', place: service('ai-services'), shownWith: { task: 'language' }, notWith: { task: 'vision' } },
  { id: 'custom-vision-retiring', place: service('ai-services'), shownWith: { task: 'vision', prebuilt: 'yes' }, notWith: { task: 'document', prebuilt: 'yes' } },
  { id: 'generative-fine-tuning', place: service('ai-services'), shownWith: { task: 'language', prebuilt: 'yes' }, notWith: { task: 'document', prebuilt: 'yes' } },
  { id: 'large-data-outside-spark', place: service('azure-ml'), shownWith: { data: 'large' }, notWith: { data: 'standard' } },
  { id: 'python-centred', place: service('azure-ml'), shownWith: { language: 'sql' }, notWith: { language: 'python' } },
  { id: 'sdk-v1-retired', place: service('azure-ml'), shownWith: {}, notWith: undefined },
  { id: 'estimator-retired', place: method('estimator'), shownWith: {}, notWith: undefined },
  { id: 'run-configuration-v1', place: method('run-configuration'), shownWith: {}, notWith: undefined },
  { id: 'automl-remote-compute', place: method('automl'), shownWith: { compute: 'local-first' }, notWith: { compute: 'managed-cluster' } },
  { id: 'automl-remote-compute', place: method('automl'), shownWith: { compute: 'own-vm' }, notWith: { compute: 'spark-cluster' } },
  { id: 'pipeline-overhead', place: method('pipeline'), shownWith: { workflow: 'single' }, notWith: { workflow: 'single', needs: ['publish'] } },
  { id: 'designer-classic-components', place: method('pipeline'), shownWith: { language: 'nocode' }, notWith: { language: 'python' } },
  { id: 'local-too-small', place: compute('local'), shownWith: { data: 'large' }, notWith: { data: 'standard' } },
  { id: 'cluster-scale-to-zero', place: compute('aml-compute'), shownWith: {}, notWith: undefined },
  { id: 'vm-maintenance', place: compute('remote-vm'), shownWith: {}, notWith: undefined },
  { id: 'vm-requirements', place: compute('remote-vm'), shownWith: {}, notWith: undefined },
  { id: 'hdinsight-legacy', place: compute('hdinsight'), shownWith: {}, notWith: undefined },
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
      expect(caution.source.url).toMatch(/^https:\/\//);
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
      ...['azure-ml', 'databricks', 'synapse', 'ai-services', 'fabric'].map(service),
      ...['run-configuration', 'estimator', 'pipeline', 'automl'].map(method),
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
    { label: 'all-tied gone when "none of these" puts Synapse below the rest', id: 'all-tied', answers: { existing: ['none'] }, shown: false },
    { label: 'all-tied stays when the existing services are "not sure"', id: 'all-tied', answers: { existing: ['unsure'] }, shown: true },
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

  it('puts guidelines-only first, with its source, on every result; the notices about the result itself cite nothing', () => {
    for (const answers of SAMPLES) {
      const [first, ...rest] = recommend(answers).notices;
      expect(first?.id).toBe('guidelines-only');
      expect(first?.text).toMatch(/guidelines, not rules/);
      expect(first?.source).toBe(SOURCES.chooseService);
      for (const notice of rest) expect(notice.source, notice.id).toBeUndefined();
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
    { label: 'owning Fabric tips it ahead', answers: { existing: ['fabric'] }, applies: false },
    { label: '"none of these" only drops Synapse: Azure ML still shares first place', answers: { existing: ['none'] }, applies: true },
    { label: 'the no-code team: the studio puts Azure ML first', answers: { language: 'nocode', ui: 'yes', control: 'little', effort: 'little', prebuilt: 'no' }, applies: true },
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

/** The dated facts, checked against the pages they cite. Changing a date, or dropping a fact, fails here. */
describe('what the platform looks like today', () => {
  it.each<{ label: string; text: () => string; says: readonly (string | RegExp)[] }>([
    { label: 'Azure ML: SDK v1 deprecated on 31 March 2025', text: () => SERVICES['azure-ml'].today.text, says: ['SDK v1 was deprecated on 31 March 2025'] },
    { label: 'Azure ML: SDK v1 support ended on 30 June 2026', text: () => SERVICES['azure-ml'].today.text, says: ['its support ended on 30 June 2026'] },
    { label: 'Azure ML: CLI v1 support ended on 30 September 2025', text: () => SERVICES['azure-ml'].today.text, says: ['CLI v1 support ended on 30 September 2025'] },
    { label: 'Azure ML: use SDK v2 or CLI v2', text: () => SERVICES['azure-ml'].today.text, says: ['Python SDK v2 or CLI v2'] },
    { label: 'Azure ML: in v2, runs are jobs, most of them command jobs', text: () => SERVICES['azure-ml'].today.text, says: ['runs are jobs', 'command jobs', 'pipeline jobs'] },
    { label: 'Azure ML: the today note links the "Upgrade to v2" page', text: () => SERVICES['azure-ml'].today.source.url, says: [/^https:\/\/learn\.microsoft\.com\/azure\/machine-learning\/how-to-migrate-from-v1$/] },
    { label: 'run configuration: headed by today’s command job', text: () => METHODS['run-configuration'].name, says: [/^Command job with your own environment$/] },
    { label: 'run configuration: ScriptRunConfig maps to a command job', text: () => METHODS['run-configuration'].today.text, says: ['ScriptRunConfig belongs to SDK v1', 'command job'] },
    { label: 'estimator: headed by today’s command job', text: () => METHODS.estimator.name, says: [/^Command job with a curated environment$/] },
    { label: 'estimator: deprecated in SDK 1.19.0 for ScriptRunConfig', text: () => METHODS.estimator.today.text, says: ['deprecated in SDK 1.19.0 in favour of ScriptRunConfig', 'itself SDK v1'] },
    { label: 'estimator: the deprecation cites the SDK v1 Keras page, which says it', text: () => METHODS.estimator.today.source.url, says: [/^https:\/\/learn\.microsoft\.com\/azure\/machine-learning\/how-to-train-keras\?view=azureml-api-1$/] },
    { label: 'pipeline: headed by today’s pipeline job', text: () => METHODS.pipeline.name, says: [/^Pipeline job built from components, or drawn in the designer$/] },
    { label: 'pipeline: run on demand as a pipeline component under a batch endpoint', text: () => METHODS.pipeline.today.text, says: ['deploy its pipeline component under a batch endpoint'] },
    { label: 'Automated ML: today one of the ways to train, from the studio or code', text: () => METHODS.automl.today.text, says: ['Automated ML is one of the ways to train in Azure Machine Learning today'] },
    { label: 'Synapse: not in Microsoft’s comparison', text: () => SERVICES.synapse.today.text, says: ['lists Azure Machine Learning, Fabric, its prebuilt AI services and Databricks among others, and does not list Synapse'] },
    { label: 'Synapse: the comparison it cites is Microsoft’s current one', text: () => SERVICES.synapse.today.source.url, says: [/^https:\/\/learn\.microsoft\.com\/azure\/architecture\/ai-ml\/guide\/data-science-and-machine-learning$/] },
    { label: 'Foundry Tools: the name today, Azure AI Services beneath', text: () => `${SERVICES['ai-services'].name} | ${SERVICES['ai-services'].lineage.name ?? ''}`, says: [/^Foundry Tools \| Azure AI Services \(Azure Cognitive Services in the version linked\)$/] },
    { label: 'Foundry Tools: part of Microsoft Foundry, where generative models are fine-tuned', text: () => SERVICES['ai-services'].today.text, says: ['Azure AI Services are now Foundry Tools, part of Microsoft Foundry', 'generative models are fine-tuned in Microsoft Foundry'] },
    { label: 'Fabric: its data science experience', text: () => SERVICES.fabric.today.text, says: ['data science experience', 'Spark'] },
    { label: 'HDInsight: today serverless Spark or a Synapse Spark pool', text: () => COMPUTE_TARGETS.hdinsight.today.text, says: ['serverless Spark compute or an attached Synapse Spark pool'] },
    { label: 'HDInsight: headed by today’s Spark in Azure ML', text: () => COMPUTE_TARGETS.hdinsight.name, says: [/^Serverless Spark compute or an attached Synapse Spark pool$/] },
    { label: 'Azure ML Compute: headed by today’s compute cluster or serverless compute', text: () => COMPUTE_TARGETS['aml-compute'].name, says: [/^Compute cluster or serverless compute$/] },
  ])('$label', ({ text, says }) => {
    for (const fact of says) expect(text()).toMatch(typeof fact === 'string' ? new RegExp(fact.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : fact);
  });

  it.each<{ label: string; id: string; place: Place; answers?: Answers; says: string; source: string }>([
    { label: 'the SDK v1 caution on Azure ML', id: 'sdk-v1-retired', place: service('azure-ml'), says: 'SDK v1 target an API that is deprecated and no longer supported', source: SOURCES.upgradeToV2.url },
    { label: 'the estimator caution names SDK 1.19.0, citing the page that says it', id: 'estimator-retired', place: method('estimator'), says: 'estimators were deprecated in SDK 1.19.0, and SDK v1 itself is deprecated', source: SOURCES.trainKerasV1.url },
    { label: 'the run configuration caution says SDK v1 is out of support since 30 June 2026', id: 'run-configuration-v1', place: method('run-configuration'), says: 'SDK v1 is deprecated and out of support since 30 June 2026', source: SOURCES.upgradeToV2.url },
    { label: 'the HDInsight caution says legacy, attached through SDK v1', id: 'hdinsight-legacy', place: compute('hdinsight'), says: 'Legacy: HDInsight is attached through SDK v1 instructions', source: SOURCES.attachComputeV1.url },
    { label: 'the Synapse caution: the Automated ML integration needs a Spark 2.4 pool', id: 'synapse-automl-retired', place: service('synapse'), says: 'needs an Apache Spark pool of version 2.4 and an Azure Machine Learning linked service', source: SOURCES.synapseAutomlTutorial.url },
    { label: 'the Synapse caution: Spark 2.4 is disabled', id: 'synapse-spark-24-disabled', place: service('synapse'), says: 'disabled since 23 August 2024', source: SOURCES.synapseSpark24.url },
    { label: 'the Synapse caution: no new linked services', id: 'synapse-linked-service-closed', place: service('synapse'), says: 'can no longer be registered with Azure Machine Learning as a linked service', source: SOURCES.attachComputeV1.url },
    { label: 'the Foundry Tools caution on generative models', id: 'generative-fine-tuning', place: service('ai-services'), answers: { task: 'language' }, says: 'fine-tune a generative model (Azure OpenAI and others) in Microsoft Foundry', source: SOURCES.foundryFineTuning.url },
    { label: 'the Foundry Tools caution on custom image models: Custom Vision retires', id: 'custom-vision-retiring', place: service('ai-services'), answers: { task: 'vision' }, says: 'it retires on 25 September 2028, and Microsoft asked customers to plan their move by 25 September 2026', source: SOURCES.customVisionMigration.url },
    { label: 'the Automated ML caution on remote compute', id: 'automl-remote-compute', place: method('automl'), answers: { compute: 'local-first' }, says: 'need remote compute in the workspace, such as a compute cluster or a compute instance', source: SOURCES.automlSdk.url },
  ])('$label', ({ id, place, answers, says, source }) => {
    const caution = cautionsAt(recommend(answers ?? {}), place).find((candidate) => candidate.id === id);
    expect(caution?.text).toContain(says);
    expect(caution?.source.url).toBe(source);
  });

  it('was reviewed on 30 November 2026, and says so on every result', () => {
    expect(GUIDANCE_REVIEWED_ON).toBe('2026-11-30');
    for (const answers of [{}, { prebuilt: 'yes' }, { language: 'nocode', workflow: 'multi-step' }] as const) {
      expect(recommend(answers).guidanceReviewedOn).toBe(GUIDANCE_REVIEWED_ON);
    }
  });

  it('names no date but the ones above', () => {
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
    expect([...dates].sort()).toEqual(['23 August 2024', '25 September 2026', '25 September 2028', '30 June 2026', '30 September 2025', '31 March 2025']);
  });
});

/** Claims the product made before and got wrong. Each fails here if it comes back, anywhere the product shows text. */
describe('the corrected facts stay corrected', () => {
  const TEXTS = productTexts();
  const frameworkTexts = [
    ...Object.values(FRAMEWORK_SUPPORT).flatMap((row) => Object.values(row.methods).flatMap((support) => [support.label, support.text])),
    ...(['scikit-learn', 'tensorflow', 'keras', 'pytorch', 'chainer', 'other'] as const).flatMap((framework) => {
      const advice = frameworkAdvice({ framework })!;
      return [advice.then, advice.today];
    }),
  ];

  it.each<{ label: string; texts: () => readonly string[]; never: RegExp }>([
    { label: 'HDInsight is not "pipelines only": a run configuration ran a script on it', texts: () => TEXTS, never: /pipelines? only|only (runs |ran )?pipeline steps|one-step pipeline/i },
    { label: 'Synapse cannot "borrow Automated ML" from Azure ML', texts: () => TEXTS, never: /borrow(s|ing)? Automated ML|Automated ML from Azure Machine Learning/i },
    { label: 'the SDK had no Keras estimator of its own', texts: () => frameworkTexts, never: /Keras estimator|estimator (class )?for Keras|Keras had (an|its own) estimator/i },
    { label: 'nowhere does the product say the SDK had a Keras estimator', texts: () => TEXTS, never: /Keras estimator|estimator (class )?for Keras/i },
    { label: 'nowhere does the product say SDK v1 support is still to end: it ended on 30 June 2026, before the review date', texts: () => TEXTS, never: /support ends on 30 June 2026|until 30 June 2026/ },
    { label: 'Keras is not listed with "its own estimator" in the ranking reasons', texts: () => TEXTS, never: /Keras (has|had) its own estimator/i },
    { label: 'the Synapse summary no longer promises Automated ML', texts: () => [SERVICES.synapse.summary, SERVICES.synapse.today.text], never: /Automated ML/ },
    { label: 'Azure AI Services is not today’s name: only the lineage and the question label keep it', texts: () => [SERVICES['ai-services'].name, SERVICES['ai-services'].shortName, SERVICES['ai-services'].summary], never: /Azure AI Services/ },
  ])('$label', ({ texts, never }) => {
    const found = texts().filter((text) => never.test(text));
    expect(found).toEqual([]);
  });

  it('Spark in Azure Machine Learning takes no command job, and no caution tells a single script to move into a pipeline', () => {
    expect(COMPUTE_SUPPORT.hdinsight.methods['run-configuration'].text).toMatch(/a command job is not among them/);
    for (const answers of [{ workflow: 'single', compute: 'spark-cluster' }, { workflow: 'multi-step', compute: 'spark-cluster' }] as const) {
      expect(idsAt(answers, compute('hdinsight'))).toEqual(['hdinsight-legacy']);
    }
  });

  it('cites the estimator’s deprecation to the SDK v1 Keras page, and nothing else to back "1.19"', () => {
    const citing119 = [
      METHODS.estimator.today,
      ...cautionsAt(recommend({}), method('estimator')),
    ].filter((note) => /1\.19/.test(note.text));
    expect(citing119.length).toBe(2);
    for (const note of citing119) expect(note.source).toBe(SOURCES.trainKerasV1);
  });
});
