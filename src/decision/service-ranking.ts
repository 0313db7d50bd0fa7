import type { Answers } from './answers';
import type { Note, Ranked } from './rank';
import { notesFor, rankByRules } from './rank';
import type { ServiceRuleId } from './service-rules';
import { SERVICE_CAUTIONS, SERVICE_RULES } from './service-rules';
import type { ServiceId, ServiceProfile } from './services';
import { SERVICE_IDS, SERVICES } from './services';

export interface RankedService extends Ranked<ServiceId, ServiceRuleId>, ServiceProfile {
  readonly cautions: readonly Note[];
}

/**
 * Ranks the five services on answers that have already been filtered to the
 * questions that apply (see `effectiveAnswers`).
 */
export function rankServices(answers: Answers): RankedService[] {
  // Fields copied one by one: object spread here made recommend() many times slower.
  return rankByRules(SERVICE_IDS, SERVICE_RULES, answers).map(({ id, rank, tied, score, reasons, neutral }) => {
    const { name, shortName, summary, lineage, today, learnMore, firstStep } = SERVICES[id];
    return { id, rank, tied, score, reasons, neutral, name, shortName, summary, lineage, today, learnMore, firstStep, cautions: notesFor(id, SERVICE_CAUTIONS, answers) };
  });
}

/**
 * Azure Machine Learning is worth planning training for when it shares first
 * place on the service answers given so far: the same ranking, read at the top.
 */
export function azureMlIsSeriousCandidate(answers: Answers): boolean {
  return rankByRules(SERVICE_IDS, SERVICE_RULES, answers).some((service) => service.id === 'azure-ml' && service.rank === 1);
}
