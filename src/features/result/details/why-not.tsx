import type { Recommendation, ServiceId } from '../../../decision';
import { SERVICES, SERVICE_RULES, whyNot } from '../../../decision';
import { Cite } from './cite';
import { joinWords } from '../../shared/words';

const RULE_BY_ID = new Map(SERVICE_RULES.map((rule) => [rule.id as string, rule]));

interface WhyNotProps {
  readonly recommendation: Recommendation;
  readonly service: ServiceId;
  readonly headingId: string;
}

/** For a service below first place: the guidelines the leaders had that it lacks, and what counted against it. */
export function WhyNot({ recommendation, service, headingId }: WhyNotProps) {
  const explanation = whyNot(recommendation, service);
  if (explanation === undefined) return null;
  const name = SERVICES[service].name;
  const leaderNames = explanation.leaders.map((id) => SERVICES[id].name);
  // Which leader each missed guideline helped, read from the leaders' own reasons.
  const helped = (guideline: string) =>
    recommendation.services
      .filter((candidate) => explanation.leaders.includes(candidate.id))
      .filter((leader) => leader.reasons.some((reason) => reason.guideline === guideline && reason.points > 0))
      .map((leader) => leader.name);

  return (
    <div className="rec-whynot" data-why-not={service}>
      <h4 className="caps" id={headingId}>Why not {name}?</h4>
      {explanation.missed.length > 0 ? (
        <>
          <p className="rec-label muted">It misses what put {joinWords(leaderNames)} first:</p>
          <ul className="rec-whynot-list stack gap-2">
            {explanation.missed.map((reason) => {
              const rule = RULE_BY_ID.get(reason.guideline);
              return (
                <li key={reason.guideline} data-guideline={reason.guideline}>
                  <strong>{rule?.title ?? reason.guideline}</strong>
                  {rule?.kind === 'factor' ? ' (a tie-breaker)' : ''}, which favoured {joinWords(helped(reason.guideline))}.
                  <Cite source={reason.source} recommendation={recommendation} />
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {explanation.against.length > 0 ? (
        <>
          <p className="rec-label muted">Counted against it:</p>
          <ul className="rec-whynot-list stack gap-2">
            {explanation.against.map((reason) => (
              <li key={reason.guideline} data-guideline={reason.guideline}>
                {reason.text}
                <Cite source={reason.source} recommendation={recommendation} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
