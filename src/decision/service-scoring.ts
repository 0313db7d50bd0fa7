import { ANSWER_SPACE } from './answers';
import type { Condition, ScoringCase, ScoringRule } from './rank';
import { WEIGHT } from './rank';
import type { ServiceId } from './services';
import { SERVICE_IDS } from './services';

export const SERVICE_RULE_IDS = [
  'prebuilt-suits',
  'one-data-platform',
  'distributed-compute',
  'full-control',
  'python-first',
  'visual-lifecycle',
  'already-owned',
  'time-to-invest',
  'synapse-not-adopted',
] as const;
export type ServiceRuleId = (typeof SERVICE_RULE_IDS)[number];

/** The person wants their data engineering and data science in one service. */
const ONE_PLATFORM_WANTED: readonly Condition[] = [{ question: 'unified', is: ['yes'] }];

export const LARGE_DATA: Condition = { question: 'data', is: ['large'] };

/** Large data and a team that can (or will) write PySpark: when distributed compute counts for the Spark services. */
export const DISTRIBUTED_COMPUTE_USABLE: readonly Condition[] = [LARGE_DATA, { question: 'pyspark', isNot: ['no'] }];

/** Large data and a team that does not write Spark: the Spark services' large-data advantage is out of reach. */
export const SPARK_OUT_OF_REACH: readonly Condition[] = [LARGE_DATA, { question: 'pyspark', is: ['no'] }];

/** Any real answer to "which services do you already use", "none" included. */
const EXISTING_ANSWERED = ANSWER_SPACE.existing.values;

/** The service-choice guidelines and factors as the ranking applies them, one rule each. Ids are permanent. */
export const SERVICE_SCORING: readonly ScoringRule<ServiceId, ServiceRuleId>[] = [
  {
    id: 'prebuilt-suits',
    kind: 'guideline',
    title: 'A prebuilt model suits',
    // The kind of task never decides this on its own: the source says "whenever" a prebuilt
    // model suits and names no task it cannot suit. A tabular task gets a caution instead.
    cases: [
      {
        when: [{ question: 'prebuilt', is: ['yes'] }],
        options: ['ai-services'],
        points: WEIGHT.decisive,
      },
      {
        when: [{ question: 'prebuilt', is: ['no'] }],
        options: ['ai-services'],
        points: -WEIGHT.decisive,
      },
    ],
  },
  {
    id: 'one-data-platform',
    kind: 'guideline',
    title: 'One service for all data work',
    cases: [
      {
        when: ONE_PLATFORM_WANTED,
        options: ['synapse', 'databricks'],
        points: WEIGHT.guideline,
      },
      {
        when: ONE_PLATFORM_WANTED,
        options: ['fabric'],
        points: WEIGHT.guideline,
      },
    ],
  },
  {
    id: 'distributed-compute',
    kind: 'guideline',
    title: 'Distributed compute for large data',
    cases: [
      {
        when: DISTRIBUTED_COMPUTE_USABLE,
        options: ['synapse', 'databricks'],
        points: WEIGHT.guideline,
      },
      {
        when: DISTRIBUTED_COMPUTE_USABLE,
        options: ['fabric'],
        points: WEIGHT.guideline,
      },
    ],
  },
  {
    id: 'full-control',
    kind: 'guideline',
    title: 'Full control over training',
    cases: [
      {
        when: [{ question: 'control', is: ['full'] }],
        options: ['azure-ml', 'databricks'],
        points: WEIGHT.guideline,
      },
    ],
  },
  {
    id: 'python-first',
    kind: 'guideline',
    title: 'Python first',
    cases: [
      {
        when: [{ question: 'language', is: ['python'] }],
        options: ['azure-ml'],
        points: WEIGHT.guideline,
      },
    ],
  },
  {
    id: 'visual-lifecycle',
    kind: 'guideline',
    title: 'A visual interface for the lifecycle',
    cases: [
      {
        when: [{ question: 'ui', is: ['yes'] }],
        options: ['azure-ml'],
        points: WEIGHT.guideline,
      },
    ],
  },
  {
    id: 'already-owned',
    kind: 'factor',
    title: 'Already in your organization',
    cases: SERVICE_IDS.map(
      (service): ScoringCase<ServiceId> => ({
        when: [{ question: 'existing', is: [service] }],
        options: [service],
        points: WEIGHT.factor,
      }),
    ),
  },
  {
    id: 'time-to-invest',
    kind: 'factor',
    title: 'Little time for training',
    cases: [
      {
        when: [{ question: 'effort', is: ['little'] }],
        options: ['ai-services'],
        points: WEIGHT.factor,
      },
    ],
  },
  {
    id: 'synapse-not-adopted',
    kind: 'factor',
    title: 'Its Spark runtime page encourages a move to Fabric',
    cases: [
      {
        when: [
          { question: 'existing', is: EXISTING_ANSWERED },
          { question: 'existing', isNot: ['synapse'] },
        ],
        options: ['synapse'],
        points: -WEIGHT.factor,
      },
    ],
  },
];
