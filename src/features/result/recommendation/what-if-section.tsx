import { useMemo } from 'react';
import type { Answers, WhatIfChange } from '../../../decision';
import { whatIf } from '../../../decision';
import { changedAnswers, describeChange, orderChanges } from './what-if-text';

/** Enough to show each kind of outcome for a typical result without a wall of links. */
export const WHAT_IF_SHOWN = 5;

interface WhatIfSectionProps {
  readonly answers: Answers;
  readonly resultHref: (answers: Answers) => string;
}

function ChangeList({ changes, answers, resultHref }: WhatIfSectionProps & { readonly changes: readonly WhatIfChange[] }) {
  return (
    <ul className="rec-whatif">
      {changes.map((change) => (
        <li key={`${change.question}=${String(change.to)}`} data-question={change.question}>
          <a className="rec-whatif-link" href={resultHref(changedAnswers(answers, change))}>
            <span>{describeChange(change)}</span>
            <svg className="rec-whatif-arrow" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
              <path d="M3 8h10M9 4l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="1.6" />
            </svg>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Single-answer changes that would change first place, each a link to that result. */
export function WhatIfSection({ answers, resultHref }: WhatIfSectionProps) {
  // About a hundred rankings: worth keeping between renders.
  const changes = useMemo(() => orderChanges(whatIf(answers)), [answers]);
  const shown = changes.slice(0, WHAT_IF_SHOWN);
  const more = changes.slice(WHAT_IF_SHOWN);

  return (
    <section className="rec-section" aria-labelledby="rec-whatif-h">
      <h2 id="rec-whatif-h">What would change this?</h2>
      {changes.length === 0 ? (
        <p>No change to a single answer would change which service comes first.</p>
      ) : (
        <>
          <p className="rec-section-lede">
            Each line changes one of your answers and leaves the rest as they are. Follow one to open that result.
          </p>
          <ChangeList changes={shown} answers={answers} resultHref={resultHref} />
          {more.length > 0 ? (
            <details className="rec-more">
              <summary>
                Show {more.length} more {more.length === 1 ? 'change' : 'changes'}
              </summary>
              <ChangeList changes={more} answers={answers} resultHref={resultHref} />
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
