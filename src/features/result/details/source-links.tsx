import type { Source } from '../../../decision';
import { SourceLink } from '../../shared/external-link';

/** Pages to read further, each a link out: a service's "Learn more", a framework's sources. */
export function SourceLinks({ sources }: { readonly sources: readonly Source[] }) {
  return (
    <ul className="rec-links cluster">
      {sources.map((source) => (
        <li key={source.url}>
          <SourceLink source={source} />
        </li>
      ))}
    </ul>
  );
}
