import type { Answers, ValueOf } from './answers';
import type { Note } from './rank';
import type { Lineage, OptionWords } from './service-profiles';
import { withProfileWords } from './service-profiles';
import type { Source } from './sources';
import * as SOURCES from './sources';
import type { ComputeTargetId, MethodId, TrainingEssentials } from './training';
import { COMPUTE_ESSENTIALS, COMPUTE_TARGET_IDS, METHOD_ESSENTIALS, METHOD_IDS } from './training';

/** What the source said about a method or target, kept beneath today's name. */
/** Every training method and compute target is named on the 2019 page. */
interface SeedLineage extends Lineage {
  readonly name: string;
  /** The source's description, in our words. */
  readonly summary: string;
}

/** A training method or compute target in full: its essentials (training.ts) and what the result's details say of it. */
export interface TrainingOptionProfile extends TrainingEssentials, OptionWords<SeedLineage> {
  /** Facts that hold whatever the answers, e.g. how methods combine. */
  readonly notes: readonly Note[];
}

type TrainingWords = Omit<TrainingOptionProfile, keyof TrainingEssentials>;

const IN_2019 = 'In the 2019 guidance';

const METHOD_WORDS: Record<MethodId, TrainingWords> = {
  'run-configuration': {
    summary:
      'A command job runs your training script with the environment and compute you define, from the Python SDK v2 or the CLI v2. Start on your own machine and move to cloud compute by changing only the compute.',
    lineage: {
      name: 'Run configuration',
      label: IN_2019,
      summary:
        'The generic way: your training script with a run configuration that sets up its training environment. Start with one for your own computer and switch to one for cloud compute as needed, without touching the script.',
      source: SOURCES.trainModels2019,
    },
    today: {
      id: 'run-configuration-today',
      text: 'ScriptRunConfig belongs to SDK v1; in SDK v2 it maps to a command job that runs the same script.',
      source: SOURCES.migrateCommandJob,
    },
    notes: [],
  },
  estimator: {
    summary:
      'A command job that uses one of Azure Machine Learning’s ready-made (curated) environments, so the framework and its packages are set up for you.',
    lineage: {
      name: 'Estimator',
      label: IN_2019,
      summary:
        'Estimator classes made popular frameworks easy to train with (scikit-learn, PyTorch, TensorFlow and Chainer), and a generic estimator served frameworks without a class of their own.',
      source: SOURCES.trainModels2019,
    },
    today: {
      id: 'estimator-today',
      text: 'Estimators were deprecated in SDK 1.19.0 in favour of ScriptRunConfig, itself SDK v1.',
      source: SOURCES.trainKerasV1,
    },
    notes: [],
  },
  pipeline: {
    summary:
      'A workflow of steps (prepare data, train, evaluate, score or deploy models), each a reusable component with its own compute, run as one pipeline job. The designer draws the same pipeline in the browser, without code.',
    lineage: {
      name: 'Machine learning pipeline',
      label: IN_2019,
      summary:
        'A workflow of modular, reusable steps, not a training method of its own: its training steps use a run configuration or an estimator, or Automated ML. It runs long jobs unattended, coordinates steps across different compute, serves as a template for retraining or batch scoring, tracks and versions its data, and lets teams build steps apart.',
      source: SOURCES.trainModels2019,
    },
    today: {
      id: 'pipeline-today',
      text: 'To reuse a pipeline and trigger it through an endpoint today, deploy its pipeline component under a batch endpoint; consumers invoke the endpoint by its URL.',
      source: SOURCES.batchEndpoints,
    },
    notes: [
      {
        id: 'steps-use-other-methods',
        text: 'A pipeline’s training steps use the other methods, today command jobs or Automated ML. Choosing a pipeline still leaves that choice for each step.',
        source: SOURCES.trainModelsToday,
      },
    ],
  },
  automl: {
    summary:
      'You bring the data and the metric; the service tries algorithms and settings for you and keeps the best model. Set it up in the studio without code, or from the Python SDK v2 or CLI v2.',
    lineage: {
      name: 'Automated machine learning',
      label: IN_2019,
      summary: 'Training without extensive data-science or programming knowledge, or saving time by letting the service choose the algorithm and tune it.',
      source: SOURCES.trainModels2019,
    },
    today: {
      id: 'automl-today',
      text: 'Automated ML is one of the ways to train in Azure Machine Learning today, from the studio or from code.',
      source: SOURCES.automlConcept,
    },
    notes: [],
  },
};

const COMPUTE_WORDS: Record<ComputeTargetId, TrainingWords> = {
  local: {
    summary: 'Develop and debug on your own machine or an Azure Machine Learning compute instance, then submit the same job to a cluster.',
    lineage: {
      name: 'Local machine',
      label: IN_2019,
      summary: 'Your own computer: a run configuration starts here and switches to a cloud target as needed.',
      source: SOURCES.trainModels2019,
    },
    today: {
      id: 'local-today',
      text: 'Start by developing and experimenting on a small amount of data in your local environment, then scale up to a training compute target.',
      source: SOURCES.computeTargets,
    },
    notes: [],
  },
  'aml-compute': {
    summary: 'A managed cluster that grows for a job and shrinks afterwards, or serverless compute that runs a job without you creating a cluster first.',
    lineage: {
      name: 'Azure Machine Learning Compute',
      label: IN_2019,
      summary: 'Azure Machine Learning Compute, the first of the cloud targets the page names.',
      source: SOURCES.trainModels2019,
    },
    today: {
      id: 'aml-compute-today',
      text: 'Serverless compute spares you creating and managing a compute cluster: Azure Machine Learning creates, scales and manages the compute for you.',
      source: SOURCES.serverlessCompute,
    },
    notes: [],
  },
  'remote-vm': {
    summary: 'A virtual machine you already run, attached to the workspace as a training target.',
    lineage: {
      name: 'Remote virtual machine',
      label: IN_2019,
      summary: 'A virtual machine in the cloud, used as a training target.',
      source: SOURCES.trainModels2019,
    },
    today: {
      id: 'remote-vm-today',
      text: 'You can still attach a virtual machine you manage: you create it outside Azure Machine Learning, which does not manage it for you.',
      source: SOURCES.computeTargets,
    },
    notes: [],
  },
  hdinsight: {
    summary: 'Spark inside Azure Machine Learning: serverless Spark compute on demand, or a Synapse Spark pool attached to the workspace.',
    lineage: {
      name: 'Azure HDInsight',
      label: IN_2019,
      summary: 'An HDInsight cluster in the cloud, used as a training target.',
      source: SOURCES.trainModels2019,
    },
    today: {
      id: 'hdinsight-today',
      text: 'Azure Machine Learning runs Spark today as serverless Spark compute or an attached Synapse Spark pool.',
      source: SOURCES.amlSpark,
    },
    notes: [],
  },
};

/** Every training method in full: its essentials and its words. */
export const METHODS: Record<MethodId, TrainingOptionProfile> = withProfileWords(METHOD_IDS, METHOD_ESSENTIALS, METHOD_WORDS);

/** Every compute target in full: its essentials and its words. */
export const COMPUTE_TARGETS: Record<ComputeTargetId, TrainingOptionProfile> = withProfileWords(COMPUTE_TARGET_IDS, COMPUTE_ESSENTIALS, COMPUTE_WORDS);

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

type FrameworkText = Omit<FrameworkAdvice, 'framework' | 'sources'>;

const FRAMEWORK_ADVICE: Record<ValueOf<'framework'>, FrameworkText> = {
  'scikit-learn': {
    name: 'scikit-learn',
    then: 'The SKLearn estimator.',
    today: 'A command job with a curated environment, or one of your own built from a Docker image or a conda file.',
    cautions: [],
  },
  tensorflow: {
    name: 'TensorFlow',
    then: 'The TensorFlow estimator.',
    today: 'A command job with a curated TensorFlow environment; set the job’s distribution for multi-node training.',
    cautions: [],
  },
  keras: {
    name: 'Keras',
    then: 'Keras jobs ran through the TensorFlow estimator of SDK v1.',
    today: 'A command job. For tf.keras, which is built into TensorFlow, use a TensorFlow environment as for TensorFlow; for standalone Keras, a conda environment of your own.',
    cautions: [],
  },
  pytorch: {
    name: 'PyTorch',
    then: 'The PyTorch estimator.',
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
        text: 'Chainer is in its maintenance phase: its developers limit further development to bug fixes and maintenance.',
        source: SOURCES.chainer,
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

/** The pages behind each framework's "today": its own how-to where there is one, and the distributed training guide where "today" names distribution. */
const TODAY_SOURCES: Record<ValueOf<'framework'>, readonly Source[]> = {
  'scikit-learn': [SOURCES.trainScikitLearnV2],
  tensorflow: [SOURCES.trainTensorFlowV2, SOURCES.distributedGpuTraining],
  keras: [SOURCES.trainKerasV2],
  pytorch: [SOURCES.trainPyTorchV2, SOURCES.distributedGpuTraining],
  chainer: [SOURCES.howToTrainModel],
  other: [SOURCES.howToTrainModel],
};

/** What to use for the framework the person named, then and now: sources are the 2019 page first, then today's. */
export function frameworkAdvice(answers: Answers): FrameworkAdvice | undefined {
  const framework = answers.framework;
  if (framework === undefined || framework === 'unsure') return undefined;
  return {
    framework,
    ...FRAMEWORK_ADVICE[framework],
    sources: [framework === 'keras' ? SOURCES.trainKerasV1 : SOURCES.trainModels2019, ...TODAY_SOURCES[framework]],
  };
}
