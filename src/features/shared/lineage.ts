import type { Lineage } from '../../decision';

/**
 * The lineage line beneath today's name: "In the 2019 guidance: Estimator",
 * or, for an option the sources do not name, the reason it is ranked.
 */
export function lineageText(lineage: Pick<Lineage, 'name' | 'label'>): string {
  return lineage.name === undefined ? lineage.label : `${lineage.label}: ${lineage.name}`;
}
