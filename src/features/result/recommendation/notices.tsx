import type { Recommendation } from '../../../decision';
import { formatIsoDate } from './format-date';
import { SourceLink } from './source-link';

/** Shown in the page header (the caveat) or with the training section (its link to plan training anyway). */
const SHOWN_ELSEWHERE = new Set(['guidelines-only', 'training-not-planned']);

/** The caveat that these are guidelines, compact enough to sit right under the verdict. */
export function Caveat({ recommendation }: { readonly recommendation: Recommendation }) {
  const caveat = recommendation.notices.find((note) => note.id === 'guidelines-only');
  if (caveat === undefined) return null;
  return (
    <div className="rec-caveat" role="note" aria-labelledby="rec-caveat-title" data-notice={caveat.id}>
      <svg className="rec-caveat-icon" aria-hidden="true" focusable="false" viewBox="0 0 20 20" width="20" height="20">
        <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M10 8.5v6M10 5.5v.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      <p>
        <strong id="rec-caveat-title">Important</strong>: {caveat.text} <SourceLink source={caveat.source} compact />
      </p>
    </div>
  );
}

/** The other notices about the result as a whole, and when the guidance was last checked. */
export function Notices({ recommendation }: { readonly recommendation: Recommendation }) {
  const others = recommendation.notices.filter((note) => !SHOWN_ELSEWHERE.has(note.id));
  return (
    <div className="rec-notices">
      {others.length > 0 ? (
        <ul className="rec-notice-list">
          {others.map((note) => (
            <li key={note.id} className="rec-notice" data-notice={note.id}>
              {note.text} <SourceLink source={note.source} />
            </li>
          ))}
        </ul>
      ) : null}
      <p className="rec-reviewed">
        Guidance reviewed on <time dateTime={recommendation.guidanceReviewedOn}>{formatIsoDate(recommendation.guidanceReviewedOn)}</time>.
      </p>
    </div>
  );
}
