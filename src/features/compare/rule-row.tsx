import type { ReactNode } from 'react';
import type { Rule } from '../../decision';
import { favouredBy } from '../../decision';
import { joinWords } from '../shared/words';
import { countedAgainstBy, describeConditions } from '../shared/rule-effects';
import { RuleEffectCell } from '../shared/rule-effect-cell';
import type { AppliedRules } from '../shared/applied-rules';

/** The comparison page's cells; the result's glance has its own. */
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
      {forYou ? <span className="tag tag-yours">Applies to you</span> : null}
      {against.length > 0 ? <span className="tag tag-against">Your answer goes against {joinWords(against)}</span> : null}
    </>
  );
}

/** One rule as a comparison row: what it can do to each option and what it did on the person's answers. */
export interface RuleRowData<Id extends string, R extends Rule<Id>> {
  readonly rule: R;
  readonly effects: ReadonlyMap<string, number> | undefined;
  readonly favours: readonly Id[];
  readonly countsAgainst: readonly Id[];
  readonly forYou: boolean;
  /** Names of the options it counted against on the person's answers. */
  readonly against: readonly string[];
  readonly setOffBy: string | undefined;
  readonly againstWhen: string | undefined;
}

/** The rows of a comparison table, one per rule, with what the person's answers did marked. */
export function ruleRows<Id extends string, R extends Rule<Id>>(
  rules: readonly R[],
  ids: readonly Id[],
  nameOf: (id: Id) => string,
  applied: AppliedRules,
): RuleRowData<Id, R>[] {
  return rules.map((rule) => {
    const effects = applied.get(rule.id);
    return {
      rule,
      effects,
      favours: favouredBy(rule),
      countsAgainst: countedAgainstBy(rule),
      forYou: ids.some((id) => (effects?.get(id) ?? 0) > 0),
      against: ids.filter((id) => (effects?.get(id) ?? 0) < 0).map(nameOf),
      setOffBy: describeConditions(rule, 'for'),
      againstWhen: describeConditions(rule, 'against'),
    };
  });
}

interface RuleRowProps<Id extends string, R extends Rule<Id>> {
  readonly row: RuleRowData<Id, R>;
  readonly ids: readonly Id[];
  /** Tags shown after the title, before what the person's answers did. */
  readonly tags?: ReactNode;
  /** The rule in general terms, under the tags. */
  readonly statement?: string;
}

/** A rule's row in a comparison table: its heading cell, then one cell per option. */
export function RuleRow<Id extends string, R extends Rule<Id>>({ row, ids, tags, statement }: RuleRowProps<Id, R>) {
  const { rule, effects, favours, countsAgainst, forYou, against, setOffBy, againstWhen } = row;
  return (
    <tr data-rule={rule.id} className={effects === undefined ? 'cmp-row' : `cmp-row is-yours${forYou ? '' : ' is-against'}`}>
      <th scope="row" className="cmp-rule">
        <span className="cmp-rule-title">{rule.title}</span>
        {tags}
        <RuleTags forYou={forYou} against={against} />
        {statement === undefined ? null : <span className="cmp-rule-statement muted">{statement}</span>}
        {setOffBy === undefined ? null : (
          <span className="cmp-rule-when muted">
            <span className="cmp-when-label">Set off by</span> {setOffBy}
          </span>
        )}
        {againstWhen === undefined ? null : (
          <span className="cmp-rule-when muted">
            <span className="cmp-when-label">Counts against when</span> {againstWhen}
          </span>
        )}
      </th>
      {ids.map((id) => (
        <RuleEffectCell
          key={id}
          effect={{ canFavour: favours.includes(id), canCountAgainst: countsAgainst.includes(id), points: effects?.get(id) }}
         
        />
      ))}
    </tr>
  );
}
