import type { Note, Reason, Recommendation } from '../../../decision';
import { Icon } from '../../shared/icon';
import { Cite } from './cite';

interface ReasonListProps {
  readonly reasons: readonly Reason[];
  readonly recommendation: Recommendation;
  /** Rule ids that only break ties, marked as such so they are not mistaken for guidelines. */
  readonly tieBreakers?: ReadonlySet<string>;
}

/** The rules that moved an option, each with a written "For"/"Against" so colour is never the only cue, and its source's number. */
export function ReasonList({ reasons, recommendation, tieBreakers }: ReasonListProps) {
  return (
    <ul className="rec-reasons stack">
      {reasons.map((reason) => {
        const against = reason.points < 0;
        return (
          <li key={reason.guideline} className={against ? 'rec-reason is-against' : 'rec-reason is-for'} data-guideline={reason.guideline}>
            <span className="rec-reason-sign">{against ? 'Against' : 'For'}</span>
            <span className="rec-reason-body">
              {reason.text}
              <Cite source={reason.source} recommendation={recommendation} />
              {tieBreakers?.has(reason.guideline) ? (
                <>
                  {' '}
                  <span className="tag">Tie-breaker</span>
                </>
              ) : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Watch-outs: things to know that do not move the ranking. */
export function CautionList({ cautions, recommendation }: { readonly cautions: readonly Note[]; readonly recommendation: Recommendation }) {
  return (
    <ul className="rec-cautions stack">
      {cautions.map((caution) => (
        <li key={caution.id} className="rec-caution" data-caution={caution.id}>
          <Icon className="icon rec-caution-icon" size={16}>
            <path d="M8 1.5 15 14H1z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
            <path d="M8 6v3.5M8 11.2v.8" stroke="currentColor" strokeWidth="1.6" />
          </Icon>
          <span>
            {caution.text}
            <Cite source={caution.source} recommendation={recommendation} />
          </span>
        </li>
      ))}
    </ul>
  );
}
