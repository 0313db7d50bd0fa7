import type { Answers, ValueOf } from './answers';
import { hasAnswer } from './answers';
import type { Note, Ranked, Reason, Trigger } from './rank';
import { WEIGHT, rankByScore, sumPoints } from './rank';
import type { Source } from './sources';
import { SOURCES } from './sources';

export const METHOD_IDS = ['run-configuration', 'estimator', 'pipeline'] as const;
export type MethodId = (typeof METHOD_IDS)[number];

export const COMPUTE_TARGET_IDS = ['local', 'aml-compute', 'remote-vm', 'hdinsight'] as const;
export type ComputeTargetId = (typeof COMPUTE_TARGET_IDS)[number];

/** Today's replacement for a method or target described in the 2019 source. */
export interface TodayEquivalent {
  /** What to use now, in a few words. */
  readonly equivalent: string;
  readonly text: string;
  readonly source: Source;
}

export interface TrainingOptionProfile {
  readonly name: string;
  readonly summary: string;
  readonly today: TodayEquivalent;
  /** Facts that hold whatever the answers, e.g. how methods combine. */
  readonly notes: readonly Note[];
}

export const METHODS: Record<MethodId, TrainingOptionProfile> = {
  'run-configuration': {
    name: 'Run configuration',
    summary:
      'The low-level way: you define the environment and the compute your training script runs in, for the most flexibility and control. Start on your own machine and switch to cloud compute without touching the script.',
    today: {
      equivalent: 'Command job (SDK v2 command() with an Environment)',
      text: 'Run configurations and ScriptRunConfig belong to SDK v1, whose support ended on 30 June 2026. A command job describes the same script, environment and compute, and is submitted with SDK v2 or CLI v2.',
      source: SOURCES.migrateCommandJob,
    },
    notes: [],
  },
  estimator: {
    name: 'Estimator',
    summary:
      'The high-level way: a ready-made setup per framework (PyTorch, TensorFlow, Keras, scikit-learn or Chainer) and a generic estimator for anything else.',
    today: {
      equivalent: 'Command job with a curated framework environment',
      text: 'Estimator classes were deprecated in SDK 1.19 in favour of ScriptRunConfig, which is SDK v1 and out of support too. A command job that uses one of Azure Machine Learning’s curated framework environments gives the same head start.',
      source: SOURCES.howToTrain,
    },
    notes: [],
  },
  pipeline: {
    name: 'Machine learning pipeline',
    summary:
      'A workflow of independent steps (prepare data, train, score) that runs unattended, gives each step its own compute, and can be published, versioned and shared. Pipelines also prepare data, deploy models and score batches.',
    today: {
      equivalent: 'Pipeline job built from components (SDK v2, CLI v2 or the designer)',
      text: 'In v2 a pipeline is a pipeline job whose steps are reusable components; the designer builds the same thing visually.',
      source: SOURCES.pipelines,
    },
    notes: [
      {
        id: 'steps-use-other-methods',
        text: 'Each step of a pipeline trains with a run configuration or an estimator (today, a command component), so choosing a pipeline still leaves that choice for the steps.',
        source: SOURCES.trainingMethods,
      },
    ],
  },
};

export const COMPUTE_TARGETS: Record<ComputeTargetId, TrainingOptionProfile> = {
  local: {
    name: 'Local machine',
    summary: 'Your own computer: quick to start, free, and limited to what it can hold and compute.',
    today: {
      equivalent: 'Your machine or a compute instance for development',
      text: 'Develop and debug on your machine or an Azure Machine Learning compute instance, then submit the same job to a cluster.',
      source: SOURCES.computeTargets,
    },
    notes: [],
  },
  'aml-compute': {
    name: 'Azure Machine Learning Compute',
    summary: 'A managed cluster that grows for a run and shrinks to zero afterwards, so you pay only while training.',
    today: {
      equivalent: 'Compute cluster or serverless compute',
      text: 'Managed clusters are now called compute clusters; serverless compute runs a job without you creating a cluster first.',
      source: SOURCES.computeTargets,
    },
    notes: [],
  },
  'remote-vm': {
    name: 'Remote virtual machine',
    summary: 'A virtual machine you already run, attached to the workspace as a training target.',
    today: {
      equivalent: 'Attached virtual machine',
      text: 'You can still attach a virtual machine you manage, but you keep patching and sizing it yourself.',
      source: SOURCES.computeTargets,
    },
    notes: [],
  },
  hdinsight: {
    name: 'Azure HDInsight',
    summary: 'A Spark cluster on HDInsight, used as a training target for big-data steps.',
    today: {
      equivalent: 'Serverless Spark compute or attached Synapse Spark pools',
      text: 'HDInsight remains listed as a compute target for pipelines only, through SDK v1. Treat it as legacy and use Spark compute in Azure Machine Learning for new work.',
      source: SOURCES.computeTargets,
    },
    notes: [],
  },
};

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
] as const;
export type MethodRuleId = (typeof METHOD_RULE_IDS)[number];

export interface TrainingRule<Target extends string, RuleId extends string> {
  readonly id: RuleId;
  readonly title: string;
  readonly favours: readonly Target[];
  readonly triggers: readonly Trigger[];
  readonly points: number;
  readonly source: Source;
  /** The rule applied to these answers, in our words; undefined when it does not apply. */
  readonly applies: (answers: Answers) => string | undefined;
}

type MethodRule = TrainingRule<MethodId, MethodRuleId>;

const POPULAR_FRAMEWORKS = ['scikit-learn', 'tensorflow', 'keras', 'pytorch', 'chainer'] as const satisfies readonly ValueOf<'framework'>[];

/** A pipeline strength: one rule per feature the source lists. */
function pipelineNeed(
  id: MethodRuleId,
  need: ValueOf<'needs'>,
  title: string,
  text: string,
): MethodRule {
  return {
    id,
    title,
    favours: ['pipeline'],
    triggers: [{ question: 'needs', value: need }],
    // A workflow need is something only a pipeline offers, so it outranks any setup preference.
    points: WEIGHT.decisive,
    source: SOURCES.trainingMethods,
    applies: (answers) => (hasAnswer(answers, 'needs', need) ? text : undefined),
  };
}

export const METHOD_RULES: readonly MethodRule[] = [
  {
    id: 'multi-step-workflow',
    title: 'Several steps',
    favours: ['pipeline'],
    triggers: [{ question: 'workflow', value: 'multi-step' }],
    points: WEIGHT.decisive,
    source: SOURCES.trainingMethods,
    applies: (answers) =>
      answers.workflow === 'multi-step'
        ? 'Your workflow has several steps. A pipeline runs each as its own unit, in sequence or in parallel.'
        : undefined,
  },
  pipelineNeed('unattended-runs', 'unattended', 'Unattended runs', 'You need scheduled, unattended runs: pipelines run steps reliably without anyone watching, ideal for long data preparation or training.'),
  pipelineNeed('heterogeneous-compute', 'mixed-compute', 'Different compute per step', 'You need different compute for different steps: each pipeline step can run on its own compute type and size.'),
  pipelineNeed('reuse-and-publish', 'publish', 'Reuse and REST publishing', 'You want to reuse the workflow: publish the pipeline once, then start it from anywhere with a REST call.'),
  pipelineNeed('tracking-and-versioning', 'versioning', 'Tracking and versioning', 'You want named, versioned data, inputs and outputs: pipelines track them explicitly and keep scripts and data apart.'),
  pipelineNeed('collaboration', 'collaboration', 'Collaboration', 'Several people will work on it: pipeline steps can be built and run by different data scientists at the same time.'),
  pipelineNeed('batch-scoring', 'batch-scoring', 'Batch scoring', 'You need batch scoring, one of the main uses of pipelines.'),
  {
    id: 'single-script',
    title: 'One training script',
    favours: ['run-configuration', 'estimator'],
    triggers: [{ question: 'workflow', value: 'single' }],
    points: WEIGHT.factor,
    source: SOURCES.trainingMethods,
    applies: (answers) =>
      answers.workflow === 'single' ? 'One training script needs no pipeline around it; submit it directly.' : undefined,
  },
  {
    id: 'ready-made-setup',
    title: 'Ready-made setup',
    favours: ['estimator'],
    triggers: [{ question: 'setup', value: 'ready-made' }],
    points: WEIGHT.guideline,
    source: SOURCES.trainingMethods,
    applies: (answers) =>
      answers.setup === 'ready-made'
        ? 'You want a ready-made setup: an estimator prepares the environment for your framework, and the generic estimator covers any other.'
        : undefined,
  },
  {
    id: 'popular-framework',
    title: 'A popular framework',
    favours: ['estimator'],
    triggers: POPULAR_FRAMEWORKS.map((value) => ({ question: 'framework', value })),
    points: WEIGHT.strength,
    source: SOURCES.trainingMethods,
    applies: (answers) =>
      (POPULAR_FRAMEWORKS as readonly string[]).includes(answers.framework ?? '')
        ? 'Your framework has its own estimator, which sets up its environment for you.'
        : undefined,
  },
  {
    id: 'low-level-control',
    title: 'Low-level control',
    favours: ['run-configuration'],
    triggers: [{ question: 'setup', value: 'low-level' }],
    points: WEIGHT.guideline,
    source: SOURCES.trainingMethods,
    applies: (answers) =>
      answers.setup === 'low-level'
        ? 'You want low-level control of environment and compute, which is exactly what a run configuration gives.'
        : undefined,
  },
  {
    id: 'local-then-cloud',
    title: 'Local first, cloud later',
    favours: ['run-configuration'],
    triggers: [{ question: 'compute', value: 'local-first' }],
    points: WEIGHT.strength,
    source: SOURCES.trainingMethods,
    applies: (answers) =>
      answers.compute === 'local-first'
        ? 'You want to start on your own machine: a run configuration switches the same script from local to cloud compute without changes.'
        : undefined,
  },
];

export const COMPUTE_RULE_IDS = [
  'compute-local-first',
  'compute-managed-cluster',
  'compute-own-vm',
  'compute-spark-cluster',
] as const;
export type ComputeRuleId = (typeof COMPUTE_RULE_IDS)[number];

type ComputeRule = TrainingRule<ComputeTargetId, ComputeRuleId>;

function chosenCompute(
  id: ComputeRuleId,
  value: ValueOf<'compute'>,
  target: ComputeTargetId,
  title: string,
  text: string,
): ComputeRule {
  return {
    id,
    title,
    favours: [target],
    triggers: [{ question: 'compute', value }],
    points: WEIGHT.guideline,
    source: SOURCES.trainingMethods,
    applies: (answers) => (answers.compute === value ? text : undefined),
  };
}

export const COMPUTE_RULES: readonly ComputeRule[] = [
  chosenCompute('compute-local-first', 'local-first', 'local', 'Start locally', 'You want to start on your own machine; move to a cloud target when you need more power.'),
  chosenCompute('compute-managed-cluster', 'managed-cluster', 'aml-compute', 'Managed cluster', 'You want a managed cluster that scales for each run and back down afterwards.'),
  chosenCompute('compute-own-vm', 'own-vm', 'remote-vm', 'Your own VM', 'You already run a virtual machine; attach it as the training target.'),
  chosenCompute('compute-spark-cluster', 'spark-cluster', 'hdinsight', 'Spark cluster', 'You want to train on a Spark cluster, which HDInsight provides.'),
  // Different compute per step favours no target: the source says each step picks its own, nothing
  // more. That is a note on the pipeline (see methodNotes), not a rule here.
];

export interface RankedTrainingOption<Id extends string, RuleId extends string> extends Ranked<Id, RuleId> {
  readonly name: string;
  readonly summary: string;
  readonly today: TodayEquivalent;
  /** Things to know that are not warnings: the profile's own notes, then any these answers call for. */
  readonly notes: readonly Note[];
  readonly neutral: boolean;
}
export type RankedMethod = RankedTrainingOption<MethodId, MethodRuleId>;
export type RankedComputeTarget = RankedTrainingOption<ComputeTargetId, ComputeRuleId>;

function rankOptions<Id extends string, RuleId extends string>(
  ids: readonly Id[],
  profiles: Record<Id, TrainingOptionProfile>,
  rules: readonly TrainingRule<Id, RuleId>[],
  cautions: (id: Id, answers: Answers) => Note[],
  notes: (id: Id, answers: Answers) => readonly Note[],
  answers: Answers,
): RankedTrainingOption<Id, RuleId>[] {
  const scored = ids.map((id) => {
    const reasons: Reason<RuleId>[] = [];
    for (const rule of rules) {
      if (!rule.favours.includes(id)) continue;
      const text = rule.applies(answers);
      if (text !== undefined) reasons.push({ guideline: rule.id, text, source: rule.source, points: rule.points });
    }
    const { name, summary, today } = profiles[id];
    return {
      id,
      name,
      summary,
      today,
      notes: notes(id, answers),
      score: sumPoints(reasons),
      reasons,
      cautions: cautions(id, answers),
      neutral: reasons.length === 0,
      rank: 0,
      tied: false,
    };
  });
  return rankByScore(scored);
}

function methodCautions(id: MethodId, answers: Answers): Note[] {
  if (id === 'estimator') {
    return [
      {
        id: 'estimator-retired',
        text: 'Estimators are a retired API: deprecated since SDK 1.19 and part of SDK v1, which is out of support. Use a command job with a curated environment instead.',
        source: SOURCES.howToTrain,
      },
    ];
  }
  if (id === 'run-configuration') {
    return [
      {
        id: 'run-configuration-v1',
        text: 'ScriptRunConfig is SDK v1, which is out of support; write the same thing as a command job.',
        source: SOURCES.migrateCommandJob,
      },
    ];
  }
  if (answers.workflow === 'single' && !METHOD_RULES.some((rule) => rule.favours.includes('pipeline') && rule.applies(answers))) {
    return [{ id: 'pipeline-overhead', text: 'For one script with none of the pipeline features, a pipeline adds structure you do not need yet.' }];
  }
  return [];
}

const PER_STEP_COMPUTE: Note = {
  id: 'per-step-compute',
  text: 'You want different compute for different steps. In a pipeline each step names its own compute target, so pick one per step from the targets here; none is favoured for mixing them.',
  source: SOURCES.trainingMethods,
};

/** The method's own notes, then the ones these answers call for. */
function methodNotes(id: MethodId, answers: Answers): readonly Note[] {
  const notes = METHODS[id].notes;
  return id === 'pipeline' && hasAnswer(answers, 'needs', 'mixed-compute') ? [...notes, PER_STEP_COMPUTE] : notes;
}

const profileNotes = (id: ComputeTargetId): readonly Note[] => COMPUTE_TARGETS[id].notes;

function computeCautions(id: ComputeTargetId, answers: Answers): Note[] {
  const cautions: Note[] = [];
  if (id === 'local' && answers.data === 'large') {
    cautions.push({ id: 'local-too-small', text: 'Your data is large: a local machine will not hold full training runs. Use it for development on a sample.' });
  }
  if (id === 'aml-compute') {
    cautions.push({
      id: 'cluster-scale-to-zero',
      text: 'Set the minimum node count to zero so the cluster costs nothing between runs.',
      source: SOURCES.computeTargets,
    });
  }
  if (id === 'remote-vm') {
    cautions.push({ id: 'vm-maintenance', text: 'You stay responsible for patching, sizing and paying for the VM while it idles.' });
  }
  if (id === 'hdinsight') {
    cautions.push({
      id: 'hdinsight-legacy',
      text: 'Legacy: HDInsight is a training target for SDK v1 pipelines only, and SDK v1 is out of support.',
      source: SOURCES.computeTargets,
    });
    if (answers.workflow === 'single' && answers.compute === 'spark-cluster') {
      cautions.push({
        id: 'hdinsight-single-script',
        text: 'You plan one training script, but HDInsight only runs pipeline steps. Wrap the script in a one-step pipeline, or pick another compute target.',
        source: SOURCES.computeTargets,
      });
    }
  }
  return cautions;
}

/**
 * Ranks the three training methods, best first, with the rules, cautions and
 * notes behind each place. Expects answers already filtered by the
 * show-conditions (see `effectiveAnswers`); `recommend()` does that.
 */
export function rankMethods(answers: Answers): RankedMethod[] {
  return rankOptions(METHOD_IDS, METHODS, METHOD_RULES, methodCautions, methodNotes, answers);
}

/**
 * Ranks the four compute targets, best first, with the rules and cautions
 * behind each place. Expects answers already filtered by the show-conditions
 * (see `effectiveAnswers`); `recommend()` does that.
 */
export function rankComputeTargets(answers: Answers): RankedComputeTarget[] {
  return rankOptions(COMPUTE_TARGET_IDS, COMPUTE_TARGETS, COMPUTE_RULES, computeCautions, profileNotes, answers);
}

export interface FrameworkAdvice {
  readonly framework: ValueOf<'framework'>;
  readonly name: string;
  /** What the 2019 source offered for it. */
  readonly then: string;
  /** What to use today. */
  readonly today: string;
  readonly cautions: readonly Note[];
  readonly sources: readonly Source[];
}

const FRAMEWORK_ADVICE: Record<ValueOf<'framework'>, Omit<FrameworkAdvice, 'framework' | 'sources'>> = {
  'scikit-learn': {
    name: 'scikit-learn',
    then: 'The SKLearn estimator.',
    today: 'A command job with a curated scikit-learn environment.',
    cautions: [],
  },
  tensorflow: {
    name: 'TensorFlow',
    then: 'The TensorFlow estimator, including distributed training.',
    today: 'A command job with a curated TensorFlow environment; set the job’s distribution for multi-node training.',
    cautions: [],
  },
  keras: {
    name: 'Keras',
    then: 'The Keras estimator, one of the five framework estimators the 2019 guidance lists.',
    today: 'An SDK v2 command job with a Keras/TensorFlow environment. TensorFlow ships Keras as tf.keras, so a curated TensorFlow environment covers it.',
    cautions: [],
  },
  pytorch: {
    name: 'PyTorch',
    then: 'The PyTorch estimator, including distributed training.',
    today: 'A command job with a curated PyTorch environment; set the job’s distribution for multi-node training.',
    cautions: [],
  },
  chainer: {
    name: 'Chainer',
    then: 'The Chainer estimator.',
    today: 'A command job with a custom environment that installs Chainer.',
    cautions: [
      {
        id: 'chainer-maintenance',
        text: 'Chainer has been in maintenance-only mode since December 2019, when its developers moved to PyTorch, and has no curated environment. Plan a move to another framework.',
      },
    ],
  },
  other: {
    name: 'Another framework',
    then: 'The generic estimator, which works with any framework.',
    today: 'A command job with a custom environment (a Docker image or a conda file) for your framework.',
    cautions: [],
  },
};

/** What to use for the framework the person named, then and now. */
export function frameworkAdvice(answers: Answers): FrameworkAdvice | undefined {
  const framework = answers.framework;
  if (framework === undefined || framework === 'unsure') return undefined;
  return {
    framework,
    ...FRAMEWORK_ADVICE[framework],
    sources: [SOURCES.trainingMethods, SOURCES.howToTrain],
  };
}
