import { ANSWER_SPACE } from './answers';
import type { NoteRule, Rule, RuleWords } from './rank';
import { withWords } from './rule-words';
import * as SOURCES from './sources';
import type { Source } from './sources';
import type { ComputeTargetId, MethodId } from './training';
import type { ComputeRuleId, MethodRuleId } from './training-scoring';
import { COMPUTE_SCORING, METHOD_SCORING } from './training-scoring';

export type MethodRule = Rule<MethodId, MethodRuleId>;
export type ComputeRule = Rule<ComputeTargetId, ComputeRuleId>;

const titleOf = (id: MethodRuleId | ComputeRuleId) => [...METHOD_SCORING, ...COMPUTE_SCORING].find((rule) => rule.id === id)!.title;

/** A pipeline strength the 2019 page lists: the rule says so, and the case says what it gives you (today, from `today`). */
function pipelineNeed(id: MethodRuleId, text: string, today?: Source): RuleWords {
  return {
    statement: `${titleOf(id)}: a strength of pipelines in the 2019 guidance.`,
    source: SOURCES.trainModels2019,
    cases: [today === undefined ? text : { text, source: today }],
  };
}

/** A compute target the person named: the rule says so, and the case says what it is for. */
function chosenCompute(id: ComputeRuleId, text: string): RuleWords {
  return { statement: `${titleOf(id)}: the compute target you named.`, source: SOURCES.trainModels2019, cases: [text] };
}

/** What each training-method rule says (training-scoring.ts), in general and when it applies, in our words. */
const METHOD_RULE_WORDS: Record<MethodRuleId, RuleWords> = {
  'multi-step-workflow': {
    statement: 'A workflow of several steps is a pipeline.',
    source: SOURCES.trainModels2019,
    cases: ['Your workflow has several steps, and a pipeline defines a workflow as modular, reusable steps.'],
  },
  'unattended-runs': pipelineNeed(
    'unattended-runs',
    'You need to schedule unattended processes, such as long training jobs or data preparation.',
  ),
  'heterogeneous-compute': pipelineNeed(
    'heterogeneous-compute',
    'You need different compute for different steps: a pipeline coordinates its steps across heterogeneous compute and storage.',
  ),
  'reuse-and-publish': pipelineNeed(
    'reuse-and-publish',
    'You want to reuse the workflow and trigger it through an endpoint: today you deploy its pipeline component under a batch endpoint, and consumers invoke the endpoint by its URL.',
    SOURCES.batchEndpoints,
  ),
  'tracking-and-versioning': pipelineNeed(
    'tracking-and-versioning',
    'You want to track and version the data sources, inputs and outputs of your workflow.',
  ),
  collaboration: pipelineNeed(
    'collaboration',
    'Several teams will work on it: each can build its own steps independently, and the pipeline joins them.',
  ),
  'batch-scoring': pipelineNeed(
    'batch-scoring',
    'You need batch scoring. Today a batch endpoint scores a registered model with a model deployment, or runs a whole scoring pipeline with a pipeline component deployment.',
    SOURCES.batchEndpoints,
  ),
  'single-script': {
    statement: 'A run configuration, a training script and a compute target are all a training job needs.',
    source: SOURCES.trainModels2019,
    cases: ['You have one training script; with a run configuration and a compute target it runs as a training job.'],
  },
  'ready-made-setup': {
    statement: 'Estimators made it easy to train with popular frameworks.',
    source: SOURCES.trainModels2019,
    cases: ['You want a ready-made setup: in 2019 an estimator prepared the environment for your framework.'],
  },
  'popular-framework': {
    statement: 'Popular frameworks had their own estimators.',
    source: SOURCES.trainModels2019,
    cases: ['Your framework is one the 2019 guidance gave a ready-made setup.'],
  },
  'low-level-control': {
    statement: 'A run configuration is the generic way to train: it configures the training environment and names the compute target.',
    source: SOURCES.trainModels2019,
    cases: ['You want low-level control of environment and compute: in 2019 that meant a run configuration, which configured the training environment and named the compute target.'],
  },
  'local-then-cloud': {
    statement: 'Start locally, then move the same script to the cloud.',
    source: SOURCES.trainModels2019,
    cases: ['You want to start on your own machine: the same script moves from local to cloud compute by changing only the compute it names.'],
  },
  'no-code': {
    statement: 'A team that prefers not to code can set up Automated ML in the studio.',
    source: SOURCES.automlConcept,
    cases: ['Your team prefers not to code: Automated ML is set up in the studio without writing code, and tries the algorithms for you.'],
  },
  'studio-little-control': {
    statement: 'In the studio, Automated ML is set up without writing code and selects the algorithm for you.',
    source: SOURCES.automlStudio,
    cases: ['You want the studio and little say in how the model is built: in the studio, Automated ML is set up without code and selects the algorithm for you.'],
  },
  'own-framework-code': {
    statement: 'Automated ML tries algorithms and parameters of its own choosing, so this advisor counts it against a team that trains its own framework code.',
    source: SOURCES.automlConcept,
    cases: ['You train with code of your own in a framework you chose; Automated ML tries algorithms and parameters of its own choosing instead.'],
  },
  'no-code-designer': {
    statement: 'The designer draws a pipeline without code.',
    source: SOURCES.azureMlOverview,
    cases: ['Your team prefers not to code and has several steps: in the designer you drag and drop datasets and components to build the pipeline.'],
  },
};

const COMPUTE_RULE_WORDS: Record<ComputeRuleId, RuleWords> = {
  'compute-local-first': chosenCompute('compute-local-first', 'You want to start on your own machine, then switch to a cloud target as needed.'),
  'compute-managed-cluster': chosenCompute('compute-managed-cluster', 'You chose a managed cluster; of the targets the 2019 page names, this advisor matches it to Azure Machine Learning Compute.'),
  'compute-own-vm': chosenCompute('compute-own-vm', 'You already run a virtual machine, one of the cloud targets the 2019 page names.'),
  'compute-spark-cluster': chosenCompute('compute-spark-cluster', 'You chose a Spark cluster; of the targets the 2019 page names, this advisor matches it to Azure HDInsight.'),
};

/** The training-method guidelines with their words. */
export const METHOD_RULES: readonly MethodRule[] = withWords(METHOD_SCORING, METHOD_RULE_WORDS);

/** The compute-target guidelines with their words. */
export const COMPUTE_RULES: readonly ComputeRule[] = withWords(COMPUTE_SCORING, COMPUTE_RULE_WORDS);

const ANY_PIPELINE_NEED = ANSWER_SPACE.needs.values.filter((need) => need !== 'none');

/** What to watch out for with a training method, given the answers. Never moves the ranking. */
export const METHOD_CAUTIONS: readonly NoteRule<MethodId>[] = [
  {
    id: 'run-configuration-v1',
    options: ['run-configuration'],
    when: [],
    text: 'SDK v1 is deprecated and out of support since 30 June 2026; in v2, runs are jobs, most of them command jobs.',
    source: SOURCES.upgradeToV2,
  },
  {
    id: 'estimator-retired',
    options: ['estimator'],
    when: [],
    text: 'Do not follow estimator examples: estimators were deprecated in SDK 1.19.0, and SDK v1 itself is deprecated and out of support.',
    source: SOURCES.trainKerasV1,
  },
  {
    id: 'pipeline-overhead',
    options: ['pipeline'],
    when: [
      { question: 'workflow', is: ['single'] },
      { question: 'needs', isNot: ANY_PIPELINE_NEED },
    ],
    text: 'A pipeline is not a training method of its own but a way to define a workflow of steps; one script with none of the pipeline features gives none of the reasons the 2019 page lists for one.',
    source: SOURCES.trainModels2019,
  },
  {
    id: 'designer-classic-components',
    options: ['pipeline'],
    when: [{ question: 'language', is: ['nocode'] }],
    text: 'The designer’s classic prebuilt (v1) components are still supported, but no new ones are added and what they build cannot be deployed to managed online endpoints. For new projects Microsoft recommends custom (v2) components, which wrap code of your own; the designer also lists the components Azure Machine Learning provides in its azureml registry. Classic and v2 components do not mix in one pipeline.',
    source: SOURCES.designerConcept,
  },
  {
    id: 'automl-remote-compute',
    options: ['automl'],
    when: [{ question: 'compute', is: ['local-first', 'own-vm'] }],
    text: 'Automated ML jobs from SDK v2 or CLI v2 need remote compute in the workspace, such as a compute cluster or a compute instance: they do not run on your own machine or an attached VM.',
    source: SOURCES.automlSdk,
  },
];

/** Notes (not warnings) that these answers call for on a method, after its profile's own. */
export const METHOD_NOTES: readonly NoteRule<MethodId>[] = [
  {
    id: 'per-step-compute',
    options: ['pipeline'],
    when: [{ question: 'needs', is: ['mixed-compute'] }],
    text: 'You want different compute for different steps. A pipeline coordinates its steps across different compute resources, so pick a target for each step from the ones here; none is favoured for mixing them.',
    source: SOURCES.trainModels2019,
  },
];

/** What to watch out for with a compute target, given the answers. Never moves the ranking. */
export const COMPUTE_CAUTIONS: readonly NoteRule<ComputeTargetId>[] = [
  {
    id: 'local-too-small',
    options: ['local'],
    when: [{ question: 'data', is: ['large'] }],
    text: 'Your data is large: develop and experiment on a small amount of it here, then scale up to a training compute target for the rest.',
    source: SOURCES.computeTargets,
  },
  {
    id: 'cluster-scale-to-zero',
    options: ['aml-compute'],
    when: [],
    text: 'Set the minimum node count to zero so the cluster costs nothing between jobs.',
    source: SOURCES.computeCluster,
  },
  {
    id: 'vm-maintenance',
    options: ['remote-vm'],
    when: [],
    text: 'Azure Machine Learning does not manage an attached VM: you create it outside the workspace and maintain it yourself.',
    source: SOURCES.computeTargets,
  },
  {
    id: 'vm-requirements',
    options: ['remote-vm'],
    when: [],
    text: 'The SDK v1 instructions, the only ones that list requirements for an attached VM, say it must run Ubuntu (a Data Science Virtual Machine) and have a public IP address, and suggest considering a compute instance instead.',
    source: SOURCES.attachComputeV1,
  },
  {
    id: 'hdinsight-legacy',
    options: ['hdinsight'],
    when: [],
    text: 'Legacy: HDInsight is attached through SDK v1 instructions, and Azure Machine Learning cannot create the cluster for you.',
    source: SOURCES.attachComputeV1,
  },
];
