import type { ValueOf } from './answers';
import { ANSWER_SPACE } from './answers';
import type { ScoringCase, ScoringRule } from './rank';
import { WEIGHT } from './rank';
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

export const COMPUTE_RULE_IDS = ['compute-local-first', 'compute-managed-cluster', 'compute-own-vm', 'compute-spark-cluster'] as const;
export type ComputeRuleId = (typeof COMPUTE_RULE_IDS)[number];

/** The frameworks the 2019 page names; "another framework" is the generic estimator's. */
const NAMED_FRAMEWORKS = ['scikit-learn', 'tensorflow', 'keras', 'pytorch', 'chainer'] as const satisfies readonly ValueOf<'framework'>[];
const ANY_FRAMEWORK = ANSWER_SPACE.framework.values;

/** A guideline with one case: the common shape. */
function oneCase<Option extends string, Id extends string>(
  id: Id,
  title: string,
  ruleCase: ScoringCase<Option>,
  kind: ScoringRule<Option, Id>['kind'] = 'guideline',
): ScoringRule<Option, Id> {
  return { id, kind, title, cases: [ruleCase] };
}

/** A pipeline strength: one rule per feature the 2019 page lists. */
function pipelineNeed(id: MethodRuleId, need: ValueOf<'needs'>, title: string): ScoringRule<MethodId, MethodRuleId> {
  // A workflow need is something only a pipeline offers, so it outranks any setup preference.
  return oneCase(id, title, { when: [{ question: 'needs', is: [need] }], options: ['pipeline'], points: WEIGHT.decisive });
}

/** The training-method guidelines as the ranking applies them, one rule each. Ids are permanent. */
export const METHOD_SCORING: readonly ScoringRule<MethodId, MethodRuleId>[] = [
  oneCase('multi-step-workflow', 'Several steps', { when: [{ question: 'workflow', is: ['multi-step'] }], options: ['pipeline'], points: WEIGHT.decisive }),
  pipelineNeed('unattended-runs', 'unattended', 'Unattended runs'),
  pipelineNeed('heterogeneous-compute', 'mixed-compute', 'Different compute per step'),
  pipelineNeed('reuse-and-publish', 'publish', 'Reuse as a template'),
  pipelineNeed('tracking-and-versioning', 'versioning', 'Tracking and versioning'),
  pipelineNeed('collaboration', 'collaboration', 'Collaboration'),
  pipelineNeed('batch-scoring', 'batch-scoring', 'Batch scoring'),
  oneCase(
    'single-script',
    'One training script',
    { when: [{ question: 'workflow', is: ['single'] }], options: ['run-configuration', 'estimator'], points: WEIGHT.factor },
    'factor',
  ),
  oneCase('ready-made-setup', 'Ready-made setup', { when: [{ question: 'setup', is: ['ready-made'] }], options: ['estimator'], points: WEIGHT.guideline }),
  oneCase('popular-framework', 'A popular framework', { when: [{ question: 'framework', is: NAMED_FRAMEWORKS }], options: ['estimator'], points: WEIGHT.strength }),
  oneCase('low-level-control', 'Low-level control', { when: [{ question: 'setup', is: ['low-level'] }], options: ['run-configuration'], points: WEIGHT.guideline }),
  oneCase('local-then-cloud', 'Local first, cloud later', { when: [{ question: 'compute', is: ['local-first'] }], options: ['run-configuration'], points: WEIGHT.strength }),
  oneCase('no-code', 'No code', { when: [{ question: 'language', is: ['nocode'] }], options: ['automl'], points: WEIGHT.guideline }),
  oneCase('studio-little-control', 'The studio, little control', {
    when: [
      { question: 'ui', is: ['yes'] },
      { question: 'control', is: ['little'] },
    ],
    options: ['automl'],
    points: WEIGHT.guideline,
  }),
  oneCase('own-framework-code', 'Your own framework code', { when: [{ question: 'framework', is: ANY_FRAMEWORK }], options: ['automl'], points: -WEIGHT.decisive }),
  oneCase('no-code-designer', 'No code, several steps', {
    when: [
      { question: 'language', is: ['nocode'] },
      { question: 'workflow', is: ['multi-step'] },
    ],
    options: ['pipeline'],
    points: WEIGHT.guideline,
  }),
];

function chosenCompute(id: ComputeRuleId, value: ValueOf<'compute'>, target: ComputeTargetId, title: string): ScoringRule<ComputeTargetId, ComputeRuleId> {
  return oneCase(id, title, { when: [{ question: 'compute', is: [value] }], options: [target], points: WEIGHT.guideline });
}

/** The compute-target guidelines as the ranking applies them. Ids are permanent. */
export const COMPUTE_SCORING: readonly ScoringRule<ComputeTargetId, ComputeRuleId>[] = [
  chosenCompute('compute-local-first', 'local-first', 'local', 'Start locally'),
  chosenCompute('compute-managed-cluster', 'managed-cluster', 'aml-compute', 'Managed cluster'),
  chosenCompute('compute-own-vm', 'own-vm', 'remote-vm', 'Your own VM'),
  chosenCompute('compute-spark-cluster', 'spark-cluster', 'hdinsight', 'Spark cluster'),
  // Different compute per step favours no target: the source says each step picks its own, nothing
  // more. That is a note on the pipeline (see METHOD_NOTES in training-rules.ts), not a rule here.
];
