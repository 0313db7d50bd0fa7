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

/** The class names of one table's cells: the comparison page's and the result's glance are styled apart. */
export interface RuleEffectClasses {
  readonly cell: string;
  /** Added where the person's answers moved the option. */
  readonly applied: string;
  readonly icon: string;
  /** "for you", "on your answers". */
  readonly note: string;
  /** "or counts against", for a rule that can go either way. */
  readonly either: string;
}

/**
 * One rule against one option, in words: "Favours", "Counts against", both,
 * or a dash; "for you" / "on your answers" where the person's answers moved it.
 */
export function RuleEffectCell({ effect, classes }: { readonly effect: RuleEffect; readonly classes: RuleEffectClasses }) {
  const { canFavour, canCountAgainst, points } = effect;
  const { cell, applied, icon, note, either } = classes;
  if (points !== undefined && points < 0) {
    return (
      <td className={`${cell} is-against ${applied}`}>
        <MinusIcon className={icon} />
        Counts against <span className={note}>on your answers</span>
      </td>
    );
  }
  if (canFavour) {
    const forYou = points !== undefined && points > 0;
    return (
      <td className={forYou ? `${cell} is-favours ${applied}` : `${cell} is-favours`}>
        <CheckIcon className={icon} />
        Favours
        {forYou ? <span className={note}>for you</span> : null}
        {!forYou && canCountAgainst ? <span className={either}>or counts against</span> : null}
      </td>
    );
  }
  if (canCountAgainst) {
    return (
      <td className={`${cell} is-against`}>
        <MinusIcon className={icon} />
        Counts against
      </td>
    );
  }
  return (
    <td className={`${cell} is-none`}>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">Does not favour</span>
    </td>
  );
}
