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
export type { OptionText, QuestionDefinition, Section } from './questions';
export {
  QUESTIONS,
  QUESTION_BY_ID,
  SECTIONS,
  applyShowConditions,
  optionLabel,
  visibleQuestions,
} from './questions';
export type { Condition, Note, Ranked, Reason, Rule } from './rank';
export { favouredBy, triggersOf } from './rank';
export type { Notice, Recommendation } from './recommend';
export { recommend } from './recommend';
export type { RankedService } from './service-ranking';
export { SERVICE_RULES } from './service-rules';
export type { Lineage, ServiceId } from './services';
export { SERVICES, SERVICE_IDS } from './services';
export { formatShare, parseShare } from './share-link';
export type { Source } from './sources';
export { SOURCES } from './sources';
export type { ComputeTargetId, MethodId } from './training';
export { COMPUTE_TARGETS, COMPUTE_TARGET_IDS, METHODS, METHOD_IDS, frameworkAdvice } from './training';
export type { MethodRule } from './training-rules';
export { COMPUTE_RULES, METHOD_RULES } from './training-rules';
export type { RankedComputeTarget, RankedMethod } from './training-ranking';
export { rankComputeTargets } from './training-ranking';
export { COMPUTE_SUPPORT, FRAMEWORK_SUPPORT, type Support, type SupportRow } from './method-support';
export type { WhatIfChange, WhyNot } from './what-if';
export { topServices, whatIf, whyNot } from './what-if';
export { topIsSettled } from './settled';
export type { Divergence } from './divergence';
export { divergence } from './divergence';
