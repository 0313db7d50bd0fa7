import type { ReactNode } from 'react';
import type { Ranking, Source } from '../../../decision';
import { formatIsoDate } from '../../shared/format-date';
import { Icon } from '../../shared/icon';

/** A source's numbered reference; the numbering comes with the folded parts' code, so until then nothing. */
export type CiteSource = (source: Source | undefined) => ReactNode;

/** Shown under the ranking (the caveat) or with the training section (its link to plan training anyway). */
const SHOWN_ELSEWHERE = new Set(['guidelines-only', 'training-not-planned']);

/** The caveat that these are guidelines, with the day the guidance was last checked: under the ranking, in small print. */
export function Caveat({ ranking, cite }: { readonly ranking: Ranking; readonly cite: CiteSource }) {
  const caveat = ranking.notices.find((note) => note.id === 'guidelines-only');
  return (
    <div className="rec-caveat stack gap-2 muted fs-14">
      {caveat === undefined ? null : (
        <div role="note" aria-labelledby="rec-caveat-title" data-notice={caveat.id}>
          <Icon className="icon rec-caveat-icon" size={20}>
            <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <path d="M10 8.5v6M10 5.5v.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </Icon>
          <p>
            <strong id="rec-caveat-title">Important</strong>: {caveat.text}
            {cite(caveat.source)}
          </p>
        </div>
      )}
      <p className="rec-reviewed">
        Guidance reviewed on <time dateTime={ranking.guidanceReviewedOn}>{formatIsoDate(ranking.guidanceReviewedOn)}</time>.
      </p>
    </div>
  );
}

/** The other notices about the result as a whole (few answers, all tied), above the ranking they qualify. */
export function Notices({ ranking, cite }: { readonly ranking: Ranking; readonly cite: CiteSource }) {
  const others = ranking.notices.filter((note) => !SHOWN_ELSEWHERE.has(note.id));
  if (others.length === 0) return null;
  return (
    <ul className="rec-notice-list stack gap-2">
      {others.map((note) => (
        <li key={note.id} className="rec-notice note" data-notice={note.id}>
          {note.text}
          {cite(note.source)}
        </li>
      ))}
    </ul>
  );
}
