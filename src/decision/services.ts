import type { Note } from './rank';
import type { Source } from './sources';
import { SOURCES } from './sources';

export const SERVICE_IDS = ['azure-ml', 'databricks', 'synapse', 'ai-services'] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

export interface ServiceProfile {
  readonly name: string;
  readonly shortName: string;
  /** One line: what the service is for. */
  readonly summary: string;
  /** What has changed on the platform since the source documents. */
  readonly today: Note;
  readonly learnMore: readonly Source[];
}

export const SERVICES: Record<ServiceId, ServiceProfile> = {
  'azure-ml': {
    name: 'Azure Machine Learning',
    shortName: 'Azure ML',
    summary:
      'A workspace for the whole model lifecycle: train, track, register and deploy, from a web studio or from code with the Python SDK and the CLI.',
    today: {
      id: 'azure-ml-sdk-v2',
      text: 'Use the Python SDK v2 (azure-ai-ml) or CLI v2. SDK v1 was deprecated on 31 March 2025 and its support ended on 30 June 2026; CLI v1 support ended on 30 September 2025. In v2, runs and experiments are jobs. Training today is a command job for a script, Automated ML to let the service try models for you, a pipeline job built from components for several steps, or the designer to draw a pipeline, submitted from the SDK, CLI v2 or the studio.',
      source: SOURCES.trainingOptionsToday,
    },
    learnMore: [SOURCES.azureMlOverview, SOURCES.trainingOptionsToday],
  },
  databricks: {
    name: 'Azure Databricks',
    shortName: 'Databricks',
    summary:
      'A Spark-based workspace where one team prepares data at scale and builds models on it. Training can stay there, or be handed over to Azure Machine Learning.',
    today: {
      id: 'databricks-today',
      text: 'The guidance still holds. Azure Databricks manages experiments and models with MLflow, and can be used together with Azure Machine Learning.',
      source: SOURCES.databricksOverview,
    },
    learnMore: [SOURCES.databricksOverview],
  },
  synapse: {
    name: 'Azure Synapse Analytics',
    shortName: 'Synapse',
    summary:
      'Big-data analytics first: it loads and reshapes large volumes of data across many machines. For models, its Spark pools run MLlib, and it can borrow Automated ML from Azure Machine Learning.',
    today: {
      id: 'synapse-fabric',
      text: 'Synapse is not retired, but Microsoft’s data science experience continues in Microsoft Fabric. For a new project, compare the two before you commit.',
      source: SOURCES.fabricDataScience,
    },
    learnMore: [SOURCES.synapseOverview, SOURCES.synapseMachineLearning],
  },
  'ai-services': {
    name: 'Azure AI Services',
    shortName: 'AI Services',
    summary:
      'Ready-made models you call over an API, for everyday jobs such as reading text in photos, transcribing speech or pulling fields out of invoices. Several can be tuned with examples of your own instead of training from nothing.',
    today: {
      id: 'ai-services-foundry-tools',
      text: 'Azure AI Services are now called Foundry Tools. The overview page keeps its address, and the prebuilt, customisable models are still there.',
      source: SOURCES.aiServicesOverview,
    },
    learnMore: [SOURCES.aiServicesOverview],
  },
};
