import { LEARN, page } from './page';

// The two source documents ("seeds"): the Learn unit on choosing a service, and the 2019 page on training methods.
export const chooseService = page(
  'Design a machine learning model training solution (Microsoft Learn training module)',
  `${LEARN}/training/modules/design-machine-learning-model-training-solution/`,
);
export const trainModels2019 = page(
  'Train models with Azure Machine Learning (the page as published in September 2019, on GitHub)',
  'https://github.com/MicrosoftDocs/azure-docs/blob/f08de0bade406ad14ace0d0de6d51cd20da0cbd3/articles/machine-learning/service/concept-train-machine-learning-model.md',
);
