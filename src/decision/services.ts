import type { Source } from './sources';
import * as SOURCES from './sources';

/** In share-link contract order; ties keep this order. */
export const SERVICE_IDS = ['azure-ml', 'databricks', 'synapse', 'ai-services', 'fabric'] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

/** What the result's first screen shows of a service; the rest of its profile is in service-profiles.ts. */
export interface ServiceEssentials {
  /** Today's name: the heading. */
  readonly name: string;
  readonly shortName: string;
  /** One official quickstart or tutorial. */
  readonly firstStep: Source;
}

export const SERVICE_ESSENTIALS: Record<ServiceId, ServiceEssentials> = {
  'azure-ml': { name: 'Azure Machine Learning', shortName: 'Azure ML', firstStep: SOURCES.azureMlInADay },
  databricks: { name: 'Azure Databricks', shortName: 'Databricks', firstStep: SOURCES.databricksMlTutorial },
  synapse: { name: 'Azure Synapse Analytics', shortName: 'Synapse', firstStep: SOURCES.synapseMlTutorial },
  'ai-services': { name: 'Foundry Tools', shortName: 'Foundry Tools', firstStep: SOURCES.foundryToolsQuickstart },
  fabric: { name: 'Microsoft Fabric', shortName: 'Fabric', firstStep: SOURCES.fabricDataScienceTutorial },
};
