import type { Answers } from './answers';
import type { Ranked } from './rank';
import { rankByRules } from './rank';
import type { ServiceRuleId } from './service-scoring';
import { SERVICE_SCORING } from './service-scoring';
import type { ServiceEssentials, ServiceId } from './services';
import { SERVICE_ESSENTIALS, SERVICE_IDS } from './services';

/** A service's place in the ranking, with what the first screen shows of it. */
export interface ServicePlace extends Ranked<ServiceId, ServiceRuleId>, ServiceEssentials {}

/**
 * Ranks the five services on answers that have already been filtered to the
 * questions that apply (see `effectiveAnswers`).
 */
export function placeServices(answers: Answers): ServicePlace[] {
  // Fields copied one by one: object spread here made recommend() many times slower.
  return rankByRules(SERVICE_IDS, SERVICE_SCORING, answers).map(({ id, rank, tied, score, reasons, neutral }) => {
    const { name, shortName, firstStep } = SERVICE_ESSENTIALS[id];
    return { id, rank, tied, score, reasons, neutral, name, shortName, firstStep };
  });
}

/**
 * Azure Machine Learning is worth planning training for when it shares first
 * place on the service answers given so far: the same ranking, read at the top.
 */
export function azureMlIsSeriousCandidate(answers: Answers): boolean {
  return rankByRules(SERVICE_IDS, SERVICE_SCORING, answers).some((service) => service.id === 'azure-ml' && service.rank === 1);
}
