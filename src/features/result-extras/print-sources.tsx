import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Recommendation, Source } from '../../decision';
import { whyNot } from '../../decision';

/**
 * Every distinct source the result cites, in the order the page shows them
 * (caveat and notices, each service top to bottom, then training), so the
 * printed references count up as a reader goes down the page.
 */
export function sourcesInOrder(recommendation: Recommendation): Source[] {
  const cited: (Source | undefined)[] = recommendation.notices.map((note) => note.source);
  for (const service of recommendation.services) {
    const why = whyNot(recommendation, service.id);
    cited.push(
      ...(service.lineage.name === service.name ? [] : [service.lineage.source]),
      ...service.reasons.map((reason) => reason.source),
      ...service.cautions.map((caution) => caution.source),
      service.today.source,
      ...(why === undefined ? [] : [...why.missed, ...why.against].map((reason) => reason.source)),
      service.firstStep,
      ...service.learnMore,
    );
  }
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

/**
 * Paper only: each source the result cites written out once, numbered,
 * instead of the same long address after every reason. Each documentation
 * link on the page gets its number (`data-ref`), which the print styles
 * show as "[n]". Loaded with the page's extras, so the numbering costs the
 * first screen nothing.
 */
export function PrintSources({ recommendation }: { readonly recommendation: Recommendation }) {
  const sources = useMemo(() => sourcesInOrder(recommendation), [recommendation]);
  const section = useRef<HTMLElement>(null);

  useLayoutEffect(() => {
    const numbers = new Map(sources.map((source, index) => [source.url, String(index + 1)]));
    const page = section.current?.closest('.result') ?? document.body;
    const numberLinks = () => {
      for (const link of page.querySelectorAll<HTMLAnchorElement>('a.ext-link')) {
        const number = numbers.get(link.getAttribute('href') ?? '');
        if (number === undefined) delete link.dataset.ref;
        else if (link.dataset.ref !== number) link.dataset.ref = number;
      }
    };
    numberLinks();
    // Parts of the page render after this one (below the ranking, the other extras): number their links too.
    // Only attributes change here, so numbering never wakes the observer itself.
    const observer = new MutationObserver(numberLinks);
    observer.observe(page, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [sources]);

  return (
    <section ref={section} className="print-only rec-sources" aria-labelledby="rec-sources-h">
      <h2 id="rec-sources-h">Sources</h2>
      <ol>
        {sources.map((source) => (
          <li key={source.url}>
            {source.title}: <span className="rec-sources-url">{source.url}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
