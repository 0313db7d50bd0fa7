import type { Answers } from './answers';
import { hasRealAnswer } from './answers';
import { applyShowConditions } from './questions';
import type { Note } from './rank';
import type { RankedService } from './service-ranking';
import { rankServices } from './service-ranking';
import { SOURCES } from './sources';
import type { Source } from './sources';
import type { FrameworkAdvice } from './training';
import { frameworkAdvice } from './training';
import type { RankedComputeTarget, RankedMethod } from './training-ranking';
import { rankComputeTargets, rankMethods } from './training-ranking';

/** The date the guidance and the "today" notes were last checked against the documentation. */
export const GUIDANCE_REVIEWED_ON = '2026-11-30';

/** Below this many real answers to the service questions, the ranking is flagged as rough. */
export const FEW_ANSWERS = 3;

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

export interface Recommendation {
  /** All five services, best first; ties share a rank. */
  readonly services: readonly RankedService[];
  /** Whether planning training in Azure Machine Learning applies to these answers. */
  readonly trainingApplies: boolean;
  readonly methods: readonly RankedMethod[];
  readonly computeTargets: readonly RankedComputeTarget[];
  readonly frameworkAdvice: FrameworkAdvice | undefined;
  /** Things to know about the result as a whole; `guidelines-only` is always first. */
  readonly notices: readonly Notice[];
  /** The answers the ranking used: only those to questions that apply; every other id is undefined. */
  readonly usedAnswers: Answers;
  readonly guidanceReviewedOn: string;
}

/**
 * Ranks the services, and the Azure Machine Learning training methods and
 * compute targets, for a set of answers, with the trace of rules behind each
 * place. Pure and deterministic; answers to questions that do not apply are
 * ignored, and "unsure" counts as no answer.
 */
export function recommend(answers: Answers): Recommendation {
  const { visible, effective: used } = applyShowConditions(answers);
  const services = rankServices(used);
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
    methods: rankMethods(used),
    computeTargets: rankComputeTargets(used),
    frameworkAdvice: frameworkAdvice(used),
    notices,
    usedAnswers: used,
    guidanceReviewedOn: GUIDANCE_REVIEWED_ON,
  };
}
