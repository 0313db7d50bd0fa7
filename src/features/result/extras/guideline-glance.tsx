import { useId } from 'react';
import type { Recommendation, ServiceId } from '../../../decision';
import { SERVICES, SERVICE_IDS, SERVICE_RULES, favouredBy } from '../../../decision';
import { appliedServiceRules } from '../../shared/applied-rules';
import { countedAgainstBy } from '../../shared/rule-effects';
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
    <span className="rec-tag gl-tag-for">Applies to you</span>
  ) : (
    <span className="rec-tag gl-tag-against">Your answer goes against {names(row.against)}</span>
  );
}

const Check = () => (
  <svg className="gl-icon" aria-hidden="true" focusable="false" viewBox="0 0 12 12" width="12" height="12">
    <path d="m2 6.5 2.5 2.5 5.5-6" fill="none" stroke="currentColor" strokeWidth="1.8" />
  </svg>
);

const Minus = () => (
  <svg className="gl-icon" aria-hidden="true" focusable="false" viewBox="0 0 12 12" width="12" height="12">
    <path d="M2 6h8" fill="none" stroke="currentColor" strokeWidth="1.8" />
  </svg>
);

function Cell({ row, service }: { readonly row: Row; readonly service: ServiceId }) {
  if (row.against.includes(service)) {
    return (
      <td className="gl-cell is-against is-yours">
        <Minus />
        Counts against <span className="gl-note">on your answers</span>
      </td>
    );
  }
  if (row.favours.includes(service)) {
    const yours = row.forYou.includes(service);
    return (
      <td className={yours ? 'gl-cell is-favours is-yours' : 'gl-cell is-favours'}>
        <Check />
        Favours{yours ? <span className="gl-note">for you</span> : null}
        {!yours && row.countsAgainst.includes(service) ? <span className="gl-note">or counts against</span> : null}
      </td>
    );
  }
  if (row.countsAgainst.includes(service)) {
    return (
      <td className="gl-cell is-against">
        <Minus />
        Counts against
      </td>
    );
  }
  return (
    <td className="gl-cell is-none">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">Does not favour</span>
    </td>
  );
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
  const captionId = useId();
  const all = rows(recommendation);
  return (
    <div className="gl">
      <table className="gl-table">
        <caption id={captionId}>{CAPTION}</caption>
        <thead>
          <tr>
            <th scope="col">Guideline or factor</th>
            {SERVICE_IDS.map((id) => (
              <th key={id} scope="col" className={`gl-col svc-${id}`}>
                <abbr title={SERVICES[id].name}>{SERVICES[id].shortName}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {all.map((row) => (
            <tr key={row.id} data-rule={row.id} className={row.relation === undefined ? undefined : `is-${row.relation}`}>
              <th scope="row">
                <span className="gl-title">{row.title}</span> {row.tieBreaker ? <span className="rec-tag">Tie-breaker</span> : null}{' '}
                <RelationTag row={row} />
              </th>
              {SERVICE_IDS.map((id) => (
                <Cell key={id} row={row} service={id} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>

      <ul className="gl-cards" aria-label={CAPTION}>
        {all.map((row) => (
          <li key={row.id} data-rule={row.id} className={row.relation === undefined ? 'gl-card' : `gl-card is-${row.relation}`}>
            <p className="gl-title">
              {row.title} {row.tieBreaker ? <span className="rec-tag">Tie-breaker</span> : null} <RelationTag row={row} />
            </p>
            {row.favours.length > 0 ? (
              <p>
                <span className="gl-label">Favours:</span> {names(row.favours)}
              </p>
            ) : null}
            {row.against.length > 0 ? (
              <p>
                <span className="gl-label">Counts against, on your answers:</span> {names(row.against)}
              </p>
            ) : row.countsAgainst.length > 0 ? (
              <p>
                <span className="gl-label">Counts against:</span> {names(row.countsAgainst)}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
