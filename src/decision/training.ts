import * as SOURCES from './sources';
import type { Source } from './sources';

/** In share-link contract order; ties keep this order. */
export const METHOD_IDS = ['run-configuration', 'estimator', 'pipeline', 'automl'] as const;
export type MethodId = (typeof METHOD_IDS)[number];

export const COMPUTE_TARGET_IDS = ['local', 'aml-compute', 'remote-vm', 'hdinsight'] as const;
export type ComputeTargetId = (typeof COMPUTE_TARGET_IDS)[number];

/** What the result's first screen shows of a training method or compute target; the rest is in training-profiles.ts. */
export interface TrainingEssentials {
  /** What to use today: the heading. */
  readonly name: string;
  /** One official quickstart or tutorial, for training methods. */
  readonly firstStep?: Source;
}

export const METHOD_ESSENTIALS: Record<MethodId, TrainingEssentials> = {
  'run-configuration': { name: 'Command job with your own environment', firstStep: SOURCES.trainModelTutorial },
  estimator: { name: 'Command job with a curated environment', firstStep: SOURCES.azureMlInADay },
  pipeline: { name: 'Pipeline job built from components, or drawn in the designer', firstStep: SOURCES.pipelineTutorial },
  automl: { name: 'Automated ML', firstStep: SOURCES.automlTutorial },
};

export const COMPUTE_ESSENTIALS: Record<ComputeTargetId, TrainingEssentials> = {
  local: { name: 'Your own machine, or a compute instance' },
  'aml-compute': { name: 'Compute cluster or serverless compute' },
  'remote-vm': { name: 'Attached virtual machine' },
  hdinsight: { name: 'Serverless Spark compute or an attached Synapse Spark pool' },
};
