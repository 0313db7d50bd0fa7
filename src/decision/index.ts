/**
 * The decision module's public face. Pure TypeScript: no UI, no DOM, no
 * storage. Everything the app shows about a recommendation comes from here.
 */
export type { Answers, AnswerOf, MultiQuestionId, QuestionId, SingleQuestionId } from './answers';
export {
  ANSWER_SPACE,
  NONE,
  QUESTION_IDS,
  UNSURE,
  countAnswered,
  isAllowedValue,
  isMultiQuestion,
  normalizeMulti,
} from './answers';
export { walkQuestions } from './question-flow';
export type { OptionText, QuestionDefinition, Section } from './questions';
export {
  QUESTIONS,
  QUESTION_BY_ID,
  SECTIONS,
  applyShowConditions,
  optionLabel,
  visibleQuestions,
} from './questions';
export type { Condition, Hit, Note, Ranked, Reason, Rule } from './rank';
export { favouredBy, triggersOf } from './rank';
export type { Notice, Ranking, WhyNot } from './ranking';
export { rank, topServices, whyNot } from './ranking';
export type { RankedComputeTarget, RankedMethod, RankedService, Recommendation } from './recommend';
export { explain, rankComputeTargets, recommend } from './recommend';
export type { ServicePlace } from './service-ranking';
export type { Lineage } from './service-profiles';
export { SERVICES } from './service-profiles';
export { SERVICE_RULES } from './service-rules';
export { SERVICE_SCORING } from './service-scoring';
export type { ServiceId } from './services';
export { SERVICE_IDS } from './services';
export { formatShare, parseShare } from './share-link';
export type { Source } from './sources';
export * as SOURCES from './sources';
export type { ComputeTargetId, MethodId } from './training';
export { COMPUTE_TARGET_IDS, METHOD_IDS } from './training';
export { COMPUTE_TARGETS, METHODS, frameworkAdvice } from './training-profiles';
export type { ComputePlace, MethodPlace } from './training-ranking';
export type { MethodRule } from './training-rules';
export { COMPUTE_RULES, METHOD_RULES } from './training-rules';
export { COMPUTE_SUPPORT, FRAMEWORK_SUPPORT, type Support, type SupportRow } from './method-support';
export type { WhatIfChange } from './what-if';
export { whatIf } from './what-if';
export { topIsSettled } from './settled';
export type { Divergence } from './divergence';
export { divergence } from './divergence';
