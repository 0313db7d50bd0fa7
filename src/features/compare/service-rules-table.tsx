import type { Recommendation, ServiceId } from '../../decision';
import { SERVICES, SERVICE_IDS, SERVICE_RULES } from '../../decision';
import { appliedServiceRules } from '../shared/applied-rules';
import { RuleCards, ruleCard } from './rule-cards';
import { RuleRow, ruleRows } from './rule-row';
import { RestackTable } from '../shared/restack-table';
import './compare.css';

interface ServiceRulesTableProps {
  /** When given, the rules these answers set off are marked as the person's own. */
  readonly recommendation?: Recommendation;
}

const CAPTION = 'Which guideline favours which service';

/** The services against every guideline and factor: which rule favours which service, and which counts against one. */
export function ServiceRulesTable({ recommendation }: ServiceRulesTableProps) {
  const applied = appliedServiceRules(recommendation);
  const nameOf = (id: ServiceId) => SERVICES[id].name;
  const rows = ruleRows(SERVICE_RULES, SERVICE_IDS, nameOf, applied);
  return (
    <RestackTable
      caption={CAPTION}
      marksYours={applied.size > 0}
      tableClassName="cmp-table-matrix"
      corner="Guideline or factor"
      columns={SERVICE_IDS.map((id) => (
        <th key={id} scope="col" className={`cmp-col svc-${id}`}>
          <span className="cmp-col-swatch" aria-hidden="true" />
          {SERVICES[id].name}
        </th>
      ))}
      bodies={
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
      }
      cards={
        <RuleCards
          cards={rows.map((row) => ({ ...ruleCard(row, nameOf), tieBreaker: row.rule.kind === 'factor', statement: row.rule.statement }))}
        />
      }
    />
  );
}
