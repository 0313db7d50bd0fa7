import { useEffect, useState } from 'react';
import type { Answers, Recommendation } from '../../decision';
import type * as DecisionRecordWriter from './to-decision-record';

type WriterModule = typeof DecisionRecordWriter;
let writerModule: WriterModule | undefined;

/**
 * The decision record's writer loads when the page is idle, or on the
 * click, rather than with the result (first-load budget), as the Markdown
 * summary's does.
 */
function loadWriter(): Promise<WriterModule> {
  return import('./to-decision-record').then((module) => (writerModule = module));
}

/**
 * How long the file's object URL lives after the click. Chromium reads a
 * blob: download at once, but some browsers start reading only after the
 * click has returned; FileSaver.js waits 40 s for the same reason.
 */
export const REVOKE_AFTER_MS = 10_000;

/**
 * Saves text as a file: a Blob behind an object URL, clicked through a
 * temporary <a download>. No request leaves the page, so the strict
 * Content-Security-Policy (connect-src 'self') needs no exception.
 */
export function saveTextFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

interface DecisionRecordButtonProps {
  readonly recommendation: Recommendation;
  readonly answers: Answers;
  /** Absolute URL that reopens this result; the record links it. */
  readonly shareUrl: string;
  /** The record's date; read at click time so a page left open overnight is still right. */
  readonly now?: () => Date;
  /**
   * Where the outcome is reported when a surrounding toolbar announces it in
   * its own status line; without it, the button has a status of its own.
   */
  readonly onOutcome?: (outcome: SaveOutcome) => void;
}

export type SaveOutcome = { readonly kind: 'saved'; readonly fileName: string } | { readonly kind: 'failed' };
type Outcome = { readonly kind: 'idle' } | SaveOutcome;

/** What the status line says after a click. */
export function outcomeText(outcome: SaveOutcome): string {
  return outcome.kind === 'saved' ? `Decision record saved as ${outcome.fileName}.` : 'Couldn’t prepare the decision record. Reload the page and try again.';
}

/**
 * "Download decision record": saves the result as an architecture decision
 * record in MADR 4.0 form, `decision-record-<yyyy-mm-dd>.md`. The browser
 * shows the download; a polite status says the same to screen readers, and
 * shows a failure to everyone (the toolbar's status line, when it has one).
 */
export function DecisionRecordButton({ recommendation, answers, shareUrl, now = () => new Date(), onOutcome }: DecisionRecordButtonProps) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const report = (next: SaveOutcome) => (onOutcome === undefined ? setOutcome(next) : onOutcome(next));

  useEffect(() => {
    if (writerModule !== undefined) return;
    const preload = () => void loadWriter().catch(() => undefined);
    if (typeof requestIdleCallback !== 'function') return preload();
    const id = requestIdleCallback(preload, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }, []);

  const download = async () => {
    // Clearing first makes a repeated "saved" a change the live region announces again.
    if (onOutcome === undefined) setOutcome({ kind: 'idle' });
    try {
      const { toDecisionRecord, decisionRecordFileName } = writerModule ?? (await loadWriter());
      const date = now();
      const fileName = decisionRecordFileName(date);
      saveTextFile(toDecisionRecord({ recommendation, answers, shareUrl, date }), fileName, 'text/markdown;charset=utf-8');
      report({ kind: 'saved', fileName });
    } catch {
      report({ kind: 'failed' });
    }
  };

  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => void download()}>
        <svg className="exp-icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
          <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 11.5v1a1.5 1.5 0 0 0 1.5 1.5h8a1.5 1.5 0 0 0 1.5-1.5v-1" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        Download decision record
      </button>
      {onOutcome === undefined ? (
        <span className={outcome.kind === 'failed' ? 'exp-record-failed' : 'visually-hidden'} role="status">
          {outcome.kind === 'idle' ? '' : outcomeText(outcome)}
        </span>
      ) : null}
    </>
  );
}
