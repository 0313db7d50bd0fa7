import { page } from './page';

// The two source documents ("seeds"): the Learn unit on choosing a service, and the 2019 page on training methods.
// Both are pinned to a version that says what the advice restates: the Learn module has since been
// rewritten (`learnModuleNow`) and names Fabric where this version names Synapse.
export const chooseService = page(
  'Choose a service to train a machine learning model (Microsoft Learn, earlier version on GitHub; Azure AI Services appear as Cognitive Services)',
  'https://github.com/MicrosoftDocs/learn/blob/aee2033637417d5ff493461741fd7c6425262d21/learn-pr/wwl-data-ai/design-machine-learning-model-training-solution/includes/3-choose-service-train.md',
);
export const trainModels2019 = page(
  'Train models with Azure Machine Learning (the 2019 page, as revised late that year, on GitHub)',
  'https://github.com/MicrosoftDocs/azure-docs/blob/f08de0bade406ad14ace0d0de6d51cd20da0cbd3/articles/machine-learning/service/concept-train-machine-learning-model.md',
);
