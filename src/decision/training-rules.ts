import type { ValueOf } from './answers';
import { ANSWER_SPACE } from './answers';
import type { NoteRule, Rule, RuleCase } from './rank';
import { WEIGHT } from './rank';
import { SOURCES } from './sources';
import type { ComputeTargetId, MethodId } from './training';

export const METHOD_RULE_IDS = [
  'multi-step-workflow',
  'unattended-runs',
  'heterogeneous-compute',
  'reuse-and-publish',
  'tracking-and-versioning',
  'collaboration',
  'batch-scoring',
  'single-script',
  'ready-made-setup',
  'popular-framework',
  'low-level-control',
  'local-then-cloud',
  'no-code',
  'studio-little-control',
  'own-framework-code',
  'no-code-designer',
] as const;
export type MethodRuleId = (typeof METHOD_RULE_IDS)[number];
export type MethodRule = Rule<MethodId, MethodRuleId>;

export const COMPUTE_RULE_IDS = ['compute-local-first', 'compute-managed-cluster', 'compute-own-vm', 'compute-spark-cluster'] as const;
export type ComputeRuleId = (typeof COMPUTE_RULE_IDS)[number];
export type ComputeRule = Rule<ComputeTargetId, ComputeRuleId>;

/** The frameworks the 2019 page names; "another framework" is the generic estimator's. */
const NAMED_FRAMEWORKS = ['scikit-learn', 'tensorflow', 'keras', 'pytorch', 'chainer'] as const satisfies readonly ValueOf<'framework'>[];
const ANY_FRAMEWORK = ANSWER_SPACE.framework.values;

/** A rule with one case: the common shape. */
function oneCase<Option extends string, Id extends string>(
  rule: Omit<Rule<Option, Id>, 'cases' | 'kind'> & { readonly kind?: Rule<Option, Id>['kind'] },
  ruleCase: RuleCase<Option>,
): Rule<Option, Id> {
  return { kind: 'guideline', ...rule, cases: [ruleCase] };
}

/** A pipeline strength: one rule per feature the 2019 page lists. */
function pipelineNeed(id: MethodRuleId, need: ValueOf<'needs'>, title: string, text: string, source = SOURCES.trainModels2019): MethodRule {
  return oneCase(
    { id, title, statement: `${title}: a strength of pipelines in the 2019 guidance.`, source },
    // A workflow need is something only a pipeline offers, so it outranks any setup preference.
    { when: [{ question: 'needs', is: [need] }], options: ['pipeline'], points: WEIGHT.decisive, text },
  );
}

export const METHOD_RULES: readonly MethodRule[] = [
  oneCase(
    { id: 'multi-step-workflow', title: 'Several steps', statement: 'A workflow of several steps is a pipeline.', source: SOURCES.trainModels2019 },
    {
      when: [{ question: 'workflow', is: ['multi-step'] }],
      options: ['pipeline'],
      points: WEIGHT.decisive,
      text: 'Your workflow has several steps. A pipeline runs each as its own unit, in sequence or in parallel.',
    },
  ),
  pipelineNeed('unattended-runs', 'unattended', 'Unattended runs', 'You need scheduled, unattended runs: pipelines run steps reliably without anyone watching, ideal for long data preparation or training.'),
  pipelineNeed('heterogeneous-compute', 'mixed-compute', 'Different compute per step', 'You need different compute for different steps: each pipeline step can run on its own compute type and size.'),
  pipelineNeed(
    'reuse-and-publish',
    'publish',
    'Reuse and REST publishing',
    'You want to reuse the workflow and start it over REST. In 2019 you published the pipeline as a REST endpoint; today you deploy the pipeline component under a batch endpoint and invoke that.',
    SOURCES.batchPipelineDeployments,
  ),
  pipelineNeed('tracking-and-versioning', 'versioning', 'Tracking and versioning', 'You want named, versioned data, inputs and outputs: pipelines track them explicitly and keep scripts and data apart.'),
  pipelineNeed('collaboration', 'collaboration', 'Collaboration', 'Several people will work on it: pipeline steps can be built and run by different data scientists at the same time.'),
  pipelineNeed(
    'batch-scoring',
    'batch-scoring',
    'Batch scoring',
    'You need batch scoring, one of the main uses of pipelines. Today a batch endpoint scores a registered model with a model deployment, or runs a whole scoring pipeline with a pipeline component deployment.',
    SOURCES.batchModelDeployments,
  ),
  oneCase(
    { id: 'single-script', kind: 'factor', title: 'One training script', statement: 'One script needs no pipeline around it.', source: SOURCES.trainModels2019 },
    {
      when: [{ question: 'workflow', is: ['single'] }],
      options: ['run-configuration', 'estimator'],
      points: WEIGHT.factor,
      text: 'One training script needs no pipeline around it; submit it directly as a job.',
    },
  ),
  oneCase(
    { id: 'ready-made-setup', title: 'Ready-made setup', statement: 'A ready-made setup for a framework is what estimators gave and curated environments give today.', source: SOURCES.trainModels2019 },
    {
      when: [{ question: 'setup', is: ['ready-made'] }],
      options: ['estimator'],
      points: WEIGHT.guideline,
      text: 'You want a ready-made setup: in 2019 an estimator prepared the environment for your framework; today a curated environment does.',
    },
  ),
  oneCase(
    { id: 'popular-framework', kind: 'guideline', title: 'A popular framework', statement: 'Popular frameworks had their own estimators.', source: SOURCES.trainModels2019 },
    {
      when: [{ question: 'framework', is: NAMED_FRAMEWORKS }],
      options: ['estimator'],
      points: WEIGHT.strength,
      text: 'Your framework is one the 2019 guidance gave a ready-made setup; a curated environment is today’s head start.',
    },
  ),
  oneCase(
    { id: 'low-level-control', title: 'Low-level control', statement: 'Low-level control of environment and compute is what a run configuration gives.', source: SOURCES.trainModels2019 },
    {
      when: [{ question: 'setup', is: ['low-level'] }],
      options: ['run-configuration'],
      points: WEIGHT.guideline,
      text: 'You want low-level control of environment and compute: a run configuration in 2019, a command job with an environment you define today.',
    },
  ),
  oneCase(
    { id: 'local-then-cloud', title: 'Local first, cloud later', statement: 'Start locally, then move the same script to the cloud.', source: SOURCES.trainModels2019 },
    {
      when: [{ question: 'compute', is: ['local-first'] }],
      options: ['run-configuration'],
      points: WEIGHT.strength,
      text: 'You want to start on your own machine: the same script moves from local to cloud compute by changing only the compute it names.',
    },
  ),
  oneCase(
    { id: 'no-code', title: 'No code', statement: 'A team that prefers not to code can set up Automated ML in the studio.', source: SOURCES.automlConcept },
    {
      when: [{ question: 'language', is: ['nocode'] }],
      options: ['automl'],
      points: WEIGHT.guideline,
      text: 'Your team prefers not to code: Automated ML is set up in the studio without writing code, and tries the algorithms for you.',
    },
  ),
  oneCase(
    {
      id: 'studio-little-control',
      title: 'The studio, little control',
      statement: 'Wanting the studio and little say in how the model is built is what Automated ML is for.',
      source: SOURCES.automlStudio,
    },
    {
      when: [
        { question: 'ui', is: ['yes'] },
        { question: 'control', is: ['little'] },
      ],
      options: ['automl'],
      points: WEIGHT.guideline,
      text: 'You want the studio and little say in how the model is built: Automated ML picks the algorithm and its settings for you.',
    },
  ),
  oneCase(
    {
      id: 'own-framework-code',
      title: 'Your own framework code',
      statement: 'Automated ML chooses and trains its own algorithms; it does not run a training script you wrote with a framework.',
      source: SOURCES.automlConcept,
    },
    {
      when: [{ question: 'framework', is: ANY_FRAMEWORK }],
      options: ['automl'],
      points: -WEIGHT.decisive,
      text: 'You train with code of your own in a framework you chose; Automated ML picks and trains its own algorithms instead, so it will not run your script.',
    },
  ),
  oneCase(
    { id: 'no-code-designer', title: 'No code, several steps', statement: 'The designer draws a pipeline without code.', source: SOURCES.azureMlOverview },
    {
      when: [
        { question: 'language', is: ['nocode'] },
        { question: 'workflow', is: ['multi-step'] },
      ],
      options: ['pipeline'],
      points: WEIGHT.guideline,
      text: 'Your team prefers not to code and has several steps: the designer draws the pipeline in the browser, from ready-made components.',
    },
  ),
];

function chosenCompute(id: ComputeRuleId, value: ValueOf<'compute'>, target: ComputeTargetId, title: string, text: string): ComputeRule {
  return oneCase(
    { id, title, statement: `${title}: the compute target you named.`, source: SOURCES.trainModels2019 },
    { when: [{ question: 'compute', is: [value] }], options: [target], points: WEIGHT.guideline, text },
  );
}

export const COMPUTE_RULES: readonly ComputeRule[] = [
  chosenCompute('compute-local-first', 'local-first', 'local', 'Start locally', 'You want to start on your own machine; move to a cloud target when you need more power.'),
  chosenCompute('compute-managed-cluster', 'managed-cluster', 'aml-compute', 'Managed cluster', 'You want a managed cluster that scales for each job and back down afterwards.'),
  chosenCompute('compute-own-vm', 'own-vm', 'remote-vm', 'Your own VM', 'You already run a virtual machine; attach it as the training target.'),
  chosenCompute('compute-spark-cluster', 'spark-cluster', 'hdinsight', 'Spark cluster', 'You want to train on a Spark cluster: HDInsight in 2019, Spark inside Azure Machine Learning today.'),
  // Different compute per step favours no target: the source says each step picks its own, nothing
  // more. That is a note on the pipeline (see METHOD_NOTES), not a rule here.
];

const ANY_PIPELINE_NEED = ANSWER_SPACE.needs.values.filter((need) => need !== 'none');

/** What to watch out for with a training method, given the answers. Never moves the ranking. */
export const METHOD_CAUTIONS: readonly NoteRule<MethodId>[] = [
  {
    id: 'run-configuration-v1',
    options: ['run-configuration'],
    when: [],
    text: 'ScriptRunConfig is SDK v1, which is deprecated and out of support from 30 June 2026; write the same thing as a command job.',
    source: SOURCES.upgradeToV2,
  },
  {
    id: 'estimator-retired',
    options: ['estimator'],
    when: [],
    text: 'Do not follow estimator examples: estimators were deprecated in SDK 1.19.0, and SDK v1 itself is deprecated. Use a command job with a curated environment.',
    source: SOURCES.trainKerasV1,
  },
  {
    id: 'pipeline-overhead',
    options: ['pipeline'],
    when: [
      { question: 'workflow', is: ['single'] },
      { question: 'needs', isNot: ANY_PIPELINE_NEED },
    ],
    text: 'For one script with none of the pipeline features, a pipeline adds structure you do not need yet.',
    source: SOURCES.trainModels2019,
  },
  {
    id: 'automl-remote-compute',
    options: ['automl'],
    when: [{ question: 'compute', is: ['local-first', 'own-vm'] }],
    text: 'Automated ML jobs from SDK v2 or CLI v2 run on a compute cluster or a compute instance (or serverless compute), not on your own machine or an attached VM.',
    source: SOURCES.automlSdk,
  },
];

/** Notes (not warnings) that these answers call for on a method, after its profile's own. */
export const METHOD_NOTES: readonly NoteRule<MethodId>[] = [
  {
    id: 'per-step-compute',
    options: ['pipeline'],
    when: [{ question: 'needs', is: ['mixed-compute'] }],
    text: 'You want different compute for different steps. In a pipeline each step names its own compute target, so pick one per step from the targets here; none is favoured for mixing them.',
    source: SOURCES.trainModels2019,
  },
];

/** What to watch out for with a compute target, given the answers. Never moves the ranking. */
export const COMPUTE_CAUTIONS: readonly NoteRule<ComputeTargetId>[] = [
  {
    id: 'local-too-small',
    options: ['local'],
    when: [{ question: 'data', is: ['large'] }],
    text: 'Your data is large: one machine will not hold full training runs. Develop on a sample, then train on a cluster.',
    source: SOURCES.computeInstance,
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
    text: 'You stay responsible for patching, sizing and paying for the VM while it idles.',
    source: SOURCES.computeTargets,
  },
  {
    id: 'hdinsight-legacy',
    options: ['hdinsight'],
    when: [],
    text: 'Legacy: HDInsight was attached through SDK v1, which is deprecated, and you had to create the cluster yourself. For new work use serverless Spark compute or an attached Synapse Spark pool.',
    source: SOURCES.attachComputeV1,
  },
];
