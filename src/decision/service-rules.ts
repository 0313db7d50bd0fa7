import type { Condition, NoteRule, Rule, RuleWords } from './rank';
import { withWords } from './rule-words';
import type { ServiceRuleId } from './service-scoring';
import { DISTRIBUTED_COMPUTE_USABLE, LARGE_DATA, SERVICE_SCORING, SPARK_OUT_OF_REACH } from './service-scoring';
import type { ServiceId } from './services';
import { SERVICE_ESSENTIALS, SERVICE_IDS } from './services';
import * as SOURCES from './sources';

export type ServiceRule = Rule<ServiceId, ServiceRuleId>;

/** The services the Learn unit names for distributed compute; it says nothing of Fabric, which has notes of its own. */
const SEED_SPARK_SERVICES = ['synapse', 'databricks'] as const satisfies readonly ServiceId[];

/** What each service rule says, in general and for each of its cases (service-scoring.ts), in our words. */
const SERVICE_RULE_WORDS: Record<ServiceRuleId, RuleWords> = {
  'prebuilt-suits': {
    statement:
      'If a prebuilt model you can tailor with your own data meets your requirements, use Foundry Tools (Azure AI Services): calling a ready-made model saves the time and effort of training one.',
    source: SOURCES.chooseService,
    cases: [
      'A prebuilt model would meet your needs, and the guidance is to use these ready-made models whenever that is so: tailoring one saves the time and effort of training your own.',
      'You need a model of your own; the guidance favours Foundry Tools’ prebuilt models only when one suits.',
    ],
  },
  'one-data-platform': {
    statement:
      'If you want data engineering and data science in one service, pick Azure Databricks or Azure Synapse Analytics.',
    source: SOURCES.chooseService,
    cases: [
      'You want data engineering and data science in one place; this service covers both the data pipelines and the model training.',
      { text: 'You want data engineering and data science in one place. Fabric is one platform for all of that work; this advisor gives it the credit the guidance gives Synapse.', source: SOURCES.compareMlProducts },
    ],
  },
  'distributed-compute': {
    statement:
      'When datasets outgrow standard compute, Azure Synapse Analytics and Azure Databricks spread the work over Spark clusters. Using that compute means writing Spark code, PySpark in the Learn unit’s words.',
    source: SOURCES.chooseService,
    cases: [
      'Your data outgrows standard compute; this service spreads training data over a Spark cluster.',
      { text: 'Your data outgrows standard compute; Fabric runs Spark too, and this advisor gives it the credit the guidance gives Synapse.', source: SOURCES.fabricSpark },
    ],
  },
  'full-control': {
    statement:
      'For full control over how models are trained and managed, choose Azure Databricks or Azure Machine Learning.',
    source: SOURCES.chooseService,
    cases: [
      'You want full control over how the model is trained and managed, and the guidance names this service for that.',
    ],
  },
  'python-first': {
    statement:
      'When Python is the language you prefer, choose Azure Machine Learning.',
    source: SOURCES.chooseService,
    cases: [
      'Your team prefers Python, and the guidance names Azure Machine Learning for that.',
    ],
  },
  'visual-lifecycle': {
    statement:
      'For an intuitive interface to manage the machine learning lifecycle, choose Azure Machine Learning.',
    source: SOURCES.chooseService,
    cases: [
      'You want a visual interface for the lifecycle, and the guidance names Azure Machine Learning for that: its studio is the UI-based way to work.',
    ],
  },
  'already-owned': {
    statement:
      'Which services your organization already uses is one of the factors the guidance lists. Here it tips a close call; it does not outweigh a guideline.',
    source: SOURCES.chooseService,
    cases: SERVICE_IDS.map(
      (service) => `Your organization already uses ${SERVICE_ESSENTIALS[service].name}. That tips a close call but never outweighs a guideline.`,
    ),
  },
  'time-to-invest': {
    statement:
      'The time you are willing to spend on training is one of the factors the guidance lists, and a ready-made model saves that time: wanting to spend little tips a close call towards Foundry Tools.',
    source: SOURCES.chooseService,
    cases: [
      'You want to spend as little time on training as possible; a prebuilt model is the quickest route if one fits. That tips a close call only.',
    ],
  },
  'synapse-not-adopted': {
    statement:
      'Where Synapse ties with Fabric or Databricks and your organization does not run Synapse yet, Synapse ranks below them: the page for its current Spark runtime encourages moving off Synapse, to Fabric. It tips a close call; it does not outweigh a guideline.',
    source: SOURCES.synapseSpark35,
    cases: [
      'Your organization does not run Synapse yet, and the page for Synapse’s current Spark runtime encourages moving to Fabric. That puts Synapse below an otherwise equal Fabric or Databricks; it never outweighs a guideline.',
    ],
  },
};

/** The service-choice guidelines and factors with their words. */
export const SERVICE_RULES: readonly ServiceRule[] = withWords(SERVICE_SCORING, SERVICE_RULE_WORDS);

const PREBUILT_UNDECIDED: Condition = { question: 'prebuilt', isNot: ['yes', 'no'] };

/** What to watch out for with a service, given the answers, in the order shown. Never moves the ranking. */
export const SERVICE_CAUTIONS: readonly NoteRule<ServiceId>[] = [
  {
    id: 'prebuilt-little-control',
    options: ['ai-services'],
    when: [{ question: 'control', is: ['full', 'some'] }],
    text: 'You want control over training, and Foundry Tools offers prebuilt models as an API, some of which you can customize with your own training data.',
    source: SOURCES.chooseService,
  },
  {
    id: 'prebuilt-tabular-fit',
    options: ['ai-services'],
    when: [PREBUILT_UNDECIDED, { question: 'task', is: ['tabular'] }],
    text: 'Its prebuilt models are mostly for images, text, speech and documents. For predictions from your own tables, make sure one really fits before you rely on it.',
    source: SOURCES.foundryTools,
  },
  {
    id: 'check-prebuilt-fit',
    options: ['ai-services'],
    when: [PREBUILT_UNDECIDED, { question: 'task', isNot: ['tabular'] }],
    text: 'Check that one of its prebuilt models really fits your task before you plan on it.',
    source: SOURCES.foundryTools,
  },
  {
    id: 'generative-fine-tuning',
    options: ['ai-services'],
    when: [{ question: 'task', is: ['language'] }],
    text: 'If the model has to write text rather than analyse it, you would not train one from scratch: fine-tune a generative model (Azure OpenAI and others) in Microsoft Foundry.',
    source: SOURCES.foundryFineTuning,
  },
  {
    id: 'custom-vision-retiring',
    options: ['ai-services'],
    when: [{ question: 'task', is: ['vision'] }],
    text: 'To tailor an image model with your own labelled pictures, do not start on Custom Vision: it retires on 25 September 2028, and Microsoft asked customers to plan their move by 25 September 2026. For custom image classification and object detection it points to Automated ML in Azure Machine Learning.',
    source: SOURCES.customVisionMigration,
  },
  {
    id: 'needs-pyspark',
    options: SEED_SPARK_SERVICES,
    // Whenever distributed compute counts for a Spark service, so does the PySpark it needs.
    when: DISTRIBUTED_COMPUTE_USABLE,
    text: 'You’ll need to program Spark (PySpark, in the Learn unit’s words) to use its distributed compute.',
    source: SOURCES.chooseService,
  },
  {
    id: 'pyspark-gap',
    options: SEED_SPARK_SERVICES,
    when: SPARK_OUT_OF_REACH,
    text: 'Your data is large, but this service’s distributed compute is programmed through Spark (PySpark, in the Learn unit’s words), which your team doesn’t use. The large-data advantage counts only once someone can.',
    source: SOURCES.chooseService,
  },
  {
    id: 'fabric-needs-spark',
    options: ['fabric'],
    when: DISTRIBUTED_COMPUTE_USABLE,
    text: 'You’ll need to program Spark to use Fabric’s distributed compute: PySpark, Scala or SparkR. This advisor carries the Learn unit’s point about PySpark over to Fabric.',
    source: SOURCES.fabricDataScience,
  },
  {
    id: 'fabric-spark-gap',
    options: ['fabric'],
    when: SPARK_OUT_OF_REACH,
    text: 'Your data is large, but Fabric’s distributed compute is programmed through Spark (PySpark, Scala or SparkR), which your team doesn’t use. The large-data advantage counts only once someone can.',
    source: SOURCES.fabricDataScience,
  },
  {
    id: 'synapse-automl-retired',
    options: ['synapse'],
    when: [],
    text: 'The Automated ML integration the Learn unit mentions needs an Apache Spark pool of version 2.4 and an Azure Machine Learning linked service.',
    source: SOURCES.synapseAutomlTutorial,
  },
  {
    id: 'synapse-spark-24-disabled',
    options: ['synapse'],
    when: [],
    text: 'Azure Synapse’s Spark 2.4 runtime has been disabled since 23 August 2024.',
    source: SOURCES.synapseSpark24,
  },
  {
    id: 'synapse-linked-service-closed',
    options: ['synapse'],
    when: [],
    text: 'A new Synapse workspace can no longer be registered with Azure Machine Learning as a linked service: that SDK v1 integration is deprecated.',
    source: SOURCES.attachComputeV1,
  },
  {
    id: 'large-data-outside-spark',
    options: ['azure-ml'],
    when: [LARGE_DATA],
    text: 'For data too large for standard compute, Azure Machine Learning offers Spark: serverless Spark compute, or a Synapse Spark pool attached to the workspace.',
    source: SOURCES.amlSpark,
  },
  {
    id: 'python-centred',
    options: ['azure-ml'],
    when: [{ question: 'language', is: ['scala', 'sql', 'r'] }],
    text: 'Azure Machine Learning is driven from the studio, the Python SDK, the CLI or its REST APIs; with another language, plan to run its jobs through one of them.',
    source: SOURCES.azureMlOverview,
  },
  {
    id: 'sdk-v1-retired',
    options: ['azure-ml'],
    when: [],
    text: 'Examples written for SDK v1 target an API that is deprecated and no longer supported; follow SDK v2 or CLI v2 material.',
    source: SOURCES.upgradeToV2,
  },
];
