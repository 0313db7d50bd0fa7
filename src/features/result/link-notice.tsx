import { useId } from 'react';

/** How many problems are listed outright; a tampered link can carry hundreds. */
const SHOWN_AT_ONCE = 5;

/**
 * Names what a link carried that could not be used. The problems come from a
 * link anyone can craft, so they are only ever rendered as text. A long list
 * keeps the ranking in view: the first few are shown, the rest one click away.
 */
export function LinkNotice({ problems }: { readonly problems: readonly string[] }) {
  const titleId = useId();
  if (problems.length === 0) return null;
  const shown = problems.slice(0, SHOWN_AT_ONCE);
  const more = problems.slice(SHOWN_AT_ONCE);
  return (
    <div className="notice notice-warning" role="status" aria-labelledby={titleId}>
      <h2 className="notice-title" id={titleId}>
        Part of this link was ignored
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
      <p>Everything else in the link was read, and the result below uses it.</p>
    </div>
  );
}
