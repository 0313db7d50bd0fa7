import { useLayoutEffect, useRef } from 'react';
import type { Recommendation } from '../../../decision';
import { SourceLink } from '../../shared/external-link';
import { sourceNumbers } from './source-numbers';

/**
 * Every page the result cites or links, each listed once under the number
 * its references show ("[3]"). On paper the address is written out, and
 * every other documentation link on the page (first steps, "Learn more")
 * gets its number too (`data-ref`), which the print styles show.
 */
export function SourcesList({ recommendation }: { readonly recommendation: Recommendation }) {
  const { sources, numberOf } = sourceNumbers(recommendation);
  const list = useRef<HTMLOListElement>(null);

  useLayoutEffect(() => {
    const page = list.current?.closest('.result') ?? document.body;
    const numberLinks = () => {
      for (const link of page.querySelectorAll<HTMLAnchorElement>('a.ext-link')) {
        const number = numberOf.get(link.getAttribute('href') ?? '');
        if (number === undefined) delete link.dataset.ref;
        else if (link.dataset.ref !== String(number)) link.dataset.ref = String(number);
      }
    };
    numberLinks();
    // Parts of the page render after this one: number their links too. Only attributes change here,
    // so numbering never wakes the observer itself.
    const observer = new MutationObserver(numberLinks);
    observer.observe(page, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [numberOf]);

  return (
    <>
      <p className="rec-section-lede muted no-print">The numbers in brackets above point here. Links open in a new tab.</p>
      <ol className="rec-sources-list stack gap-2" ref={list}>
        {sources.map((source) => (
          <li key={source.url} data-source={numberOf.get(source.url)}>
            <SourceLink source={source} />
            <span className="print-only rec-sources-url">{source.url}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
