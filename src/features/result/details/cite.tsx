import type { Recommendation, Source } from '../../../decision';
import { sourceNumbers } from './source-numbers';

interface CiteProps {
  readonly source: Source | undefined;
  readonly recommendation: Recommendation;
}

/**
 * Where a reason or note comes from, as a numbered reference: "[2]" on
 * screen, "Source 2: <page title>" to a screen reader. The page itself is
 * listed once, under that number, in the result's sources; the reference
 * opens it in a new tab, as that list says.
 */
export function Cite({ source, recommendation }: CiteProps) {
  if (source === undefined) return null;
  const number = sourceNumbers(recommendation).numberOf.get(source.url);
  if (number === undefined) return null;
  return (
    <sup className="cite">
      <a href={source.url} target="_blank" rel="noopener noreferrer" data-ref={number}>
        <span aria-hidden="true">[{number}]</span>
        <span className="visually-hidden">{`Source ${number}: ${source.title}`}</span>
      </a>
    </sup>
  );
}
