import type { Answers } from './answers';
import { hasRealAnswer } from './answers';
import { walkQuestions } from './question-flow';
import type { Hit, Note } from './rank';
import type { ServicePlace } from './service-ranking';
import { placeServices } from './service-ranking';
import type { ServiceRuleId } from './service-scoring';
import type { ServiceId } from './services';
import * as SOURCES from './sources';
import type { Source } from './sources';
import type { ComputePlace, MethodPlace } from './training-ranking';
import { placeComputeTargets, placeMethods } from './training-ranking';

/** The date the guidance and the "today" notes were last checked against the documentation. */
export const GUIDANCE_REVIEWED_ON = '2026-11-30';

/** Below this many real answers to the service questions, the ranking is flagged as rough. */
const FEW_ANSWERS = 3;

/** Something to know about the result as a whole. Only the caveat is a claim about Azure; the rest describe the result itself. */
export interface Notice extends Omit<Note, 'source'> {
  readonly source?: Source;
}

const GUIDELINES_ONLY: Notice = {
  id: 'guidelines-only',
  text: 'These are guidelines, not rules. Many factors can sway the choice, and the decision is yours and your organization’s to make.',
  source: SOURCES.chooseService,
};
const FEW_ANSWERS_GIVEN: Notice = {
  id: 'few-answers',
  text: 'You have answered only a few questions, so several services can still tie. Answer more for a sharper ranking.',
};
const ALL_TIED: Notice = { id: 'all-tied', text: 'No guideline separates the services on these answers, so they tie.' };
const TRAINING_NOT_PLANNED: Notice = {
  id: 'training-not-planned',
  text: 'Azure Machine Learning is not first on your answers, so training methods are not shown. You can still plan training there.',
};

/**
 * The ranking alone: every option's place and the rules that put it there,
 * by id, with what the result's first screen shows (names, first steps,
 * notices). `explain()` (recommend.ts) adds the words behind each place.
 */
export interface Ranking {
  /** All five services, best first; ties share a rank. */
  readonly services: readonly ServicePlace[];
  /** Whether planning training in Azure Machine Learning applies to these answers. */
  readonly trainingApplies: boolean;
  readonly methods: readonly MethodPlace[];
  readonly computeTargets: readonly ComputePlace[];
  /** Things to know about the result as a whole; `guidelines-only` is always first. */
  readonly notices: readonly Notice[];
  /** The answers the ranking used: only those to questions that apply; every other id is undefined. */
  readonly usedAnswers: Answers;
  readonly guidanceReviewedOn: string;
}

/**
 * Ranks the services, and the Azure Machine Learning training methods and
 * compute targets, for a set of answers. Pure and deterministic; answers to
 * questions that do not apply are ignored, and "unsure" counts as no answer.
 */
export function rank(answers: Answers): Ranking {
  const { visible, effective: used } = walkQuestions(answers);
  const services = placeServices(used);
  let trainingApplies = false;
  let serviceAnswers = 0;
  for (const question of visible) {
    if (question.section === 'training') trainingApplies = true;
    else if (hasRealAnswer(used, question.id)) serviceAnswers += 1;
  }

  // The notes are constants, shared between results (they are read-only).
  const notices: Notice[] = [GUIDELINES_ONLY];
  if (serviceAnswers < FEW_ANSWERS) notices.push(FEW_ANSWERS_GIVEN);
  if (services.every((service) => service.rank === 1)) notices.push(ALL_TIED);
  if (!trainingApplies) notices.push(TRAINING_NOT_PLANNED);

  return {
    services,
    trainingApplies,
    methods: placeMethods(used),
    computeTargets: placeComputeTargets(used),
    notices,
    usedAnswers: used,
    guidanceReviewedOn: GUIDANCE_REVIEWED_ON,
  };
}

/** The services that share first place, in the ranking's order. */
export function topServices(ranking: Pick<Ranking, 'services'>): ServiceId[] {
  return ranking.services.filter((service) => service.rank === 1).map((service) => service.id);
}

/** Why a service is not first: what the leaders had that it lacks, and what counted against it. */
export interface WhyNot<R extends Hit<ServiceRuleId> = Hit<ServiceRuleId>> {
  readonly service: ServiceId;
  readonly leaders: readonly ServiceId[];
  /** Rules that favoured a leader but not this service. */
  readonly missed: readonly R[];
  /** Rules that pushed this service down. */
  readonly against: readonly R[];
}

interface PlacedService<R> {
  readonly id: ServiceId;
  readonly rank: number;
  readonly reasons: readonly R[];
}

/** For a service below first place, the reasons it trails (as the ranking or the recommendation gives them); undefined for a leader. */
export function whyNot<R extends Hit<ServiceRuleId>>(ranking: { readonly services: readonly PlacedService<R>[] }, service: ServiceId): WhyNot<R> | undefined {
  const ranked = ranking.services.find((candidate) => candidate.id === service);
  if (ranked === undefined || ranked.rank === 1) return undefined;
  const leaders = ranking.services.filter((candidate) => candidate.rank === 1);
  const own = new Set(ranked.reasons.filter((reason) => reason.points > 0).map((reason) => reason.guideline));
  const missed = new Map<ServiceRuleId, R>();
  for (const leader of leaders) {
    for (const reason of leader.reasons) {
      if (reason.points > 0 && !own.has(reason.guideline) && !missed.has(reason.guideline)) {
        missed.set(reason.guideline, reason);
      }
    }
  }
  return {
    service,
    leaders: leaders.map((leader) => leader.id),
    missed: [...missed.values()],
    against: ranked.reasons.filter((reason) => reason.points < 0),
  };
}
