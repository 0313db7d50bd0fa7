import { useState } from 'react';
import type { Answers, Recommendation } from '../../decision';
import { Icon } from '../shared/icon';
import { usePreloadWhenIdle } from './preload-when-idle';
import type * as Saver from './save-decision-record';

let saver: typeof Saver | undefined;

/**
 * The record's writer and the download load when the page is idle, or on
 * the click, rather than with the result (first-load budget), as the
 * Markdown summary's writer does.
 */
const loadSaver = () => import('./save-decision-record').then((module) => (saver = module));

export type SaveOutcome = { readonly kind: 'saved'; readonly fileName: string } | { readonly kind: 'failed' };

/** What a status line says after a click. */
export const outcomeText = (outcome: SaveOutcome) =>
  outcome.kind === 'saved' ? `Decision record saved as ${outcome.fileName}.` : 'Couldn’t prepare the decision record. Reload the page and try again.';

interface DecisionRecordButtonProps {
  readonly recommendation: Recommendation;
  readonly answers: Answers;
  /** Absolute URL that reopens this result; the record links it. */
  readonly shareUrl: string;
  /** The record's date; read at click time so a page left open overnight is still right. */
  readonly now?: () => Date;
  /**
   * Where the outcome goes when a surrounding toolbar announces it in its own
   * status line; without it, the button brings a status of its own.
   */
  readonly onOutcome?: (outcome: SaveOutcome) => void;
}

/**
 * "Download decision record": saves the result as an architecture decision
 * record in MADR 4.0 form, `decision-record-<yyyy-mm-dd>.md`. The browser
 * shows the download; a polite status says the same to screen readers, and
 * shows a failure to everyone.
 */
export function DecisionRecordButton({ recommendation, answers, shareUrl, now = () => new Date(), onOutcome }: DecisionRecordButtonProps) {
  const [outcome, setOutcome] = useState<SaveOutcome | undefined>();
  const report = onOutcome ?? setOutcome;
  usePreloadWhenIdle(() => saver !== undefined, loadSaver);

  const download = async () => {
    // Clearing first makes a repeated "saved" a change the live region announces again.
    setOutcome(undefined);
    try {
      const { saveDecisionRecord } = saver ?? (await loadSaver());
      report({ kind: 'saved', fileName: saveDecisionRecord({ recommendation, answers, shareUrl, date: now() }) });
    } catch {
      report({ kind: 'failed' });
    }
  };

  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => void download()}>
        <Icon className="icon" size={16}>
          <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 11.5v1A1.5 1.5 0 0 0 4 14h8a1.5 1.5 0 0 0 1.5-1.5v-1" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
        </Icon>
        Download decision record
      </button>
      {onOutcome ? null : (
        <span className={outcome?.kind === 'failed' ? 'exp-record-failed' : 'visually-hidden'} role="status">
          {outcome ? outcomeText(outcome) : ''}
        </span>
      )}
    </>
  );
}
