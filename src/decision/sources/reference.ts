import { AML, LEARN, page } from './page';

// Pages cited for what they say: Microsoft's product pages, how-tos and the SDK v1 archive.

export const trainModelsToday = page('Train models with Azure Machine Learning', `${AML}/concept-train-machine-learning-model`);

// Microsoft's current view of its machine learning products.
export const compareMlProducts = page(
  'Compare Microsoft machine learning products and technologies',
  `${LEARN}/azure/architecture/ai-ml/guide/data-science-and-machine-learning`,
);
// The Learn unit the first source document comes from, as it reads today: Fabric where Synapse was.
export const learnModuleNow = page(
  'Choose a service to train a machine learning model (Microsoft Learn, as it reads today)',
  `${LEARN}/training/modules/design-machine-learning-model-training-solution/3-choose-service-train`,
);

// Azure Machine Learning.
export const azureMlOverview = page('What is Azure Machine Learning?', `${AML}/overview-what-is-azure-machine-learning`);
export const upgradeToV2 = page('Upgrade to v2', `${AML}/how-to-migrate-from-v1`);
export const migrateCommandJob = page('Upgrade script run to SDK v2', `${AML}/migrate-to-v2-command-job`);
export const trainKerasV2 = page('Train Keras models at scale with Azure Machine Learning', `${AML}/how-to-train-keras`);
export const trainKerasV1 = page(
  'Train Keras models at scale with Azure Machine Learning (SDK v1)',
  `${AML}/how-to-train-keras?view=azureml-api-1`,
);
export const trainScikitLearnV2 = page('Train scikit-learn models at scale with Azure Machine Learning', `${AML}/how-to-train-scikit-learn`);
export const trainTensorFlowV2 = page('Train TensorFlow models at scale with Azure Machine Learning', `${AML}/how-to-train-tensorflow`);
export const trainPyTorchV2 = page('Train PyTorch models at scale with Azure Machine Learning', `${AML}/how-to-train-pytorch`);
export const distributedGpuTraining = page('Distributed GPU training guide (SDK v2)', `${AML}/how-to-train-distributed-gpu`);
export const howToTrainModel = page('Train models with Azure Machine Learning CLI, SDK, and REST API', `${AML}/how-to-train-model`);
export const automlConcept = page('What is automated machine learning (AutoML)?', `${AML}/concept-automated-ml`);
export const automlStudio = page('Set up no-code Automated ML training for tabular data with the studio UI', `${AML}/how-to-use-automated-ml-for-ml-models`);
export const automlSdk = page('Set up AutoML training for tabular data with the Azure Machine Learning CLI and Python SDK', `${AML}/how-to-configure-auto-train`);
export const designerConcept = page('What is Designer (v2) in Azure Machine Learning?', `${AML}/concept-designer`);
export const batchEndpoints = page('Batch endpoints', `${AML}/concept-endpoints-batch`);
export const computeTargets = page('What are compute targets in Azure Machine Learning?', `${AML}/concept-compute-target`);
export const computeCluster = page('Create an Azure Machine Learning compute cluster', `${AML}/how-to-create-attach-compute-cluster`);
export const serverlessCompute = page('Model training on serverless compute', `${AML}/how-to-use-serverless-compute`);
export const attachComputeV1 = page('Train models with the Azure Machine Learning Python SDK (v1)', `${AML}/how-to-train-model?view=azureml-api-1`);
export const amlSpark = page('Apache Spark in Azure Machine Learning', `${AML}/apache-spark-azure-ml-concepts`);

// The other services.
export const databricksOverview = page('What is Azure Databricks?', `${LEARN}/azure/databricks/introduction/`);
export const synapseOverview = page('What is Azure Synapse Analytics?', `${LEARN}/azure/synapse-analytics/overview-what-is`);
export const synapseMachineLearning = page(
  'Machine Learning capabilities in Azure Synapse Analytics',
  `${LEARN}/azure/synapse-analytics/machine-learning/what-is-machine-learning`,
);
export const synapseSpark35 = page('Azure Synapse Runtime for Apache Spark 3.5', `${LEARN}/azure/synapse-analytics/spark/apache-spark-35-runtime`);
export const synapseAutomlTutorial = page(
  'Tutorial: Train a machine learning model without code (Azure Synapse Analytics)',
  `${LEARN}/azure/synapse-analytics/machine-learning/tutorial-automl`,
);
export const synapseSpark24 = page(
  'Azure Synapse Runtime for Apache Spark 2.4 (disabled)',
  `${LEARN}/azure/synapse-analytics/spark/apache-spark-24-runtime`,
);
export const foundryTools = page('What are Foundry Tools?', `${LEARN}/azure/ai-services/what-are-ai-services`);
export const foundrySdkOverview = page('Microsoft Foundry SDKs and Endpoints', `${LEARN}/azure/foundry/how-to/develop/sdk-overview`);
export const customVisionMigration = page('Migrate from Custom Vision Service', `${LEARN}/azure/ai-services/custom-vision-service/migration-options`);
export const foundryFineTuning = page('Fine-tuning in Microsoft Foundry', `${LEARN}/azure/foundry/fine-tuning/overview`);
export const fabricDataScience = page('What is Data Science in Microsoft Fabric?', `${LEARN}/fabric/data-science/data-science-overview`);
export const fabricSpark = page('What is Spark compute in Microsoft Fabric?', `${LEARN}/fabric/data-engineering/spark-compute`);
export const chainer = page('Contribution Guide (Chainer documentation)', 'https://docs.chainer.org/en/stable/contribution.html');
