import type { Answers } from './answers';
import type { Hit, Note, Ranked, Reason } from './rank';
import { notesFor } from './rank';
import type { ReasonTable } from './rule-words';
import { explainHits, reasonTable } from './rule-words';
import type { Ranking } from './ranking';
import { rank } from './ranking';
import type { ServiceProfile } from './service-profiles';
import { SERVICES } from './service-profiles';
import { SERVICE_CAUTIONS, SERVICE_RULES } from './service-rules';
import type { ServiceRuleId } from './service-scoring';
import type { ServiceId } from './services';
import type { ComputeTargetId, MethodId } from './training';
import type { FrameworkAdvice, TrainingOptionProfile } from './training-profiles';
import { COMPUTE_TARGETS, METHODS, frameworkAdvice } from './training-profiles';
import { COMPUTE_CAUTIONS, COMPUTE_RULES, METHOD_CAUTIONS, METHOD_NOTES, METHOD_RULES } from './training-rules';
import type { ComputeRuleId, MethodRuleId } from './training-scoring';
import { placeComputeTargets } from './training-ranking';

export interface RankedService extends Ranked<ServiceId, ServiceRuleId, Reason<ServiceRuleId>>, ServiceProfile {
  readonly cautions: readonly Note[];
}

interface RankedTrainingOption<Id extends string, RuleId extends string>
  extends Ranked<Id, RuleId, Reason<RuleId>>,
    Omit<TrainingOptionProfile, 'notes'> {
  readonly cautions: readonly Note[];
  /** Things to know that are not warnings: the profile's own notes, then any these answers call for. */
  readonly notes: readonly Note[];
}
export type RankedMethod = RankedTrainingOption<MethodId, MethodRuleId>;
export type RankedComputeTarget = RankedTrainingOption<ComputeTargetId, ComputeRuleId>;

/** A ranking with the words behind every place: what the result's details, the comparison and the exports show. */
export interface Recommendation extends Omit<Ranking, 'services' | 'methods' | 'computeTargets'> {
  readonly services: readonly RankedService[];
  readonly methods: readonly RankedMethod[];
  readonly computeTargets: readonly RankedComputeTarget[];
  readonly frameworkAdvice: FrameworkAdvice | undefined;
}

const SERVICE_REASONS = reasonTable(SERVICE_RULES);
const METHOD_REASONS = reasonTable(METHOD_RULES);
const COMPUTE_REASONS = reasonTable(COMPUTE_RULES);

// Fields copied one by one in the three functions below: object spread here made recommend() many times slower.

function explainService({ id, rank: place, tied, score, reasons, neutral }: Ranked<ServiceId, ServiceRuleId>, answers: Answers): RankedService {
  const { name, shortName, summary, lineage, today, learnMore, firstStep } = SERVICES[id];
  return {
    id,
    rank: place,
    tied,
    score,
    reasons: explainHits(reasons, SERVICE_REASONS),
    neutral,
    name,
    shortName,
    summary,
    lineage,
    today,
    learnMore,
    firstStep,
    cautions: notesFor(id, SERVICE_CAUTIONS, answers),
  };
}

function explainTrainingOption<Id extends string, RuleId extends string>(
  { id, rank: place, tied, score, reasons, neutral }: Ranked<Id, RuleId, Hit<RuleId>>,
  { name, summary, lineage, today, firstStep }: TrainingOptionProfile,
  rules: ReasonTable<RuleId>,
  cautions: readonly Note[],
  notes: readonly Note[],
): RankedTrainingOption<Id, RuleId> {
  return { id, rank: place, tied, score, reasons: explainHits(reasons, rules), neutral, name, summary, lineage, today, firstStep, cautions, notes };
}

function explainComputeTarget(place: Ranked<ComputeTargetId, ComputeRuleId>, answers: Answers): RankedComputeTarget {
  return explainTrainingOption(place, COMPUTE_TARGETS[place.id], COMPUTE_REASONS, notesFor(place.id, COMPUTE_CAUTIONS, answers), COMPUTE_TARGETS[place.id].notes);
}

/** The ranking with the words behind every place: reasons, cautions, notes, summaries, lineage and framework advice. */
export function explain(ranking: Ranking): Recommendation {
  const answers = ranking.usedAnswers;
  return {
    services: ranking.services.map((service) => explainService(service, answers)),
    trainingApplies: ranking.trainingApplies,
    methods: ranking.methods.map((method) =>
      explainTrainingOption(method, METHODS[method.id], METHOD_REASONS, notesFor(method.id, METHOD_CAUTIONS, answers), [
        ...METHODS[method.id].notes,
        ...notesFor(method.id, METHOD_NOTES, answers),
      ]),
    ),
    computeTargets: ranking.computeTargets.map((target) => explainComputeTarget(target, answers)),
    frameworkAdvice: frameworkAdvice(answers),
    notices: ranking.notices,
    usedAnswers: answers,
    guidanceReviewedOn: ranking.guidanceReviewedOn,
  };
}

/**
 * Ranks the services, and the Azure Machine Learning training methods and
 * compute targets, for a set of answers, with the trace of rules behind each
 * place and their words. Pure and deterministic; answers to questions that do
 * not apply are ignored, and "unsure" counts as no answer.
 */
export function recommend(answers: Answers): Recommendation {
  return explain(rank(answers));
}

/** The compute targets ranked and explained on their own. Expects answers already filtered by the show-conditions. */
export function rankComputeTargets(answers: Answers): RankedComputeTarget[] {
  return placeComputeTargets(answers).map((target) => explainComputeTarget(target, answers));
}
