import { useId } from 'react';
import type { ReactNode } from 'react';

/** How many problems are listed outright; a tampered link can carry hundreds. */
const SHOWN_AT_ONCE = 5;

interface IgnoredNoticeProps {
  readonly title: string;
  /** What could not be used, one sentence each; nothing is shown when there are none. */
  readonly problems: readonly string[];
  /** The closing sentence: what was read, and what the page does with it. */
  readonly children: ReactNode;
}

/**
 * Names what a link carried that could not be used. The problems come from a
 * link anyone can craft, so they are only ever rendered as text. A long list
 * keeps the page in view: the first few are shown, the rest one click away.
 */
export function IgnoredNotice({ title, problems, children }: IgnoredNoticeProps) {
  const titleId = useId();
  if (problems.length === 0) return null;
  const shown = problems.slice(0, SHOWN_AT_ONCE);
  const more = problems.slice(SHOWN_AT_ONCE);
  return (
    <div className="notice notice-warning" role="status" aria-labelledby={titleId}>
      <h2 className="notice-title" id={titleId}>
        {title}
      </h2>
      <ul>
        {shown.map((problem, index) => (
          <li key={index}>{problem}</li>
        ))}
      </ul>
      {more.length > 0 ? (
        <details className="notice-more">
          <summary>
            Show {more.length} more {more.length === 1 ? 'thing' : 'things'} that {more.length === 1 ? 'was' : 'were'} ignored
          </summary>
          <ul>
            {more.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <p>{children}</p>
    </div>
  );
}
