import type * as SOURCES from '../sources';

/**
 * For every claim the decision module makes, the page it cites and a phrase
 * that page contains (at most 25 words, copied from the page or its source in
 * the MicrosoftDocs repositories on the day in `Source.checked`). Evidence for
 * reviewers and tests: only tests import this file, so none of it ships.
 *
 * Claim ids: `rule:<rule>:<case>`, `today:<option>`, `lineage:<option>`,
 * `summary:<service>`, `first-step:<option>`, `note:<note id>`,
 * `framework-then:<framework>`, `framework-today:<framework>`, `framework-also:<framework>`,
 * `support:<framework or compute target>`, `support:<row>:<method>` for a
 * mark with a page of its own.
 */
export interface Evidence {
  readonly source: keyof typeof SOURCES;
  readonly quote: string;
}

const e = (source: keyof typeof SOURCES, quote: string): Evidence => ({ source, quote });

const SEED_PREBUILT = e('chooseService', 'whenever one of the customizable prebuilt models suits your requirements, to');
const SEED_ONE_PLATFORM = e('chooseService', 'projects within the same service');
const SEED_DISTRIBUTED = e('chooseService', 'for working with large datasets (datasets are large when you experience capacity constraints with standard compute).');
const SEED_PYSPARK = e('chooseService', 'to use the distributed compute.');
const SEED_CONTROL = e('chooseService', 'over model training and management.');
const SEED_FACTORS = e('chooseService', 'Which services are already within your organization.');
const SEED_TIME = e('chooseService', 'How much time you want to invest in model training.');
const PIPELINE_2019 = e('trainModels2019', 'Pipelines are not a different training method, but a');
const RUN_CONFIG_2019 = e('trainModels2019', 'You may start with a run configuration for your local computer, and then switch to one for a cloud-based compute target as needed.');
const ESTIMATORS_2019 = e('trainModels2019', 'There is also a generic estimator that can be used with frameworks that do not already have a dedicated estimator class.');
const TARGETS_2019 = e('trainModels2019', 'such as an Azure Machine Learning Compute, Azure HDInsight, or a remote virtual machine.');
const AUTOML_NO_CODE = e('automlConcept', 'Users who prefer a limited or no-code experience can use the');
const AUTOML_OWN_ALGORITHMS = e('automlConcept', 'creates many pipelines in parallel that try different algorithms and parameters for you.');
const AUTOML_COMPUTE = e('automlSdk', 'are currently only supported on Azure Machine Learning remote compute cluster or compute instance.');
const ESTIMATOR_DEPRECATED = e('trainKerasV1', 'Estimators have been deprecated as of the 1.19.0 SDK release.');
const SDK_V1_DATES = e('upgradeToV2', 'SDK v1 is deprecated as of March 31, 2025, and support for it ends on June 30, 2026.');
const FOUNDRY_PREBUILT = e('foundryTools', 'Out of the box, most Foundry Tools allow you to send data and receive insights without any customization.');
const FOUNDRY_CUSTOM = e('foundryTools', 'Some services allow you to bring your own data, then train a model.');
const COMPARE_FABRIC = e('compareMlProducts', 'is an end-to-end, unified analytics platform that brings together all the data and analytics tools that organizations need.');
const FABRIC_SPARK_LANGUAGES = e('fabricDataScience', 'With Spark, users can leverage PySpark/Python, Scala, and SparkR/SparklyR tools for data pre-processing at scale.');
const HDINSIGHT_V1 = e('attachComputeV1', 'Create a run configuration for the HDI compute target.');

export const EVIDENCE: Readonly<Record<string, Evidence>> = {
  // Services: the guidelines and factors.
  'rule:prebuilt-suits:0': SEED_PREBUILT,
  'rule:prebuilt-suits:1': SEED_PREBUILT,
  'rule:one-data-platform:0': SEED_ONE_PLATFORM,
  'rule:one-data-platform:1': COMPARE_FABRIC,
  'rule:distributed-compute:0': SEED_DISTRIBUTED,
  'rule:distributed-compute:1': e('fabricSpark', 'Microsoft Fabric Data Engineering and Data Science experiences operate on a fully managed Spark compute platform.'),
  'rule:full-control:0': SEED_CONTROL,
  'rule:python-first:0': e('chooseService', 'is your preferred programming language.'),
  'rule:visual-lifecycle:0': e('chooseService', 'to manage your machine learning lifecycle.'),
  'rule:already-owned:0': SEED_FACTORS,
  'rule:already-owned:1': SEED_FACTORS,
  'rule:already-owned:2': SEED_FACTORS,
  'rule:already-owned:3': SEED_FACTORS,
  'rule:already-owned:4': SEED_FACTORS,
  'rule:time-to-invest:0': SEED_TIME,
  'rule:synapse-not-adopted:0': e('synapseSpark35', 'We encourage customers to migrate to Fabric Runtime 2.0'),

  // Training methods.
  'rule:multi-step-workflow:0': PIPELINE_2019,
  'rule:unattended-runs:0': e('trainModels2019', 'such as long running training jobs or data preparation.'),
  'rule:heterogeneous-compute:0': e('trainModels2019', 'that are coordinated across heterogeneous compute resources and storage locations.'),
  'rule:reuse-and-publish:0': e('batchEndpoints', 'You want to operationalize machine learning pipelines and reuse components.'),
  'rule:tracking-and-versioning:0': e('trainModels2019', 'for your workflow.'),
  'rule:collaboration:0': e('trainModels2019', 'Steps can then be joined together in a pipeline to implement the workflow.'),
  'rule:batch-scoring:0': e('batchEndpoints', 'Pipeline component deployment enables the operationalization of entire processing graphs (or pipelines) to perform batch inference in a low latency and asynchronous way.'),
  'rule:single-script:0': e('trainModels2019', 'You can take a run configuration, your training script, and a compute target (the training environment) and run a training job.'),
  'rule:ready-made-setup:0': e('trainModels2019', 'make it easy to train models based on popular machine learning frameworks'),
  'rule:popular-framework:0': e('trainModels2019', 'There are estimator classes for'),
  'rule:low-level-control:0': e('trainModels2019', 'The run configuration provides the information needed to configure the training environment used to train your model.'),
  'rule:local-then-cloud:0': RUN_CONFIG_2019,
  'rule:no-code:0': AUTOML_NO_CODE,
  'rule:studio-little-control:0': e('automlStudio', 'Automated ML is a process where Azure Machine Learning selects the best machine learning algorithm for your specific data.'),
  'rule:own-framework-code:0': AUTOML_OWN_ALGORITHMS,
  'rule:no-code-designer:0': e('azureMlOverview', 'Drag and drop datasets and components to create ML pipelines.'),

  // Compute targets.
  'rule:compute-local-first:0': RUN_CONFIG_2019,
  'rule:compute-managed-cluster:0': TARGETS_2019,
  'rule:compute-own-vm:0': TARGETS_2019,
  'rule:compute-spark-cluster:0': TARGETS_2019,

  // What changed since the sources.
  'today:azure-ml': SDK_V1_DATES,
  'today:databricks': e('compareMlProducts', 'Use Azure Databricks when you want to collaborate on building machine learning solutions on Apache Spark.'),
  'today:synapse': e('compareMlProducts', 'The following options are available for machine learning in the Azure cloud.'),
  'today:ai-services': e('foundrySdkOverview', 'Foundry Tools (formerly Azure AI Services) are prebuilt point solutions with dedicated SDKs.'),
  'today:fabric': e('fabricDataScience', 'You can complete a wide range of activities across the entire data science process, all the way from data exploration, preparation and cleansing'),
  'today:run-configuration': e('migrateCommandJob', 'To upgrade, you\'ll need to change your code for submitting jobs to SDK v2.'),
  'today:estimator': ESTIMATOR_DEPRECATED,
  'today:pipeline': e('batchEndpoints', 'allowing you to change the implementation of the endpoint without changing the URL your consumers use to invoke it.'),
  'today:automl': e('automlConcept', 'Users who prefer a code-first experience can use the'),
  'today:local': e('computeTargets', 'Start by developing and experimenting on a small amount of data.'),
  'today:aml-compute': e('serverlessCompute', 'Serverless compute is a fully managed, on-demand compute. Azure Machine Learning creates, scales, and manages the compute for you.'),
  'today:remote-vm': e('computeTargets', 'You create this type of compute target outside Azure Machine Learning and then attach it to your workspace.'),
  'today:hdinsight': e('amlSpark', 'This option is good for users who want to reuse an existing Synapse Spark pool.'),

  // Where each option comes from.
  'lineage:azure-ml': e('chooseService', 'gives you many different options to train and manage your machine learning models.'),
  'lineage:databricks': e('chooseService', 'uses distributed Spark compute to efficiently process your data.'),
  'lineage:synapse': e('chooseService', 'is an analytics service, which uses distributed compute for big data analytics.'),
  'lineage:ai-services': e('chooseService', 'is a collection of prebuilt machine learning models you can use for common machine learning tasks'),
  'lineage:fabric': e('learnModuleNow', 'is an integrated analytics platform designed to streamline data workflows between data analysts, data engineers, and data scientists.'),
  'lineage:run-configuration': RUN_CONFIG_2019,
  'lineage:estimator': ESTIMATORS_2019,
  'lineage:pipeline': PIPELINE_2019,
  'lineage:automl': e('trainModels2019', 'For people with a data science and programming background, it provides a way to save time and resources by automating algorithm selection and hyperparameter tuning.'),
  'lineage:local': RUN_CONFIG_2019,
  'lineage:aml-compute': TARGETS_2019,
  'lineage:remote-vm': TARGETS_2019,
  'lineage:hdinsight': TARGETS_2019,

  // What each service is.
  'summary:azure-ml': e('azureMlOverview', 'Azure Machine Learning is a cloud service that accelerates and manages the machine learning (ML) project lifecycle.'),
  'summary:databricks': e('compareMlProducts', 'Build and deploy models and data workflows by integrating with open-source machine learning libraries and the'),
  'summary:synapse': e('synapseOverview', 'is an enterprise analytics service that accelerates time to insight across data warehouses and big data systems.'),
  'summary:ai-services': FOUNDRY_CUSTOM,
  'summary:fabric': e('fabricDataScience', 'MLflow experiments and runs can track the ML model training.'),

  // First steps.
  'first-step:azure-ml': e('azureMlInADay', 'In this quickstart, you train, register, and deploy a machine learning model using Azure Machine Learning—all from a Python notebook.'),
  // The Databricks documentation's source is not public; this title was read from links to the page, not from the page itself.
  'first-step:databricks': e('databricksMlTutorial', 'Build your first machine learning model on Databricks'),
  'first-step:synapse': e('synapseMlTutorial', 'Spark provides built-in machine learning libraries.'),
  'first-step:ai-services': e('foundryToolsQuickstart', 'In this quickstart, you create a Microsoft Foundry resource and verify access.'),
  'first-step:fabric': e('fabricDataScienceTutorial', 'These tutorials present a complete end-to-end scenario in the Fabric data science experience.'),
  'first-step:run-configuration': e('trainModelTutorial', 'This tutorial takes you through steps to submit a cloud-based training job (command job).'),
  'first-step:estimator': e('azureMlInADay', 'Azure Machine Learning provides many curated or ready-made environments, which are useful for common training and inference scenarios.'),
  'first-step:pipeline': e('pipelineTutorial', 'A machine learning pipeline splits a complete machine learning task into a multistep workflow.'),
  'first-step:automl': e('automlTutorial', 'You don\'t write any code in this tutorial. You use the studio interface to perform training.'),

  // Cautions, notes and the caveat.
  'note:guidelines-only': e('chooseService', 'Ultimately, it is up to you and your organization to decide what’s the best fit.'),
  'note:prebuilt-little-control': e('chooseService', 'The models are offered as an application programming interface (API), so you can easily integrate a model with your application.'),
  'note:check-prebuilt-fit': FOUNDRY_PREBUILT,
  'note:prebuilt-tabular-fit': FOUNDRY_PREBUILT,
  'note:custom-vision-retiring': e('customVisionMigration', 'The Custom Vision Service will be retired on September 25, 2028, after which calls made to the service will fail.'),
  'note:generative-fine-tuning': e('foundryFineTuning', 'Fine-tuning adapts a pretrained model to your task through additional training on task-specific data.'),
  'note:needs-pyspark': SEED_PYSPARK,
  'note:pyspark-gap': SEED_PYSPARK,
  'note:fabric-needs-spark': FABRIC_SPARK_LANGUAGES,
  'note:fabric-spark-gap': FABRIC_SPARK_LANGUAGES,
  'note:synapse-automl-retired': e('synapseAutomlTutorial', 'An Apache Spark pool (version 2.4) in your Azure Synapse Analytics workspace.'),
  'note:synapse-linked-service-closed': e('attachComputeV1', 'New Synapse workspaces can no longer be registered with Azure Machine Learning as a linked service.'),
  'note:synapse-spark-24-disabled': e('synapseSpark24', 'Effective August 23, 2024, Azure Synapse Runtime for Apache Spark 2.4 has been disabled.'),
  'note:large-data-outside-spark': e('amlSpark', 'Azure Machine Learning serverless Spark compute is the easiest way to accomplish distributed computing tasks in the Azure Machine Learning environment.'),
  'note:python-centred': e('azureMlOverview', 'you can use familiar interfaces including:'),
  'note:sdk-v1-retired': SDK_V1_DATES,
  'note:estimator-retired': ESTIMATOR_DEPRECATED,
  'note:run-configuration-v1': SDK_V1_DATES,
  'note:automl-remote-compute': AUTOML_COMPUTE,
  'note:pipeline-overhead': PIPELINE_2019,
  'note:designer-classic-components': e('designerConcept', "It's best to use custom components for new projects, because they're compatible with Azure Machine Learning v2"),
  'note:steps-use-other-methods': e('trainModelsToday', 'Machine learning pipelines can use the previously mentioned training methods.'),
  'note:per-step-compute': e('trainModels2019', 'that are coordinated across heterogeneous compute resources and storage locations.'),
  'note:local-too-small': e('computeTargets', 'Start by developing and experimenting on a small amount of data.'),
  'note:cluster-scale-to-zero': e('computeCluster', 'Save money by setting the minimum to 0, so you don\'t pay for any nodes when the cluster is idle.'),
  'note:vm-requirements': e('attachComputeV1', 'When you create a VM or choose an existing VM, you must select a VM that uses Ubuntu.'),
  'note:vm-maintenance': e('computeTargets', 'You create this type of compute target outside Azure Machine Learning and then attach it to your workspace.'),
  'note:hdinsight-legacy': e('attachComputeV1', 'Azure Machine Learning cannot create an HDInsight cluster for you.'),
  'note:chainer-maintenance': e('chainer', 'Chainer is under the maintenance phase and further development will be limited to bug-fixes and maintenance only.'),

  // Frameworks, then and now.
  'framework-then:scikit-learn': e('trainModels2019', 'There are estimator classes for'),
  'framework-then:tensorflow': e('trainModels2019', 'There are estimator classes for'),
  'framework-then:pytorch': e('trainModels2019', 'There are estimator classes for'),
  'framework-then:chainer': e('trainModels2019', 'There are estimator classes for'),
  'framework-then:keras': e('trainKerasV1', 'If you were previously using the TensorFlow estimator to configure your Keras training jobs'),
  'framework-then:other': ESTIMATORS_2019,
  'framework-today:scikit-learn': e('trainScikitLearnV2', 'use a curated (or ready-made) environment or create a custom environment using a Docker image or a Conda configuration.'),
  'framework-today:tensorflow': e('trainTensorFlowV2', 'In this article, you reuse the curated Azure Machine Learning environment'),
  'framework-today:pytorch': e('trainPyTorchV2', 'In this article, you reuse the curated Azure Machine Learning environment'),
  'framework-also:tensorflow': e('distributedGpuTraining', 'you can launch the distributed job via Azure Machine Learning using distribution parameters or the TensorFlowDistribution object.'),
  'framework-also:pytorch': e('distributedGpuTraining', 'Create a command and specify the type as PyTorch and the process_count_per_instance in the distribution parameter.'),
  'framework-today:chainer': e('howToTrainModel', 'You can also use custom environments by specifying a base docker image and specifying a conda yaml on top of it.'),
  'framework-today:keras': e('trainKerasV2', 'built into TensorFlow and not the standalone Keras package, refer instead to'),
  'framework-today:other': e('howToTrainModel', 'You can also use custom environments by specifying a base docker image and specifying a conda yaml on top of it.'),

  // Which method works with which framework and compute target.
  'support:scikit-learn': e('trainModels2019', 'There are estimator classes for'),
  'support:tensorflow': e('trainModels2019', 'There are estimator classes for'),
  'support:keras': e('trainModels2019', 'Estimators provide an easy way to work with popular frameworks like Scikit-learn, TensorFlow, Keras, PyTorch, and Chainer.'),
  'support:keras:estimator': e('trainKerasV1', 'If you were previously using the TensorFlow estimator to configure your Keras training jobs'),
  'support:pytorch': e('trainModels2019', 'There are estimator classes for'),
  'support:chainer': e('trainModels2019', 'There are estimator classes for'),
  'support:other': ESTIMATORS_2019,
  'support:scikit-learn:automl': AUTOML_OWN_ALGORITHMS,
  'support:tensorflow:automl': AUTOML_OWN_ALGORITHMS,
  'support:keras:automl': AUTOML_OWN_ALGORITHMS,
  'support:pytorch:automl': AUTOML_OWN_ALGORITHMS,
  'support:chainer:automl': AUTOML_OWN_ALGORITHMS,
  'support:other:automl': AUTOML_OWN_ALGORITHMS,
  'support:local': TARGETS_2019,
  'support:local:automl': AUTOML_COMPUTE,
  'support:local:pipeline': e('computeTargets', 'Azure Machine Learning supports different compute targets.'),
  'support:aml-compute:automl': e('computeTargets', 'Azure Machine Learning supports different compute targets.'),
  'support:hdinsight:automl': e('computeTargets', 'Azure Machine Learning supports different compute targets.'),
  'support:remote-vm:automl': AUTOML_COMPUTE,
  'support:hdinsight:run-configuration': e('amlSpark', 'Spark batch job submissions'),
  'support:hdinsight:pipeline': e('amlSpark', 'Running machine learning pipelines with a Spark component'),
  'support:aml-compute': TARGETS_2019,
  'support:remote-vm': TARGETS_2019,
  'support:hdinsight': HDINSIGHT_V1,
};

