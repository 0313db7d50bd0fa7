import type { Source } from '../../../decision';
import { ExternalLink } from './external-link';

interface SourceLinkProps {
  readonly source: Source | undefined;
  readonly prefix?: string;
  /**
   * Shows just "Source" and keeps the page title for screen readers: most
   * reasons cite the same long title, and repeating it buries the reasons.
   */
  readonly compact?: boolean;
}

/** A reason's or note's source, set after its text. Renders nothing when there is none. */
export function SourceLink({ source, prefix = 'Source: ', compact = false }: SourceLinkProps) {
  if (source === undefined) return null;
  if (compact) {
    return (
      <ExternalLink className="rec-source-compact" href={source.url}>
        Source<span className="visually-hidden">: {source.title}</span>
      </ExternalLink>
    );
  }
  return (
    <span className="rec-source">
      {prefix}
      <ExternalLink href={source.url}>{source.title}</ExternalLink>
    </span>
  );
}
