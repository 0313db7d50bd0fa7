import { useId } from 'react';
import type { Recommendation } from '../../decision';
import { SERVICES, SERVICE_IDS, SERVICE_RULES, favouredBy } from '../../decision';
import { countedAgainstBy, describeConditions } from '../shared/rule-effects';
import { appliedServiceRules } from './applied-rules';
import { RuleCards } from './rule-cards';
import { RuleCell, RuleTags } from './rule-cell';
import '../result/recommendation/external-link.css';
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
  const rows = SERVICE_RULES.map((rule) => {
    const effects = applied.get(rule.id);
    const favours = favouredBy(rule);
    const countsAgainst = countedAgainstBy(rule);
    return {
      rule,
      effects,
      favours,
      countsAgainst,
      forYou: SERVICE_IDS.some((id) => (effects?.get(id) ?? 0) > 0),
      against: SERVICE_IDS.filter((id) => (effects?.get(id) ?? 0) < 0).map((id) => SERVICES[id].name),
      setOffBy: describeConditions(rule, 'for'),
      againstWhen: describeConditions(rule, 'against'),
    };
  });
  const anyYours = applied.size > 0;

  const table = (
    // A focusable region lets keyboard users scroll the table sideways on a narrow screen.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="cmp-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="cmp-table cmp-table-matrix">
        <caption id={captionId}>
          {CAPTION}
          {anyYours ? <span className="cmp-caption-note">Rows marked “Applies to you” or “Your answer goes against” are set off by your answers.</span> : null}
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
          {rows.map(({ rule, effects, favours, countsAgainst, forYou, against, setOffBy, againstWhen }) => (
            <tr
              key={rule.id}
              data-rule={rule.id}
              className={effects === undefined ? 'cmp-row' : `cmp-row is-yours${forYou ? '' : ' is-against'}`}
            >
              <th scope="row" className="cmp-rule">
                <span className="cmp-rule-title">{rule.title}</span>
                {rule.kind === 'factor' ? <span className="cmp-tag">Tie-breaker</span> : null}
                <RuleTags forYou={forYou} against={against} />
                <span className="cmp-rule-statement">{rule.statement}</span>
                {setOffBy === undefined ? null : (
                  <span className="cmp-rule-when">
                    <span className="cmp-when-label">Set off by</span> {setOffBy}
                  </span>
                )}
                {againstWhen === undefined ? null : (
                  <span className="cmp-rule-when">
                    <span className="cmp-when-label">Counts against when</span> {againstWhen}
                  </span>
                )}
              </th>
              {SERVICE_IDS.map((id) => (
                <RuleCell
                  key={id}
                  effect={{ canFavour: favours.includes(id), canCountAgainst: countsAgainst.includes(id), points: effects?.get(id) }}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <div className="cmp-restack">
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
