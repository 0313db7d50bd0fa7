import type { Note } from './rank';
import type { ServiceEssentials, ServiceId } from './services';
import { SERVICE_ESSENTIALS, SERVICE_IDS } from './services';
import type { Source } from './sources';
import * as SOURCES from './sources';

/** Where an option comes from in the source documents, shown beneath today's name. */
export interface Lineage {
  /** The name the source used, or undefined for an option the sources do not name. */
  readonly name: string | undefined;
  /** Which source: "In the Learn unit" / "In the 2019 guidance", or why the option was added. */
  readonly label: string;
  readonly source: Source;
}

/** What the result's details say of any option, beside its essentials. */
export interface OptionWords<L extends Lineage = Lineage> {
  /** What it is today, in a sentence or two. */
  readonly summary: string;
  readonly lineage: L;
  /** What has changed since the source documents, and why the heading differs from the source's name. */
  readonly today: Note;
}

/** A service in full: its essentials (services.ts) and what the result's details say of it. */
export interface ServiceProfile extends ServiceEssentials, OptionWords {
  readonly learnMore: readonly Source[];
}

const IN_THE_LEARN_UNIT = 'In the Learn unit on choosing a service';

const SERVICE_WORDS: Record<ServiceId, Omit<ServiceProfile, keyof ServiceEssentials>> = {
  'azure-ml': {
    summary:
      'A workspace for the whole model lifecycle: train, track, register and deploy, from a web studio or from code with the Python SDK v2 and the CLI v2.',
    lineage: { name: 'Azure Machine Learning', label: IN_THE_LEARN_UNIT, source: SOURCES.chooseService },
    today: {
      id: 'azure-ml-sdk-v2',
      text: 'Use the Python SDK v2 or CLI v2. SDK v1 was deprecated on 31 March 2025 and its support ended on 30 June 2026; CLI v1 support ended on 30 September 2025. In v2, runs are jobs: most are command jobs, and pipelines are pipeline jobs.',
      source: SOURCES.upgradeToV2,
    },
    learnMore: [SOURCES.azureMlOverview, SOURCES.trainModelsToday],
  },
  databricks: {
    summary:
      'A Spark-based analytics platform where one team prepares data at scale and builds models on it, with open-source machine learning libraries and MLflow.',
    lineage: { name: 'Azure Databricks', label: IN_THE_LEARN_UNIT, source: SOURCES.chooseService },
    today: {
      id: 'databricks-today',
      text: 'Microsoft’s current comparison of its machine learning products still lists Databricks, for teams building machine learning together on Apache Spark.',
      source: SOURCES.compareMlProducts,
    },
    learnMore: [SOURCES.compareMlProducts, SOURCES.databricksOverview],
  },
  synapse: {
    summary:
      'Big-data analytics first: it loads and reshapes large volumes of data across many machines. For models, its Spark pools run MLlib and other Spark libraries.',
    lineage: { name: 'Azure Synapse Analytics', label: IN_THE_LEARN_UNIT, source: SOURCES.chooseService },
    today: {
      id: 'synapse-fabric',
      text: 'Microsoft’s current comparison of its machine learning products lists Azure Machine Learning, Fabric, its prebuilt AI services and Databricks among others, and does not list Synapse.',
      source: SOURCES.compareMlProducts,
    },
    learnMore: [SOURCES.synapseOverview, SOURCES.synapseMachineLearning, SOURCES.synapseSpark35],
  },
  'ai-services': {
    summary:
      'Ready-made models you call over an API, for everyday jobs such as reading text in photos, transcribing speech or pulling fields out of invoices. Several can be tuned with examples of your own instead of training from nothing.',
    // The seed's name; the version of the unit pinned in `chooseService` has the older one.
    lineage: { name: 'Azure AI Services (Azure Cognitive Services in the version linked)', label: IN_THE_LEARN_UNIT, source: SOURCES.chooseService },
    today: {
      id: 'ai-services-foundry-tools',
      text: 'Azure AI Services are now Foundry Tools, part of Microsoft Foundry. The prebuilt models are still there; generative models are fine-tuned in Microsoft Foundry.',
      source: SOURCES.foundrySdkOverview,
    },
    learnMore: [SOURCES.foundryTools, SOURCES.foundryFineTuning],
  },
  fabric: {
    summary:
      'One platform for data engineering, analytics and data science: Spark notebooks, MLflow experiments and models, and Power BI on the same data.',
    lineage: {
      name: undefined,
      label: 'Not in the version of the Learn unit that the guidelines come from; the unit’s current version lists it where Synapse was',
      source: SOURCES.learnModuleNow,
    },
    today: {
      id: 'fabric-today',
      text: 'Fabric’s data science experience covers preparing data, training and tracking models, and scoring them, with Spark for data that outgrows one machine.',
      source: SOURCES.fabricDataScience,
    },
    learnMore: [SOURCES.fabricDataScience, SOURCES.compareMlProducts],
  },
};

/** Each option's essentials joined to its words, one profile per id. */
export function withProfileWords<Id extends string, Essentials, Words>(
  ids: readonly Id[],
  essentials: Record<Id, Essentials>,
  words: Record<Id, Words>,
): Record<Id, Essentials & Words> {
  return Object.fromEntries(ids.map((id) => [id, { ...essentials[id], ...words[id] }])) as Record<Id, Essentials & Words>;
}

/** Every service in full: its essentials and its words. */
export const SERVICES: Record<ServiceId, ServiceProfile> = withProfileWords(SERVICE_IDS, SERVICE_ESSENTIALS, SERVICE_WORDS);
