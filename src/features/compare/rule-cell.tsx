import { joinWords } from '../result/recommendation/words';

/** What one rule can do to one option, and what it did on the person's answers. */
export interface RuleEffect {
  /** Some case of the rule lifts this option. */
  readonly canFavour: boolean;
  /** Some case of the rule counts against this option. */
  readonly canCountAgainst: boolean;
  /** Signed points on the person's answers; undefined when the rule did not move it. */
  readonly points: number | undefined;
}

const Check = () => (
  <svg className="cmp-check" aria-hidden="true" focusable="false" viewBox="0 0 12 12" width="12" height="12">
    <path d="m2 6.5 2.5 2.5 5.5-6" fill="none" stroke="currentColor" strokeWidth="1.8" />
  </svg>
);

const Minus = () => (
  <svg className="cmp-check" aria-hidden="true" focusable="false" viewBox="0 0 12 12" width="12" height="12">
    <path d="M2 6h8" fill="none" stroke="currentColor" strokeWidth="1.8" />
  </svg>
);

/**
 * One rule against one option, in words: "Favours", "Counts against", both,
 * or a dash; "for you" / "on your answers" where the person's answers moved it.
 */
export function RuleCell({ effect }: { readonly effect: RuleEffect }) {
  const { canFavour, canCountAgainst, points } = effect;
  if (points !== undefined && points < 0) {
    return (
      <td className="cmp-cell is-against is-applied">
        <Minus />
        Counts against <span className="cmp-cell-note">on your answers</span>
      </td>
    );
  }
  if (canFavour) {
    const forYou = points !== undefined && points > 0;
    return (
      <td className={forYou ? 'cmp-cell is-favours is-applied' : 'cmp-cell is-favours'}>
        <Check />
        Favours
        {forYou ? <span className="cmp-cell-note">for you</span> : null}
        {!forYou && canCountAgainst ? <span className="cmp-cell-or">or counts against</span> : null}
      </td>
    );
  }
  if (canCountAgainst) {
    return (
      <td className="cmp-cell is-against">
        <Minus />
        Counts against
      </td>
    );
  }
  return (
    <td className="cmp-cell is-none">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">Does not favour</span>
    </td>
  );
}

interface RuleTagsProps {
  /** The person's answers set the rule off for at least one option. */
  readonly forYou: boolean;
  /** Names of the options it counted against on the person's answers. */
  readonly against: readonly string[];
}

/**
 * What the person's answers did with a rule, said plainly: "Applies to you"
 * only when it lifted something; a rule that counted against an option says
 * so and names it, so nobody reads a strike against a service as support.
 */
export function RuleTags({ forYou, against }: RuleTagsProps) {
  return (
    <>
      {forYou ? <span className="cmp-tag cmp-tag-yours">Applies to you</span> : null}
      {against.length > 0 ? <span className="cmp-tag cmp-tag-against">Your answer goes against {joinWords(against)}</span> : null}
    </>
  );
}
