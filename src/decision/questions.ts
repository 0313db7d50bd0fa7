import type { Answers, QuestionId, ValueOf } from './answers';
import type { FlowStep, Section } from './question-flow';
import { QUESTION_FLOW, SECTION_SHOW_IF, walkQuestions } from './question-flow';

export type { Section };

export interface OptionText<V extends string = string> {
  readonly value: V;
  readonly label: string;
  /** A few words under the label, where the label alone could be misread. */
  readonly hint?: string;
}

/** What a question says: its words, without its place in the flow (question-flow.ts). */
interface QuestionText<Q extends QuestionId> {
  readonly id: Q;
  /** Short name used in summaries and the "Your answers" list. */
  readonly title: string;
  readonly prompt: string;
  /** One line under the prompt. */
  readonly help: string;
  /** The "What does this mean?" disclosure. */
  readonly more?: string;
  readonly options: readonly OptionText<ValueOf<Q>>[];
}

interface QuestionShape<Q extends QuestionId> extends QuestionText<Q>, Omit<FlowStep, 'id'> {}

export type QuestionDefinition = { [Q in QuestionId]: QuestionShape<Q> }[QuestionId];

export interface SectionDefinition {
  readonly title: string;
  /** Whether the whole section applies; checked once, before its first question. */
  readonly showIf?: (earlier: Answers, all: Answers) => boolean;
}

export const SECTIONS: Record<Section, SectionDefinition> = {
  service: { title: 'Choosing a service' },
  training: { title: 'Training in Azure Machine Learning', showIf: SECTION_SHOW_IF.training },
};

/** What each question says, in the order it is asked. */
const QUESTION_TEXTS = [
  {
    id: 'task',
    title: 'Kind of model',
    prompt: 'What does your model need to do?',
    help: 'Pick the closest match; on its own it moves no ranking, but it adds the cautions that fit your kind of model.',
    more: 'Azure’s prebuilt models mostly cover images, text, speech and documents. Whatever you pick here, the next question asks whether a prebuilt model would do the job.',
    options: [
      { value: 'vision', label: 'Understand images or video', hint: 'e.g. detect objects, classify photos' },
      { value: 'language', label: 'Understand or generate text', hint: 'e.g. sentiment, entities, translation' },
      { value: 'speech', label: 'Work with speech', hint: 'e.g. transcription, voice' },
      { value: 'document', label: 'Extract data from documents', hint: 'e.g. forms, invoices, receipts' },
      { value: 'tabular', label: 'Predict from tabular data', hint: 'e.g. churn, demand, fraud from your own records' },
      { value: 'other', label: 'Something else' },
    ],
  },
  {
    id: 'prebuilt',
    title: 'Prebuilt model',
    prompt: 'Would a prebuilt model meet your requirements, if you could tailor it with your own data?',
    help: 'Think of a ready-made API you call, optionally fine-tuned on your examples.',
    more: 'Foundry Tools (formerly Azure AI Services) offers prebuilt models behind an API. Several of them can be customised with your own labelled examples, which saves you training a model from scratch. To make a model write text, you fine-tune a generative model in Microsoft Foundry rather than train one.',
    options: [
      { value: 'yes', label: 'Yes, a prebuilt model would do' },
      { value: 'no', label: 'No, we need a model of our own' },
    ],
  },
  {
    id: 'control',
    title: 'Control over training',
    prompt: 'How much control do you need over training and managing the model?',
    help: 'Control means choosing the algorithm, the code, the environment and how models are versioned.',
    options: [
      { value: 'full', label: 'Full control', hint: 'our own code, environment and model management' },
      { value: 'some', label: 'Some control' },
      { value: 'little', label: 'Little — results matter more than the method' },
    ],
  },
  {
    id: 'effort',
    title: 'Time for training',
    prompt: 'How much time do you want to spend on training the model?',
    help: 'Include preparing training data, experimenting and retraining.',
    options: [
      { value: 'little', label: 'As little as possible' },
      { value: 'moderate', label: 'A moderate amount' },
      { value: 'lots', label: 'Whatever it takes' },
    ],
  },
  {
    id: 'data',
    title: 'Training data size',
    prompt: 'How big is your training data?',
    help: 'Data is "large" when a single standard machine runs out of memory or time on it.',
    more: 'If your data fits and trains comfortably on one ordinary virtual machine, it counts as standard. If you already hit capacity limits there, you need distributed compute that spreads the work over a cluster.',
    options: [
      { value: 'standard', label: 'Fits standard compute' },
      { value: 'large', label: 'Large — we hit capacity limits on standard compute' },
    ],
  },
  {
    id: 'pyspark',
    title: 'Spark skills',
    prompt: 'Can your team work with PySpark or another Spark language?',
    help: 'The Spark services (Databricks, Synapse, Fabric) spread large data over a cluster, and you program it through Spark. The Learn unit names PySpark, Spark’s Python API; Scala serves on all three as well.',
    options: [
      { value: 'yes', label: 'Yes, or we are happy to learn' },
      { value: 'no', label: 'No' },
    ],
    // Only large data needs distributed compute, and only that needs PySpark.
  },
  {
    id: 'unified',
    title: 'One data platform',
    prompt: 'Do you want data engineering and data science to live in one service?',
    help: 'For example, the same workspace for building data pipelines and for training models.',
    options: [
      { value: 'yes', label: 'Yes, keep it all in one place' },
      { value: 'no', label: 'No, separate services are fine' },
    ],
  },
  {
    id: 'language',
    title: 'Preferred language',
    prompt: 'Which language is your team most comfortable with?',
    help: 'The one you would choose for day-to-day model work.',
    options: [
      { value: 'python', label: 'Python' },
      { value: 'r', label: 'R' },
      { value: 'scala', label: 'Scala' },
      { value: 'sql', label: 'SQL' },
      { value: 'nocode', label: 'We prefer not to code' },
    ],
  },
  {
    id: 'ui',
    title: 'Visual interface',
    prompt: 'Do you want an easy visual interface for managing the machine learning lifecycle?',
    help: 'A web studio to track experiments, register models and deploy them, without living in a terminal.',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No, code and command line suit us' },
    ],
  },
  {
    id: 'existing',
    title: 'Services you already have',
    prompt: 'Which of these does your organization already use?',
    help: 'Tick all that apply. Existing skills, contracts and governance count for something.',
    options: [
      { value: 'azure-ml', label: 'Azure Machine Learning' },
      { value: 'databricks', label: 'Azure Databricks' },
      { value: 'synapse', label: 'Azure Synapse Analytics' },
      { value: 'ai-services', label: 'Foundry Tools (Azure AI Services)' },
      { value: 'fabric', label: 'Microsoft Fabric' },
      { value: 'none', label: 'None of these' },
    ],
  },
  {
    id: 'workflow',
    title: 'Workflow shape',
    prompt: 'Is training one script, or a workflow of several steps?',
    help: 'Steps such as preparing data, training, then scoring or deploying.',
    options: [
      { value: 'single', label: 'One training script' },
      { value: 'multi-step', label: 'Several steps', hint: 'e.g. prepare data → train → score' },
    ],
  },
  {
    id: 'needs',
    title: 'Workflow needs',
    prompt: 'What must your training workflow be able to do?',
    help: 'Tick all that apply.',
    more: 'Each of these is a strength of machine learning pipelines: they run steps unattended, give each step its own compute, can be deployed under a batch endpoint and started over REST, version their inputs and outputs, let several people work on different steps at once, and score large batches of data.',
    options: [
      { value: 'unattended', label: 'Run on a schedule, unattended', hint: 'e.g. nightly data preparation or long training runs' },
      { value: 'mixed-compute', label: 'Use different compute for different steps' },
      { value: 'publish', label: 'Be reused and triggered over a REST endpoint' },
      { value: 'versioning', label: 'Name and version its data, inputs and outputs' },
      { value: 'collaboration', label: 'Let several people work on it at once' },
      { value: 'batch-scoring', label: 'Score large batches of data' },
      { value: 'none', label: 'None of these' },
    ],
  },
  {
    id: 'framework',
    title: 'Framework',
    prompt: 'Which machine learning framework will you train with?',
    help: 'Pick the main one.',
    options: [
      { value: 'scikit-learn', label: 'scikit-learn' },
      { value: 'tensorflow', label: 'TensorFlow' },
      { value: 'keras', label: 'Keras' },
      { value: 'pytorch', label: 'PyTorch' },
      { value: 'chainer', label: 'Chainer' },
      { value: 'other', label: 'Another framework' },
    ],
  },
  {
    id: 'setup',
    title: 'Setup style',
    prompt: 'Do you want a ready-made setup for your framework, or low-level control of the environment and compute?',
    help: 'Ready-made means sensible defaults; low-level means you define the environment yourself.',
    options: [
      { value: 'ready-made', label: 'Ready-made setup' },
      { value: 'low-level', label: 'Low-level control' },
    ],
  },
  {
    id: 'compute',
    title: 'Where training runs',
    prompt: 'Where should training run?',
    help: 'The compute target: the machine or cluster your training script runs on.',
    options: [
      { value: 'local-first', label: 'On my own machine first, the cloud later' },
      { value: 'managed-cluster', label: 'A managed cluster in Azure Machine Learning', hint: 'scales up for a run, down to zero after' },
      { value: 'own-vm', label: 'A virtual machine we already run' },
      { value: 'spark-cluster', label: 'A Spark cluster', hint: 'HDInsight in 2019; Spark inside Azure Machine Learning today' },
    ],
  },
] as const satisfies readonly QuestionText<QuestionId>[];

const TEXT_BY_ID = Object.fromEntries(QUESTION_TEXTS.map((question) => [question.id, question])) as unknown as {
  readonly [Q in QuestionId]: QuestionText<Q>;
};

/** The questionnaire, in the order it is asked: each question's words with its place in the flow. */
export const QUESTIONS = QUESTION_FLOW.map(({ id, section, showIf }) => ({ ...TEXT_BY_ID[id], section, showIf })) as readonly QuestionDefinition[];

export const QUESTION_BY_ID = Object.fromEntries(QUESTIONS.map((question) => [question.id, question])) as unknown as {
  readonly [Q in QuestionId]: QuestionShape<Q>;
};

/**
 * The questions that apply, in order, and the answers that count: see
 * `walkQuestions` (question-flow.ts), which the ranking uses on its own.
 */
export function applyShowConditions(answers: Answers): { visible: readonly QuestionDefinition[]; effective: Answers } {
  const { visible, effective } = walkQuestions(answers);
  return { visible: visible.map((step) => QUESTION_BY_ID[step.id] as QuestionDefinition), effective };
}

/** The questions that apply to this person, in the order they are asked. */
export function visibleQuestions(answers: Answers): readonly QuestionDefinition[] {
  return applyShowConditions(answers).visible;
}

/** The label a person saw for a value ("Not sure" for unsure). */
export function optionLabel(id: QuestionId, value: string): string {
  if (value === 'unsure') return 'Not sure';
  const option = (QUESTION_BY_ID[id].options as readonly OptionText[]).find((candidate) => candidate.value === value);
  return option?.label ?? value;
}
