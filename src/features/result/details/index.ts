/**
 * What the result folds away until asked for, in its own chunk (with
 * extras/ and the words behind the ranking, which `explain` adds), fetched
 * once the ranking is on screen: each service's reasons, training in Azure
 * Machine Learning, the answers and the sources. Loaded by
 * recommendation/use-details.ts; decisions 0009 and 0011.
 */
import './details.css';

export { explain } from '../../../decision';
export { AnswersSummary } from './answers-summary';
export { Cite } from './cite';
export { PrintOpensDetails } from './use-print-opens-details';
export { ServiceDetails } from './service-details';
export { SourcesList } from './sources-list';
export { TrainingSection } from './training-section';
