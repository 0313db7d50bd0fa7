import type { Recommendation, ServiceId } from '../../../decision';
import { SERVICES, SERVICE_IDS, SERVICE_RULES, favouredBy } from '../../../decision';
import { appliedServiceRules } from '../../shared/applied-rules';
import { countedAgainstBy } from '../../shared/rule-effects';
import { RuleEffectCell } from '../../shared/rule-effect-cell';
import type { RuleEffect } from '../../shared/rule-effect-cell';
import { RestackTable } from '../../shared/restack-table';
import { joinWords } from '../../shared/words';

const CAPTION = 'Which guideline favours which service';

/** How the person's answers set a rule off: for the services it favours, only against one, or not at all. */
type Relation = 'for' | 'against' | undefined;

interface Row {
  readonly id: string;
  readonly title: string;
  readonly tieBreaker: boolean;
  readonly relation: Relation;
  readonly favours: readonly ServiceId[];
  /** Services some case of the rule counts against. */
  readonly countsAgainst: readonly ServiceId[];
  /** Services this rule pushed down on these answers. */
  readonly against: readonly ServiceId[];
  /** Services this rule pushed up on these answers. */
  readonly forYou: readonly ServiceId[];
}

/** Each service rule with what it did on these answers, read from the recommendation's own trace. */
function rows(recommendation: Recommendation): Row[] {
  const applied = appliedServiceRules(recommendation);
  return SERVICE_RULES.map((rule) => {
    const points = applied.get(rule.id);
    const forYou = SERVICE_IDS.filter((id) => (points?.get(id) ?? 0) > 0);
    const against = SERVICE_IDS.filter((id) => (points?.get(id) ?? 0) < 0);
    return {
      id: rule.id,
      title: rule.title,
      tieBreaker: rule.kind === 'factor',
      relation: forYou.length > 0 ? 'for' : against.length > 0 ? 'against' : undefined,
      favours: favouredBy(rule),
      countsAgainst: countedAgainstBy(rule),
      against,
      forYou,
    };
  });
}

/** What the answers did with the rule: "Applies to you" only when it lifted a service; otherwise which service it went against. */
function RelationTag({ row }: { readonly row: Row }) {
  if (row.relation === undefined) return null;
  return row.relation === 'for' ? (
    <span className="tag tag-yours">Applies to you</span>
  ) : (
    <span className="tag tag-against">Your answer goes against {names(row.against)}</span>
  );
}

/** The glance's cells; the comparison page's have their own. */
/** What the rule can do to a service, and what it did on these answers. */
function effectOn(row: Row, service: ServiceId): RuleEffect {
  const points = row.against.includes(service) ? -1 : row.forYou.includes(service) ? 1 : undefined;
  return { canFavour: row.favours.includes(service), canCountAgainst: row.countsAgainst.includes(service), points };
}

/** Names in the table's column order. */
const names = (ids: readonly ServiceId[]) => joinWords(SERVICE_IDS.filter((id) => ids.includes(id)).map((id) => SERVICES[id].name));

/**
 * The services against every guideline and factor, with the ones these
 * answers set off marked. A table where there is room for a column per
 * service; on a phone the same rows as cards, so nothing hides off-screen.
 * CSS shows one.
 */
export function GuidelineGlance({ recommendation }: { readonly recommendation: Recommendation }) {
  const all = rows(recommendation);
  return (
    <RestackTable
      caption={CAPTION}
      className="gl"
      corner="Guideline or factor"
      columns={SERVICE_IDS.map((id) => (
        <th key={id} scope="col" className={`gl-col svc-${id}`}>
          <abbr title={SERVICES[id].name}>{SERVICES[id].shortName}</abbr>
        </th>
      ))}
      bodies={
        <tbody>
          {all.map((row) => (
            <tr key={row.id} data-rule={row.id} className={row.relation === undefined ? undefined : `is-yours${row.relation === 'for' ? '' : ' is-against'}`}>
              <th scope="row">
                <span className="fw-600">{row.title}</span> {row.tieBreaker ? <span className="tag">Tie-breaker</span> : null}{' '}
                <RelationTag row={row} />
              </th>
              {SERVICE_IDS.map((id) => (
                <RuleEffectCell key={id} effect={effectOn(row, id)} />
              ))}
            </tr>
          ))}
        </tbody>
      }
      cards={all.map((row) => (
        <li key={row.id} data-rule={row.id} className={row.relation === undefined ? 'table-card panel stack gap-2' : `table-card panel stack gap-2 is-yours${row.relation === 'for' ? '' : ' is-against'}`}>
          <p className="fw-600">
            {row.title} {row.tieBreaker ? <span className="tag">Tie-breaker</span> : null} <RelationTag row={row} />
          </p>
          {row.favours.length > 0 ? (
            <p>
              <span className="fs-13 fw-600 muted">Favours:</span> {names(row.favours)}
            </p>
          ) : null}
          {row.against.length > 0 ? (
            <p>
              <span className="fs-13 fw-600 muted">Counts against, on your answers:</span> {names(row.against)}
            </p>
          ) : row.countsAgainst.length > 0 ? (
            <p>
              <span className="fs-13 fw-600 muted">Counts against:</span> {names(row.countsAgainst)}
            </p>
          ) : null}
        </li>
      ))}
    />
  );
}
