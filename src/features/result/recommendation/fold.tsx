import type { ReactNode, RefObject } from 'react';

interface FoldProps {
  /** The heading's id; the section is named by it. */
  readonly id: string;
  readonly title: string;
  /** What is inside, in a few words, beside the title. */
  readonly hint?: ReactNode;
  readonly onToggle?: () => void;
  readonly headingRef?: RefObject<HTMLHeadingElement | null>;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * A section of the result that stays folded until asked for: a native
 * disclosure, so it works from the keyboard, says whether it is expanded,
 * opens for the browser's find-in-page and (through usePrintOpensDetails) on
 * paper. Its heading stays a heading inside the disclosure's button.
 */
export function Fold({ id, title, hint, onToggle, headingRef, className, children }: FoldProps) {
  return (
    <section className={className === undefined ? 'fold' : `fold ${className}`} aria-labelledby={id}>
      <details className="fold-details panel" onToggle={onToggle}>
        <summary className="fold-summary chevron">
          <h2 id={id} ref={headingRef} tabIndex={headingRef === undefined ? undefined : -1}>
            {title}
          </h2>
          {hint === undefined ? null : <span className="fold-hint muted fs-14 no-print">{hint}</span>}
        </summary>
        <div className="fold-body stack gap-4">{children}</div>
      </details>
    </section>
  );
}
