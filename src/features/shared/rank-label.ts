import { joinWords, numberWord } from './words';

/** "1st", "2nd", "3rd", "4th", "11th", "21st"… */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

interface Placed {
  readonly rank: number;
  readonly tied: boolean;
}

/**
 * The place written out, so a tie is a tie in words and not only in layout:
 * "1st", "Joint 3rd".
 */
export function rankLabel({ rank, tied }: Placed): string {
  return `${tied ? 'Joint ' : ''}${ordinal(rank)}`;
}

/** The headline for first place; undefined below it. */
export function bestFitLabel({ rank, tied }: Placed): string | undefined {
  if (rank !== 1) return undefined;
  return tied ? 'Joint best fit' : 'Best fit';
}

/**
 * The answer in one line, for the top of the page: "Best fit: Azure Machine
 * Learning", "Joint first: Azure Databricks and Azure Synapse Analytics".
 */
export function verdictText(services: readonly (Placed & { readonly name: string })[]): { readonly label: string; readonly names: string } {
  const first = services.filter((service) => service.rank === 1).map((service) => service.name);
  if (first.length === 1) return { label: 'Best fit', names: first[0]! };
  if (first.length === services.length) return { label: 'Joint first', names: `all ${numberWord(services.length)} services` };
  return { label: 'Joint first', names: joinWords(first) };
}
