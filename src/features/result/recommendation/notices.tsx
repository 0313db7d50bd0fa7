import type { Recommendation } from '../../../decision';
import { formatIsoDate } from './format-date';
import { SourceLink } from './source-link';

/** Shown with the training section instead, where its link to plan training anyway belongs. */
const SHOWN_ELSEWHERE = new Set(['guidelines-only', 'training-not-planned']);

/** The caveat that these are guidelines, the other notices, and when the guidance was last checked. */
export function Notices({ recommendation }: { readonly recommendation: Recommendation }) {
  const caveat = recommendation.notices.find((note) => note.id === 'guidelines-only');
  const others = recommendation.notices.filter((note) => !SHOWN_ELSEWHERE.has(note.id));
  return (
    <div className="rec-notices">
      {caveat === undefined ? null : (
        <div className="rec-caveat" role="note" aria-labelledby="rec-caveat-title" data-notice={caveat.id}>
          <svg className="rec-caveat-icon" aria-hidden="true" focusable="false" viewBox="0 0 20 20" width="20" height="20">
            <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <path d="M10 8.5v6M10 5.5v.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
          <div>
            <p className="rec-caveat-title" id="rec-caveat-title">
              Important
            </p>
            <p>
              {caveat.text} <SourceLink source={caveat.source} />
            </p>
          </div>
        </div>
      )}
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
