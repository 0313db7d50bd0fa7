import { useId } from 'react';

/**
 * Names what a link carried that could not be used. The problems come from a
 * link anyone can craft, so they are only ever rendered as text.
 */
export function LinkNotice({ problems }: { readonly problems: readonly string[] }) {
  const titleId = useId();
  if (problems.length === 0) return null;
  return (
    <div className="notice notice-warning" role="status" aria-labelledby={titleId}>
      <h2 className="notice-title" id={titleId}>
        Part of this link was ignored
      </h2>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>{problem}</li>
        ))}
      </ul>
      <p>Everything else in the link was read, and the result below uses it.</p>
    </div>
  );
}
