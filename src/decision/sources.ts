/**
 * Every page the advice links to. Reasons and notes refer to these by key so a
 * moved page is fixed in one place. Each page is titled as it is titled today
 * and carries the day it was last read against what the product says of it;
 * the phrases that back each claim are in testing/evidence.ts, which only
 * tests import.
 */
export interface Source {
  readonly title: string;
  readonly url: string;
  /** The day the page was last read against the claims that cite it (ISO date). */
  readonly checked: string;
}

const LEARN = 'https://learn.microsoft.com';
const AML = `${LEARN}/azure/machine-learning`;
const CHECKED = '2026-11-30';

const page = (title: string, url: string): Source => ({ title, url, checked: CHECKED });

export const SOURCES = {
  // The two source documents ("seeds"): the Learn unit on choosing a service, and the 2019 page on training methods.
  chooseService: page(
    'Design a machine learning model training solution (Microsoft Learn training module)',
    `${LEARN}/training/modules/design-machine-learning-model-training-solution/`,
  ),
  trainModels2019: page(
    'Train models with Azure Machine Learning (the page as published in September 2019, on GitHub)',
    'https://github.com/MicrosoftDocs/azure-docs/blob/f08de0bade406ad14ace0d0de6d51cd20da0cbd3/articles/machine-learning/service/concept-train-machine-learning-model.md',
  ),
  trainModelsToday: page('Train models with Azure Machine Learning', `${AML}/concept-train-machine-learning-model`),
  trainModelsV1: page('Train models with Azure Machine Learning (v1)', `${AML}/concept-train-machine-learning-model?view=azureml-api-1`),

  // Microsoft's current view of its machine learning products.
  compareMlProducts: page(
    'Compare Microsoft machine learning products and technologies',
    `${LEARN}/azure/architecture/ai-ml/guide/data-science-and-machine-learning`,
  ),

  // Azure Machine Learning.
  azureMlOverview: page('What is Azure Machine Learning?', `${AML}/overview-what-is-azure-machine-learning`),
  upgradeToV2: page('Upgrade to v2', `${AML}/how-to-migrate-from-v1`),
  migrateCommandJob: page('Upgrade script run to SDK v2', `${AML}/migrate-to-v2-command-job`),
  trainKerasV2: page('Train Keras models at scale with Azure Machine Learning', `${AML}/how-to-train-keras`),
  trainKerasV1: page(
    'Train Keras models at scale with Azure Machine Learning (SDK v1)',
    `${AML}/how-to-train-keras?view=azureml-api-1`,
  ),
  howToTrainModel: page('Train models with Azure Machine Learning CLI, SDK, and REST API', `${AML}/how-to-train-model`),
  curatedEnvironments: page('Azure Machine Learning Curated Environments', `${AML}/resource-curated-environments`),
  automlConcept: page('What is automated machine learning (AutoML)?', `${AML}/concept-automated-ml`),
  automlStudio: page('Set up no-code Automated ML training for tabular data with the studio UI', `${AML}/how-to-use-automated-ml-for-ml-models`),
  automlSdk: page('Set up AutoML training for tabular data with the Azure Machine Learning CLI and Python SDK', `${AML}/how-to-configure-auto-train`),
  pipelinesConcept: page('What are Azure Machine Learning pipelines?', `${AML}/concept-ml-pipelines`),
  batchPipelineDeployments: page('How to deploy pipelines with batch endpoints', `${AML}/how-to-use-batch-pipeline-deployments`),
  batchModelDeployments: page('Deploy models for scoring in batch endpoints', `${AML}/how-to-use-batch-model-deployments`),
  computeTargets: page('What are compute targets in Azure Machine Learning?', `${AML}/concept-compute-target`),
  computeCluster: page('Create an Azure Machine Learning compute cluster', `${AML}/how-to-create-attach-compute-cluster`),
  computeInstance: page('What is an Azure Machine Learning compute instance?', `${AML}/concept-compute-instance`),
  serverlessCompute: page('Model training on serverless compute', `${AML}/how-to-use-serverless-compute`),
  attachComputeV1: page('Train models with the Azure Machine Learning Python SDK (v1)', `${AML}/how-to-train-model?view=azureml-api-1`),
  amlSpark: page('Apache Spark in Azure Machine Learning', `${AML}/apache-spark-azure-ml-concepts`),

  // The other services.
  databricksOverview: page('What is Azure Databricks?', `${LEARN}/azure/databricks/introduction/`),
  synapseOverview: page('What is Azure Synapse Analytics?', `${LEARN}/azure/synapse-analytics/overview-what-is`),
  synapseMachineLearning: page(
    'Machine Learning capabilities in Azure Synapse Analytics',
    `${LEARN}/azure/synapse-analytics/machine-learning/what-is-machine-learning`,
  ),
  synapseSpark34: page('Azure Synapse Runtime for Apache Spark 3.4', `${LEARN}/azure/synapse-analytics/spark/apache-spark-34-runtime`),
  synapseSpark24: page(
    'Azure Synapse Runtime for Apache Spark 2.4 (unsupported)',
    `${LEARN}/azure/synapse-analytics/spark/apache-spark-24-runtime`,
  ),
  foundryTools: page('What are Foundry Tools?', `${LEARN}/azure/ai-services/what-are-ai-services`),
  foundrySdkOverview: page('Microsoft Foundry SDKs and Endpoints', `${LEARN}/azure/foundry/how-to/develop/sdk-overview`),
  foundryFineTuning: page('Fine-tuning in Microsoft Foundry', `${LEARN}/azure/foundry/fine-tuning/overview`),
  fabricOverview: page('What is Microsoft Fabric?', `${LEARN}/fabric/fundamentals/microsoft-fabric-overview`),
  fabricDataScience: page('What is Data Science in Microsoft Fabric?', `${LEARN}/fabric/data-science/data-science-overview`),
  fabricSpark: page('What is Spark compute in Microsoft Fabric?', `${LEARN}/fabric/data-engineering/spark-compute`),
  chainer: page('Chainer Contribution Guide', 'https://docs.chainer.org/en/stable/contribution.html'),

  // First steps: one official quickstart or tutorial per service and training method.
  azureMlInADay: page('Quickstart: Get started with Azure Machine Learning', `${AML}/tutorial-azure-ml-in-a-day`),
  trainModelTutorial: page('Tutorial: Train a model in Azure Machine Learning', `${AML}/tutorial-train-model`),
  automlTutorial: page(
    'Tutorial: Train a classification model with no-code AutoML in the Azure Machine Learning studio',
    `${AML}/tutorial-first-experiment-automated-ml`,
  ),
  pipelineTutorial: page(
    'Tutorial: Create production machine learning pipelines',
    `${AML}/tutorial-pipeline-python-sdk`,
  ),
  databricksMlTutorial: page('Tutorial: Build your first machine learning model on Databricks', `${LEARN}/azure/databricks/getting-started/ml-get-started`),
  synapseMlTutorial: page(
    'Build a machine learning app with Apache Spark MLlib and Azure Synapse Analytics',
    `${LEARN}/azure/synapse-analytics/spark/apache-spark-machine-learning-mllib-notebook`,
  ),
  foundryToolsQuickstart: page('Quickstart: Set up your first Foundry resource', `${LEARN}/azure/ai-services/multi-service-resource`),
  fabricDataScienceTutorial: page(
    'Data science end-to-end scenario: introduction and architecture',
    `${LEARN}/fabric/data-science/tutorial-data-science-introduction`,
  ),
} as const satisfies Record<string, Source>;
