import type { Answers } from './answers';
import { hasAnswer } from './answers';
import type { Note, Trigger } from './rank';
import { WEIGHT } from './rank';
import type { ServiceId } from './services';
import { SERVICES, SERVICE_IDS } from './services';
import type { Source } from './sources';
import { SOURCES } from './sources';

export const SERVICE_RULE_IDS = [
  'prebuilt-suits',
  'one-data-platform',
  'distributed-compute',
  'full-control',
  'python-first',
  'visual-lifecycle',
  'already-owned',
  'time-to-invest',
] as const;
export type ServiceRuleId = (typeof SERVICE_RULE_IDS)[number];

/** What a rule does to one service for one set of answers. */
export interface ServiceEffect {
  readonly service: ServiceId;
  readonly points: number;
  readonly text: string;
}

export interface ServiceRule {
  readonly id: ServiceRuleId;
  /** Guidelines come from the source; factors only break ties. */
  readonly kind: 'guideline' | 'factor';
  readonly title: string;
  /** The guideline in general terms, in our words. */
  readonly statement: string;
  readonly favours: readonly ServiceId[];
  /** Answers that turn the rule on in favour of `favours`. */
  readonly triggers: readonly Trigger[];
  readonly source: Source;
  readonly effects: (answers: Answers) => readonly ServiceEffect[];
}

const each = (services: readonly ServiceId[], points: number, text: string): ServiceEffect[] =>
  services.map((service) => ({ service, points, text }));

/** The service-choice guidelines and factors, one rule each. Ids are permanent. */
export const SERVICE_RULES: readonly ServiceRule[] = [
  {
    id: 'prebuilt-suits',
    kind: 'guideline',
    title: 'A prebuilt model suits',
    statement:
      'If a prebuilt model you can tailor with your own data meets your requirements, use Azure AI Services: calling a ready-made model saves the time and effort of training one. If none fits, it is the wrong tool.',
    favours: ['ai-services'],
    triggers: [{ question: 'prebuilt', value: 'yes' }],
    source: SOURCES.chooseService,
    effects: (answers) => {
      if (answers.prebuilt === 'yes') {
        return each(
          ['ai-services'],
          WEIGHT.decisive,
          'A prebuilt model would meet your needs, and the guidance is to use AI Services whenever that is so: tailoring a ready-made model saves the time and effort of training your own.',
        );
      }
      if (answers.prebuilt === 'no') {
        return each(
          ['ai-services'],
          -WEIGHT.decisive,
          'You need a model of your own. AI Services offers prebuilt models, so it cannot train the model you describe.',
        );
      }
      // The kind of task never decides this on its own: the source says "whenever" a prebuilt
      // model suits and names no task it cannot suit. A tabular task gets a caution instead.
      return [];
    },
  },
  {
    id: 'one-data-platform',
    kind: 'guideline',
    title: 'One service for all data work',
    statement:
      'If you want one service for both preparing data and building models, pick Azure Databricks or Azure Synapse Analytics.',
    favours: ['synapse', 'databricks'],
    triggers: [{ question: 'unified', value: 'yes' }],
    source: SOURCES.chooseService,
    effects: (answers) =>
      answers.unified === 'yes'
        ? each(
            ['synapse', 'databricks'],
            WEIGHT.guideline,
            'You want data engineering and data science in one place; this service covers both the data pipelines and the model training.',
          )
        : [],
  },
  {
    id: 'distributed-compute',
    kind: 'guideline',
    title: 'Distributed compute for large data',
    statement:
      'When datasets outgrow standard compute, Azure Synapse Analytics and Azure Databricks spread the work over Spark clusters. Using that compute means writing PySpark.',
    favours: ['synapse', 'databricks'],
    triggers: [
      { question: 'data', value: 'large' },
      { question: 'pyspark', value: 'yes' },
    ],
    source: SOURCES.chooseService,
    effects: (answers) =>
      answers.data === 'large' && answers.pyspark !== 'no'
        ? each(
            ['synapse', 'databricks'],
            WEIGHT.guideline,
            'Your data outgrows standard compute; this service spreads training data over a Spark cluster.',
          )
        : [],
  },
  {
    id: 'full-control',
    kind: 'guideline',
    title: 'Full control over training',
    statement: 'For full control over how models are trained and managed, choose Azure Databricks or Azure Machine Learning.',
    favours: ['azure-ml', 'databricks'],
    triggers: [{ question: 'control', value: 'full' }],
    source: SOURCES.chooseService,
    effects: (answers) =>
      answers.control === 'full'
        ? each(
            ['azure-ml', 'databricks'],
            WEIGHT.guideline,
            'You want to decide how the model is trained and kept, and this service leaves that to you: your code, your environment, your model registry.',
          )
        : [],
  },
  {
    id: 'python-first',
    kind: 'guideline',
    title: 'Python first',
    statement: 'When Python is the language you prefer, choose Azure Machine Learning.',
    favours: ['azure-ml'],
    triggers: [{ question: 'language', value: 'python' }],
    source: SOURCES.chooseService,
    effects: (answers) =>
      answers.language === 'python'
        ? each(['azure-ml'], WEIGHT.guideline, 'Your team prefers Python, the language Azure Machine Learning is built around.')
        : [],
  },
  {
    id: 'visual-lifecycle',
    kind: 'guideline',
    title: 'A visual interface for the lifecycle',
    statement: 'For an intuitive interface to manage the machine learning lifecycle, choose Azure Machine Learning.',
    favours: ['azure-ml'],
    triggers: [{ question: 'ui', value: 'yes' }],
    source: SOURCES.chooseService,
    effects: (answers) =>
      answers.ui === 'yes'
        ? each(
            ['azure-ml'],
            WEIGHT.guideline,
            'You want a visual interface for the lifecycle; Azure Machine Learning studio lets you train, track, register and deploy from the browser.',
          )
        : [],
  },
  {
    id: 'already-owned',
    kind: 'factor',
    title: 'Already in your organization',
    statement:
      'A service your organization already runs comes with skills, contracts and governance in place. It tips a close call; it does not outweigh a guideline.',
    favours: SERVICE_IDS,
    triggers: SERVICE_IDS.map((value) => ({ question: 'existing', value })),
    source: SOURCES.chooseService,
    effects: (answers) =>
      SERVICE_IDS.filter((service) => hasAnswer(answers, 'existing', service)).map((service) => ({
        service,
        points: WEIGHT.factor,
        text: `Your organization already uses ${SERVICES[service].name}. That tips a close call but never outweighs a guideline.`,
      })),
  },
  {
    id: 'time-to-invest',
    kind: 'factor',
    title: 'Little time for training',
    statement:
      'The less time you want to spend on training, the more a ready-made model is worth: it tips a close call towards Azure AI Services.',
    favours: ['ai-services'],
    triggers: [{ question: 'effort', value: 'little' }],
    source: SOURCES.chooseService,
    effects: (answers) =>
      answers.effort === 'little'
        ? each(
            ['ai-services'],
            WEIGHT.factor,
            'You want to spend as little time on training as possible; a prebuilt model is the quickest route if one fits. That tips a close call only.',
          )
        : [],
  },
];

/** What to watch out for with a service, given the answers. Never moves the ranking. */
export function serviceCautions(service: ServiceId, answers: Answers): Note[] {
  const cautions: Note[] = [];
  const add = (id: string, text: string, source?: Source) => cautions.push(source ? { id, text, source } : { id, text });
  const spark = service === 'synapse' || service === 'databricks';

  if (service === 'ai-services') {
    if (answers.control === 'full' || answers.control === 'some') {
      add('prebuilt-little-control', 'Prebuilt models give you little control over how they are trained and managed.', SOURCES.aiServicesOverview);
    }
    if (answers.prebuilt === undefined || answers.prebuilt === 'unsure') {
      if (answers.task === 'tabular') {
        add(
          'prebuilt-tabular-fit',
          'Its prebuilt models are mostly for images, text, speech and documents. For predictions from your own tables, make sure one really fits before you rely on it.',
          SOURCES.aiServicesOverview,
        );
      } else {
        add('check-prebuilt-fit', 'Check that one of its prebuilt models really fits your task before you plan on it.', SOURCES.aiServicesOverview);
      }
    }
  }
  if (spark && answers.data === 'large' && answers.pyspark !== 'no') {
    add('needs-pyspark', 'You’ll need PySpark to use its distributed compute.', SOURCES.pyspark);
  }
  if (spark && answers.data === 'large' && answers.pyspark === 'no') {
    add(
      'pyspark-gap',
      'Your data is large, but this service’s distributed compute is programmed in PySpark, which your team doesn’t use. The large-data advantage counts only once someone can write PySpark.',
      SOURCES.pyspark,
    );
  }
  if (service === 'azure-ml' && answers.data === 'large') {
    add(
      'large-data-outside-spark',
      'The guidance sends data too large for standard compute to the Spark-based services. In Azure Machine Learning, size a compute cluster for it or prepare the data elsewhere first.',
      SOURCES.computeTargets,
    );
  }
  if (service === 'azure-ml' && (answers.language === 'scala' || answers.language === 'sql' || answers.language === 'r')) {
    add(
      'python-centred',
      'Azure Machine Learning is driven mostly from Python or the CLI; expect to write some Python around your code.',
      SOURCES.azureMlOverview,
    );
  }
  if (service === 'azure-ml') {
    add(
      'sdk-v1-retired',
      'Examples written for SDK v1 (azureml-core) target a retired API; follow SDK v2 or CLI v2 material.',
      SOURCES.migrateCommandJob,
    );
  }
  return cautions;
}
