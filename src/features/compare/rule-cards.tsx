import './compare.css';

export interface RuleCard {
  readonly id: string;
  readonly title: string;
  readonly tieBreaker?: boolean;
  readonly yours: boolean;
  readonly statement?: string;
  readonly when: string;
  readonly whenLabel: string;
  /** Names of the options the rule favours. */
  readonly favours: readonly string[];
  /** Names of the options it counts against on the person's answers. */
  readonly against?: readonly string[];
}

/**
 * The same content as a comparison matrix, restacked for narrow screens where
 * a five-column table cannot be read without scrolling sideways. CSS shows
 * either this list or the table, never both.
 */
export function RuleCards({ label, cards }: { readonly label: string; readonly cards: readonly RuleCard[] }) {
  return (
    <ul className="cmp-cards" aria-label={label}>
      {cards.map((card) => (
        <li key={card.id} className={card.yours ? 'cmp-card is-yours' : 'cmp-card'} data-rule={card.id}>
          <p className="cmp-card-title">
            <strong>{card.title}</strong>
            {card.tieBreaker ? <span className="cmp-tag">Tie-breaker</span> : null}
            {card.yours ? <span className="cmp-tag cmp-tag-yours">Applies to you</span> : null}
          </p>
          {card.statement === undefined ? null : <p className="cmp-card-statement">{card.statement}</p>}
          <p className="cmp-card-favours">
            <span className="cmp-when-label">Favours</span> {card.favours.join(', ')}
          </p>
          {card.against !== undefined && card.against.length > 0 ? (
            <p className="cmp-card-against">
              <span className="cmp-when-label">Counts against, on your answers</span> {card.against.join(', ')}
            </p>
          ) : null}
          <p className="cmp-card-when">
            <span className="cmp-when-label">{card.whenLabel}</span> {card.when}
          </p>
        </li>
      ))}
    </ul>
  );
}
