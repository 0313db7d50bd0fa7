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
  visibleQuestions,
} from './questions';
export type { Condition, Note, Ranked, Reason, Rule, RuleCase, Trigger } from './rank';
export { favouredBy, triggersOf } from './rank';
export type { Notice, Recommendation } from './recommend';
export { GUIDANCE_REVIEWED_ON, recommend } from './recommend';
export type { RankedService } from './service-ranking';
export type { ServiceRule, ServiceRuleId } from './service-rules';
export { SERVICE_RULES, SERVICE_RULE_IDS } from './service-rules';
export type { Lineage, ServiceId, ServiceProfile } from './services';
export { SERVICES, SERVICE_IDS } from './services';
export type { ParsedShare } from './share-link';
export { MAX_QUERY_LENGTH, formatShare, parseShare } from './share-link';
export type { Source } from './sources';
export { SOURCES } from './sources';
export type { ComputeTargetId, FrameworkAdvice, MethodId, SeedLineage, TrainingOptionProfile } from './training';
export { COMPUTE_TARGETS, COMPUTE_TARGET_IDS, METHODS, METHOD_IDS, frameworkAdvice } from './training';
export type { ComputeRule, ComputeRuleId, MethodRule, MethodRuleId } from './training-rules';
export { COMPUTE_RULES, METHOD_RULES } from './training-rules';
export type { RankedComputeTarget, RankedMethod } from './training-ranking';
export { rankComputeTargets } from './training-ranking';
export { COMPUTE_SUPPORT, FRAMEWORK_SUPPORT, methodRunsOn, type FrameworkId, type Support, type SupportLevel, type SupportRow } from './method-support';
export type { WhatIfChange, WhyNot } from './what-if';
export { topServices, whatIf, whyNot } from './what-if';
export { topIsSettled } from './settled';
export type { Divergence } from './divergence';
export { divergence } from './divergence';
