import type { ReactNode } from 'react';
import type { Source } from '../../decision';
import { Icon } from './icon';

interface ExternalLinkProps {
  readonly href: string;
  readonly children: ReactNode;
  readonly className?: string;
}

// Its icon's styles are in shared/ui.css, with the other primitives.

/**
 * A link to documentation outside the app. It opens in a new tab so the
 * result stays put, and says so to screen readers as well as with an icon.
 */
export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  return (
    <a className={className === undefined ? 'ext-link' : `ext-link ${className}`} href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
      <Icon className="ext-link-icon no-print">
        <path d="M7 1h4v4M11 1 5.5 6.5M9.5 7.5v3h-8.5v-8.5h3" fill="none" stroke="currentColor" strokeWidth="1.3" />
      </Icon>
    </a>
  );
}

/** A link to a page the advice cites, by its title. */
export function SourceLink({ source }: { readonly source: Source }) {
  return <ExternalLink href={source.url}>{source.title}</ExternalLink>;
}
