/**
 * Every page the advice links to. Reasons and notes refer to these by key so a
 * moved page is fixed in one place.
 */
export interface Source {
  readonly title: string;
  readonly url: string;
}

const LEARN = 'https://learn.microsoft.com';

export const SOURCES = {
  chooseService: {
    title: 'Design a machine learning model training solution (Microsoft Learn)',
    url: `${LEARN}/training/modules/design-machine-learning-model-training-solution/`,
  },
  trainingMethods: {
    title: 'Train models with Azure Machine Learning',
    url: `${LEARN}/azure/machine-learning/concept-train-machine-learning-model`,
  },
  azureMlOverview: {
    title: 'What is Azure Machine Learning?',
    url: `${LEARN}/azure/machine-learning/overview-what-is-azure-machine-learning`,
  },
  databricksOverview: {
    title: 'What is Azure Databricks?',
    url: `${LEARN}/azure/databricks/introduction/`,
  },
  synapseOverview: {
    title: 'What is Azure Synapse Analytics?',
    url: `${LEARN}/azure/synapse-analytics/overview-what-is`,
  },
  synapseMachineLearning: {
    title: 'Machine learning capabilities in Azure Synapse Analytics',
    url: `${LEARN}/azure/synapse-analytics/machine-learning/what-is-machine-learning`,
  },
  aiServicesOverview: {
    title: 'What are Azure AI services?',
    url: `${LEARN}/azure/ai-services/what-are-ai-services`,
  },
  pyspark: {
    title: 'PySpark documentation',
    url: 'https://spark.apache.org/docs/latest/api/python/',
  },
  migrateCommandJob: {
    title: 'Upgrade script run configurations to SDK v2 command jobs',
    url: `${LEARN}/azure/machine-learning/migrate-to-v2-command-job`,
  },
  howToTrain: {
    title: 'Train models with the Azure Machine Learning CLI, SDK and REST API',
    url: `${LEARN}/azure/machine-learning/how-to-train-model`,
  },
  pipelines: {
    title: 'What are Azure Machine Learning pipelines?',
    url: `${LEARN}/azure/machine-learning/concept-ml-pipelines`,
  },
  trainingOptionsToday: {
    title: 'Azure Machine Learning training options today (command jobs, Automated ML, pipelines, designer)',
    url: `${LEARN}/azure/machine-learning/concept-train-machine-learning-model`,
  },
  fabricDataScience: {
    title: 'Data science in Microsoft Fabric',
    url: `${LEARN}/fabric/data-science/data-science-overview`,
  },
  computeTargets: {
    title: 'What are compute targets in Azure Machine Learning?',
    url: `${LEARN}/azure/machine-learning/concept-compute-target`,
  },
} as const satisfies Record<string, Source>;
