/** "A", "A and B", "A, B and C" (or "A, B or C"). */
export function joinWords(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "five" for 5, as prose writes small counts; digits from 13 up. */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/**
 * The lineage line beneath today's name: "In the 2019 guidance: Estimator",
 * or, for an option the sources do not name, the reason it is ranked.
 */
export function lineageText(lineage: { readonly name: string | undefined; readonly label: string }): string {
  return lineage.name === undefined ? lineage.label : `${lineage.label}: ${lineage.name}`;
}
