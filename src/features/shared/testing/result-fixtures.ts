import type { Answers } from '../../../decision';
import { parseShare } from '../../../decision';
import { resultHref } from '../paths';

/** A full set of answers: Databricks first, Azure ML second, training planned. */
const FULL_QUERY =
  'v=1&task=tabular&prebuilt=no&control=full&data=large&pyspark=yes&unified=yes&language=python&ui=yes&existing=databricks&workflow=multi-step&needs=unattended,versioning&framework=pytorch&setup=low-level&compute=managed-cluster';

export const FULL_ANSWERS: Answers = parseShare(FULL_QUERY).answers;

/** A prebuilt model suits: AI Services alone first, the rest joint 2nd, no training section. */
export const PREBUILT_ANSWERS: Answers = { task: 'vision', prebuilt: 'yes' };

/** The absolute share URL the result page would pass for these answers. */
export const shareUrlFor = (answers: Answers) => `https://advisor.example.com/${resultHref(answers)}`;

export const SHARE_URL = shareUrlFor(FULL_ANSWERS);
