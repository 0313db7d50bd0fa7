import { CheckIcon, MinusIcon } from './check-icon';
import './table.css';

/** What one rule can do to one option, and what it did on the person's answers. */
export interface RuleEffect {
  /** Some case of the rule lifts this option. */
  readonly canFavour: boolean;
  /** Some case of the rule counts against this option. */
  readonly canCountAgainst: boolean;
  /** Signed points on the person's answers; undefined when the rule did not move it. */
  readonly points: number | undefined;
}

/**
 * One rule against one option, in words: "Favours", "Counts against", both,
 * or a dash; "for you" / "on your answers" where the person's answers moved it.
 */
export function RuleEffectCell({ effect }: { readonly effect: RuleEffect }) {
  const { canFavour, canCountAgainst, points } = effect;
  if (points !== undefined && points < 0) {
    return (
      <td className={'cell is-against is-applied'}>
        <MinusIcon className="cell-icon" />
        Counts against <span className="cell-note block fs-12 fw-600">on your answers</span>
      </td>
    );
  }
  if (canFavour) {
    const forYou = points !== undefined && points > 0;
    return (
      <td className={forYou ? 'cell is-favours is-applied' : 'cell is-favours'}>
        <CheckIcon className="cell-icon" />
        Favours
        {forYou ? <span className="cell-note block fs-12 fw-600">for you</span> : null}
        {!forYou && canCountAgainst ? <span className="cell-or block fs-12 fw-600">or counts against</span> : null}
      </td>
    );
  }
  if (canCountAgainst) {
    return (
      <td className={'cell is-against'}>
        <MinusIcon className="cell-icon" />
        Counts against
      </td>
    );
  }
  return (
    <td className={'cell is-none muted'}>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">Does not favour</span>
    </td>
  );
}
