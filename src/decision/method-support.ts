import type { ValueOf } from './answers';
import type { Source } from './sources';
import * as SOURCES from './sources';
import type { ComputeTargetId, MethodId } from './training';

/**
 * Which training method works with which framework and on which compute
 * target: the grid behind the comparison's Frameworks and Compute tables.
 * Facts, not rules: nothing here moves the ranking. Names, summaries and
 * today's equivalents stay in training-profiles.ts (METHODS,
 * COMPUTE_TARGETS, frameworkAdvice); this file only says which pairs go
 * together.
 */

export type FrameworkId = ValueOf<'framework'>;

/**
 * - `yes`: the method works with it directly.
 * - `through-steps`: a pipeline does not train by itself; its steps do, each
 *   with a run configuration or an estimator.
 * - `no`: not supported.
 */
export type SupportLevel = 'yes' | 'through-steps' | 'no';

export interface Support {
  readonly level: SupportLevel;
  /** A few words for a table cell, e.g. "Any framework". */
  readonly label: string;
  /** The same in a sentence, for a card or a tooltip-free reading. */
  readonly text: string;
  /** The page behind this mark when it is not the row's: where today's documentation differs from the row's page. */
  readonly source?: Source;
}

export interface SupportRow {
  readonly methods: Record<MethodId, Support>;
  readonly source: Source;
}

const ANY_FRAMEWORK: Support = {
  level: 'yes',
  label: 'Any framework',
  text: 'The generic way: your script, with the training environment its run configuration sets up.',
};

const THROUGH_STEPS: Support = {
  level: 'through-steps',
  label: 'Through its steps',
  text: 'Through its training steps, which use the other methods.',
};

const OWN_ALGORITHMS: Support = {
  level: 'no',
  label: 'Not your code',
  text: 'Automated ML tries algorithms and parameters of its own choosing, not your framework code.',
  source: SOURCES.automlConcept,
};

/**
 * A framework with an estimator class of its own. The label names the year: the column's heading is
 * today's method, and whether a curated environment covers the framework now is the row's today column.
 */
function ownEstimator(name: string): Support {
  return { level: 'yes', label: '2019: own estimator', text: `The 2019 SDK had an estimator class for ${name}.` };
}

function frameworkRow(estimator: Support): SupportRow {
  return {
    methods: { 'run-configuration': ANY_FRAMEWORK, estimator, pipeline: THROUGH_STEPS, automl: OWN_ALGORITHMS },
    source: SOURCES.trainModels2019,
  };
}

/** Every framework the 2019 source names, plus "another framework", against the methods. */
export const FRAMEWORK_SUPPORT: Record<FrameworkId, SupportRow> = {
  'scikit-learn': frameworkRow(ownEstimator('scikit-learn')),
  tensorflow: frameworkRow(ownEstimator('TensorFlow')),
  keras: frameworkRow({
    level: 'yes',
    label: '2019: TensorFlow estimator',
    text: 'Keras jobs ran through the TensorFlow estimator.',
    source: SOURCES.trainKerasV1,
  }),
  pytorch: frameworkRow(ownEstimator('PyTorch')),
  chainer: frameworkRow(ownEstimator('Chainer')),
  other: frameworkRow({
    level: 'yes',
    label: '2019: generic estimator',
    text: 'No estimator of its own, but the generic estimator class worked with any framework.',
  }),
};

const RUNS_HERE: Support = { level: 'yes', label: 'Runs here', text: 'Can train on this target.' };

function notHere(text: string): Support {
  return { level: 'no', label: 'Not supported', text };
}

/**
 * The compute-target page's table marks Automated ML on a remote VM, linking SDK v1 instructions;
 * the page on setting up Automated ML today says otherwise (decision 0008).
 */
const AUTOML_NEEDS_REMOTE = 'Automated ML jobs from SDK v2 and CLI v2 need remote compute in the workspace, such as a compute cluster or a compute instance';

const AUTOML_V2_ELSEWHERE: Support = { ...notHere(`Not here: ${AUTOML_NEEDS_REMOTE}.`), source: SOURCES.automlSdk };

/** The local row also stands for the compute instance, where what your own machine cannot run does run. */
function onComputeInstanceOnly(text: string, source: Source): Support {
  return { level: 'yes', label: 'Compute instance only', text, source };
}

/** The four compute targets the 2019 source names, against the methods. */
export const COMPUTE_SUPPORT: Record<ComputeTargetId, SupportRow> = {
  local: {
    methods: {
      'run-configuration': {
        level: 'yes',
        label: 'Runs here',
        text: 'Runs here, and the same script moves to a cloud target by changing only its run configuration.',
      },
      estimator: RUNS_HERE,
      pipeline: onComputeInstanceOnly(
        'On a compute instance, not on your own machine: the compute-target table lists the instance for pipelines, and no local computer.',
        SOURCES.computeTargets,
      ),
      automl: onComputeInstanceOnly(`On a compute instance, not on your own machine: ${AUTOML_NEEDS_REMOTE}.`, SOURCES.automlSdk),
    },
    source: SOURCES.trainModels2019,
  },
  'aml-compute': {
    methods: {
      'run-configuration': RUNS_HERE,
      estimator: RUNS_HERE,
      pipeline: RUNS_HERE,
      automl: { ...RUNS_HERE, text: 'The compute-target table marks compute clusters and serverless compute for Automated ML.', source: SOURCES.computeTargets },
    },
    source: SOURCES.trainModels2019,
  },
  'remote-vm': {
    methods: {
      'run-configuration': RUNS_HERE,
      estimator: RUNS_HERE,
      pipeline: RUNS_HERE,
      automl: AUTOML_V2_ELSEWHERE,
    },
    source: SOURCES.trainModels2019,
  },
  hdinsight: {
    methods: {
      'run-configuration': {
        level: 'no',
        label: 'Not today',
        text: 'Spark here runs interactive Spark code, Spark batch jobs and pipelines’ Spark components; a command job is not among them.',
        source: SOURCES.amlSpark,
      },
      estimator: notHere('The SDK v1 instructions for HDInsight use a run configuration; they describe no estimator for it.'),
      pipeline: {
        level: 'yes',
        label: 'Runs here',
        text: 'A pipeline can run a Spark component on this compute.',
        source: SOURCES.amlSpark,
      },
      automl: { ...notHere('The compute-target table does not mark Automated ML for HDInsight.'), source: SOURCES.computeTargets },
    },
    source: SOURCES.attachComputeV1,
  },
};
