import type { Recommendation, Source } from '../../../decision';
import { whyNot } from '../../../decision';

/**
 * Every distinct page the result cites or links, in the order the page shows
 * them: each service top to bottom (its details, then its first step), the
 * caveat under the ranking, then training. Numbers count up as a reader goes
 * down the page, and each page has one number wherever it is cited.
 */
function sourcesInOrder(recommendation: Recommendation): Source[] {
  const cited: (Source | undefined)[] = recommendation.notices.filter((note) => note.id !== 'guidelines-only').map((note) => note.source);
  for (const service of recommendation.services) {
    const why = whyNot(recommendation, service.id);
    cited.push(
      ...(service.lineage.name === service.name ? [] : [service.lineage.source]),
      ...service.reasons.map((reason) => reason.source),
      ...service.cautions.map((caution) => caution.source),
      service.today.source,
      ...(why === undefined ? [] : [...why.missed, ...why.against].map((reason) => reason.source)),
      ...service.learnMore,
      service.firstStep,
    );
  }
  cited.push(recommendation.notices.find((note) => note.id === 'guidelines-only')?.source);
  if (recommendation.trainingApplies) {
    for (const option of [...recommendation.methods, ...recommendation.computeTargets]) {
      cited.push(
        option.lineage.source,
        option.today.source,
        ...[...option.reasons, ...option.cautions, ...option.notes].map((item) => item.source),
        option.firstStep,
      );
    }
    const framework = recommendation.frameworkAdvice;
    if (framework !== undefined) cited.push(...framework.cautions.map((caution) => caution.source), ...framework.sources);
  }
  const byUrl = new Map<string, Source>();
  for (const source of cited) if (source !== undefined && !byUrl.has(source.url)) byUrl.set(source.url, source);
  return [...byUrl.values()];
}

interface SourceNumbers {
  readonly sources: readonly Source[];
  /** The reference number of a page (1-based), by its address. */
  readonly numberOf: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Recommendation, SourceNumbers>();

/** The numbered sources of a result, worked out once per recommendation and shared by every part of the page. */
export function sourceNumbers(recommendation: Recommendation): SourceNumbers {
  let numbers = cache.get(recommendation);
  if (numbers === undefined) {
    const sources = sourcesInOrder(recommendation);
    numbers = { sources, numberOf: new Map(sources.map((source, index) => [source.url, index + 1])) };
    cache.set(recommendation, numbers);
  }
  return numbers;
}
