import { useId } from 'react';
import type { Recommendation } from '../../decision';
import { SERVICES, SERVICE_IDS, SERVICE_RULES } from '../../decision';
import { appliedServiceRules } from '../shared/applied-rules';
import { RuleCards } from './rule-cards';
import { RuleRow, ruleRows } from './rule-row';
import { ScrollRegion } from '../shared/scroll-region';
import './compare.css';

interface ServiceRulesTableProps {
  /** When given, the rules these answers set off are marked as the person's own. */
  readonly recommendation?: Recommendation;
}

const CAPTION = 'Which guideline favours which service';

/** The services against every guideline and factor: which rule favours which service, and which counts against one. */
export function ServiceRulesTable({ recommendation }: ServiceRulesTableProps) {
  const applied = appliedServiceRules(recommendation);
  const captionId = useId();
  const rows = ruleRows(SERVICE_RULES, SERVICE_IDS, (id) => SERVICES[id].name, applied);
  const anyYours = applied.size > 0;

  const table = (
    <ScrollRegion className="table-scroll panel" labelledBy={captionId}>
      <table className="table cmp-table-matrix">
        <caption id={captionId}>
          {CAPTION}
          {anyYours ? <span className="block fs-13 fw-400 muted">Rows marked “Applies to you” or “Your answer goes against” are set off by your answers.</span> : null}
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
          {rows.map((row) => (
            <RuleRow
              key={row.rule.id}
              row={row}
              ids={SERVICE_IDS}
              tags={row.rule.kind === 'factor' ? <span className="tag">Tie-breaker</span> : null}
              statement={row.rule.statement}
            />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
  return (
    <div className="restack stack">
      {table}
      <RuleCards
        label={CAPTION}
        cards={rows.map(({ rule, effects, favours, countsAgainst, forYou, against, setOffBy, againstWhen }) => ({
          id: rule.id,
          title: rule.title,
          tieBreaker: rule.kind === 'factor',
          yours: effects !== undefined,
          forYou,
          statement: rule.statement,
          whenLabel: 'Set off by',
          when: setOffBy,
          againstWhen,
          favours: favours.map((id) => SERVICES[id].name),
          countsAgainst: countsAgainst.map((id) => SERVICES[id].name),
          against,
        }))}
      />
    </div>
  );
}
