import type { Rule } from '../../decision';
import { RuleTags } from './rule-row';
import type { RuleRowData } from './rule-row';
import './compare.css';

interface RuleCard {
  readonly id: string;
  readonly title: string;
  readonly tieBreaker?: boolean;
  /** The person's answers set the rule off, either way. */
  readonly yours: boolean;
  /** …and it lifted at least one option. */
  readonly forYou: boolean;
  readonly statement?: string;
  /** The answers that set it off in favour of options; undefined when it only counts against. */
  readonly when: string | undefined;
  readonly whenLabel: string;
  /** The answers that make it count against options; undefined when it never does. */
  readonly againstWhen?: string;
  /** Names of the options the rule favours. */
  readonly favours: readonly string[];
  /** Names of the options it can count against. */
  readonly countsAgainst?: readonly string[];
  /** Names of the options it counts against on the person's answers. */
  readonly against: readonly string[];
}

/** A matrix row as a card, its options named by `nameOf`. */
export function ruleCard<Id extends string, R extends Rule<Id>>(row: RuleRowData<Id, R>, nameOf: (id: Id) => string): RuleCard {
  return {
    id: row.rule.id,
    title: row.rule.title,
    yours: row.effects !== undefined,
    forYou: row.forYou,
    whenLabel: 'Set off by',
    when: row.setOffBy,
    againstWhen: row.againstWhen,
    favours: row.favours.map(nameOf),
    countsAgainst: row.countsAgainst.map(nameOf),
    against: row.against,
  };
}

/**
 * The same content as a comparison matrix, as cards for narrow screens where
 * a table of a column per option cannot be read without scrolling sideways.
 */
export function RuleCards({ cards }: { readonly cards: readonly RuleCard[] }) {
  return cards.map((card) => (
    <li key={card.id} className={card.yours ? `table-card panel stack gap-2 is-yours${card.forYou ? '' : ' is-against'}` : 'table-card panel stack gap-2'} data-rule={card.id}>
      <p className="table-card-title cluster">
        <strong>{card.title}</strong>
        {card.tieBreaker ? <span className="tag">Tie-breaker</span> : null}
        <RuleTags forYou={card.forYou} against={card.against} />
      </p>
      {card.statement === undefined ? null : <p className="muted fs-14">{card.statement}</p>}
      {card.favours.length > 0 ? (
        <p className="cmp-card-favours fw-600">
          <span className="cmp-when-label">Favours</span> {card.favours.join(', ')}
        </p>
      ) : null}
      {card.against.length > 0 ? (
        <p className="cmp-card-against fw-600">
          <span className="cmp-when-label">Counts against, on your answers</span> {card.against.join(', ')}
        </p>
      ) : card.countsAgainst !== undefined && card.countsAgainst.length > 0 ? (
        <p className="cmp-card-against fw-600">
          <span className="cmp-when-label">Counts against</span> {card.countsAgainst.join(', ')}
        </p>
      ) : null}
      {card.when === undefined ? null : (
        <p className="muted fs-14">
          <span className="cmp-when-label">{card.whenLabel}</span> {card.when}
        </p>
      )}
      {card.againstWhen === undefined ? null : (
        <p className="muted fs-14">
          <span className="cmp-when-label">Counts against when</span> {card.againstWhen}
        </p>
      )}
    </li>
  ));
}
