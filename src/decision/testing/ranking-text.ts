import type { Answers } from '../answers';
import type { Ranked } from '../rank';
import { recommend } from '../recommend';

/**
 * A ranking as short text, best first: "=" joins ties, " > " separates ranks.
 * Ties list ids in alphabetical order so the text says nothing about the
 * order inside a tie.
 */
export function rankingText(items: readonly Ranked<string>[]): string {
  const groups = new Map<number, string[]>();
  for (const item of items) groups.set(item.rank, [...(groups.get(item.rank) ?? []), item.id]);
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, ids]) => ids.sort().join(' = '))
    .join(' > ');
}

export const serviceOrder = (answers: Answers) => rankingText(recommend(answers).services);
export const methodOrder = (answers: Answers) => rankingText(recommend(answers).methods);
export const computeOrder = (answers: Answers) => rankingText(recommend(answers).computeTargets);
