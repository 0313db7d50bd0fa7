/**
 * The decision module's public face. Pure TypeScript: no UI, no DOM, no
 * storage. Everything the app shows about a recommendation comes from here.
 */
export type { Answers, AnswerOf, MultiQuestionId, QuestionId, SingleQuestionId, ValueOf } from './answers';
export {
  ANSWER_SPACE,
  NONE,
  QUESTION_IDS,
  UNSURE,
  allowedValues,
  countAnswered,
  hasAnswer,
  hasRealAnswer,
  isAllowedValue,
  isMultiQuestion,
  normalizeMulti,
} from './answers';
export type { OptionText, QuestionDefinition, Section, SectionDefinition } from './questions';
export {
  QUESTIONS,
  QUESTION_BY_ID,
  SECTIONS,
  applyShowConditions,
  effectiveAnswers,
  optionLabel,
  trainingSectionApplies,
  visibleQuestions,
} from './questions';
export type { Note, Ranked, Reason, Trigger } from './rank';
export { WEIGHT } from './rank';
export type { Recommendation } from './recommend';
export { FEW_ANSWERS, GUIDANCE_REVIEWED_ON, recommend } from './recommend';
export type { RankedService } from './service-ranking';
export type { ServiceRule, ServiceRuleId } from './service-rules';
export { SERVICE_RULES, SERVICE_RULE_IDS } from './service-rules';
export type { ServiceId, ServiceProfile } from './services';
export { SERVICES, SERVICE_IDS } from './services';
export type { ParsedShare } from './share-link';
export { MAX_QUERY_LENGTH, SHARE_LINK_VERSION, formatShare, parseShare } from './share-link';
export type { Source } from './sources';
export { SOURCES } from './sources';
export type {
  ComputeRuleId,
  ComputeTargetId,
  FrameworkAdvice,
  MethodId,
  MethodRuleId,
  RankedComputeTarget,
  RankedMethod,
  TodayEquivalent,
  TrainingRule,
} from './training';
export {
  COMPUTE_RULES,
  COMPUTE_TARGETS,
  COMPUTE_TARGET_IDS,
  METHODS,
  METHOD_IDS,
  METHOD_RULES,
  frameworkAdvice,
  rankComputeTargets,
  rankMethods,
} from './training';
export { COMPUTE_SUPPORT, FRAMEWORK_SUPPORT, methodRunsOn, type FrameworkId, type Support, type SupportLevel, type SupportRow } from './method-support';
export type { WhatIfChange, WhyNot } from './what-if';
export { topServices, whatIf, whyNot } from './what-if';
