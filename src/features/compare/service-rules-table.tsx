import { useId } from 'react';
import type { Recommendation } from '../../decision';
import { SERVICES, SERVICE_IDS, SERVICE_RULES } from '../../decision';
import { appliedServiceRules, describeTriggers } from './applied-rules';
import { RuleCards } from './rule-cards';
import '../result/recommendation/external-link.css';
import './compare.css';

interface ServiceRulesTableProps {
  /** When given, the rules these answers set off are marked as the person's own. */
  readonly recommendation?: Recommendation;
}

/** The four services against every guideline and factor: which rule favours which service. */
export function ServiceRulesTable({ recommendation }: ServiceRulesTableProps) {
  const applied = appliedServiceRules(recommendation);
  const captionId = useId();
  const anyYours = applied.size > 0;

  const table = (
    // A focusable region lets keyboard users scroll the table sideways on a narrow screen.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="cmp-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="cmp-table cmp-table-matrix">
        <caption id={captionId}>
          Which guideline favours which service
          {anyYours ? <span className="cmp-caption-note">Rows marked “Applies to you” are set off by your answers.</span> : null}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="cmp-corner">
              Guideline or factor
            </th>
            {SERVICE_IDS.map((id) => (
              <th key={id} scope="col" className={`cmp-col svc-${id}`}>
                <span className="cmp-col-swatch" aria-hidden="true" />
                {SERVICES[id].name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SERVICE_RULES.map((rule) => {
            const effects = applied.get(rule.id);
            const yours = effects !== undefined;
            return (
              <tr key={rule.id} data-rule={rule.id} className={yours ? 'cmp-row is-yours' : 'cmp-row'}>
                <th scope="row" className="cmp-rule">
                  <span className="cmp-rule-title">{rule.title}</span>
                  {rule.kind === 'factor' ? <span className="cmp-tag">Tie-breaker</span> : null}
                  {yours ? <span className="cmp-tag cmp-tag-yours">Applies to you</span> : null}
                  <span className="cmp-rule-statement">{rule.statement}</span>
                  <span className="cmp-rule-when">
                    <span className="cmp-when-label">Set off by</span> {describeTriggers(rule.triggers)}
                  </span>
                </th>
                {SERVICE_IDS.map((id) => {
                  const points = effects?.get(id);
                  if (points !== undefined && points < 0) {
                    return (
                      <td key={id} className="cmp-cell is-against">
                        Counts against <span className="cmp-cell-note">on your answers</span>
                      </td>
                    );
                  }
                  if (rule.favours.includes(id)) {
                    return (
                      <td key={id} className={points !== undefined ? 'cmp-cell is-favours is-applied' : 'cmp-cell is-favours'}>
                        <svg className="cmp-check" aria-hidden="true" focusable="false" viewBox="0 0 12 12" width="12" height="12">
                          <path d="m2 6.5 2.5 2.5 5.5-6" fill="none" stroke="currentColor" strokeWidth="1.8" />
                        </svg>
                        Favours
                        {points !== undefined ? <span className="cmp-cell-note">for you</span> : null}
                      </td>
                    );
                  }
                  return (
                    <td key={id} className="cmp-cell is-none">
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">Does not favour</span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
  return (
    <div className="cmp-restack">
      {table}
      <RuleCards
        label="Which guideline favours which service"
        cards={SERVICE_RULES.map((rule) => {
          const effects = applied.get(rule.id);
          return {
            id: rule.id,
            title: rule.title,
            tieBreaker: rule.kind === 'factor',
            yours: effects !== undefined,
            statement: rule.statement,
            whenLabel: 'Set off by',
            when: describeTriggers(rule.triggers),
            favours: rule.favours.map((id) => SERVICES[id].name),
            against: SERVICE_IDS.filter((id) => (effects?.get(id) ?? 0) < 0).map((id) => SERVICES[id].name),
          };
        })}
      />
    </div>
  );
}
