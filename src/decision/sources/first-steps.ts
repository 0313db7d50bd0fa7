import { AML, LEARN, page } from './page';

// First steps: one official quickstart or tutorial per service and training method.
export const azureMlInADay = page('Quickstart: Get started with Azure Machine Learning', `${AML}/tutorial-azure-ml-in-a-day`);
export const trainModelTutorial = page('Tutorial: Train a model in Azure Machine Learning', `${AML}/tutorial-train-model`);
export const automlTutorial = page(
  'Tutorial: Train a classification model with no-code AutoML in the Azure Machine Learning studio',
  `${AML}/tutorial-first-experiment-automated-ml`,
);
export const pipelineTutorial = page(
  'Tutorial: Create production machine learning pipelines',
  `${AML}/tutorial-pipeline-python-sdk`,
);
export const databricksMlTutorial = page('Tutorial: Build your first machine learning model on Databricks', `${LEARN}/azure/databricks/getting-started/ml-get-started`);
export const synapseMlTutorial = page(
  'Tutorial: Build a machine learning app with Apache Spark MLlib and Azure Synapse Analytics',
  `${LEARN}/azure/synapse-analytics/spark/apache-spark-machine-learning-mllib-notebook`,
);
export const foundryToolsQuickstart = page('Quickstart: Set up your first Foundry resource', `${LEARN}/azure/ai-services/multi-service-resource`);
export const fabricDataScienceTutorial = page(
  'Data science end-to-end scenario: introduction and architecture',
  `${LEARN}/fabric/data-science/tutorial-data-science-introduction`,
);
