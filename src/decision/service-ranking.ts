import type { Answers } from './answers';
import type { Note, Ranked, Reason } from './rank';
import { rankByScore, sumPoints } from './rank';
import type { ServiceRuleId } from './service-rules';
import { SERVICE_RULES, serviceCautions } from './service-rules';
import type { ServiceId, ServiceProfile } from './services';
import { SERVICE_IDS, SERVICES } from './services';

export interface RankedService extends Ranked<ServiceId, ServiceRuleId> {
  readonly name: string;
  readonly summary: string;
  /** What has changed on the platform since the source documents. */
  readonly today: Note;
  readonly learnMore: ServiceProfile['learnMore'];
  /** No answered guideline moved this service either way. */
  readonly neutral: boolean;
}

/**
 * Ranks the four services on answers that have already been filtered to the
 * questions that apply (see `effectiveAnswers`).
 */
export function rankServices(answers: Answers): RankedService[] {
  const reasonsByService = new Map<ServiceId, Reason<ServiceRuleId>[]>(SERVICE_IDS.map((id) => [id, []]));
  for (const rule of SERVICE_RULES) {
    for (const effect of rule.effects(answers)) {
      reasonsByService.get(effect.service)?.push({
        guideline: rule.id,
        text: effect.text,
        source: rule.source,
        points: effect.points,
      });
    }
  }
  const scored = SERVICE_IDS.map((id) => {
    const reasons = reasonsByService.get(id) ?? [];
    const profile = SERVICES[id];
    return {
      id,
      name: profile.name,
      summary: profile.summary,
      today: profile.today,
      learnMore: profile.learnMore,
      score: sumPoints(reasons),
      reasons,
      cautions: serviceCautions(id, answers),
      neutral: reasons.length === 0,
      rank: 0,
      tied: false,
    };
  });
  return rankByScore(scored);
}

/**
 * Azure Machine Learning is worth planning training for when it shares first
 * place on the service answers given so far.
 */
export function azureMlIsSeriousCandidate(answers: Answers): boolean {
  // Runs for every show-condition check, so it sums points without building reasons.
  const scores: Record<ServiceId, number> = { 'azure-ml': 0, databricks: 0, synapse: 0, 'ai-services': 0 };
  for (const rule of SERVICE_RULES) {
    for (const effect of rule.effects(answers)) scores[effect.service] += effect.points;
  }
  return SERVICE_IDS.every((id) => scores[id] <= scores['azure-ml']);
}
