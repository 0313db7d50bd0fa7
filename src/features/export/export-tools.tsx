import { useEffect, useId, useRef, useState } from 'react';
import type { Answers, Recommendation } from '../../decision';
import { copyByHand, writeToClipboard } from '../shared/clipboard';
import { Icon } from '../shared/icon';
import { DecisionRecordButton, outcomeText, type SaveOutcome } from './decision-record-button';
import { usePreloadWhenIdle } from './preload-when-idle';
import type * as MarkdownWriter from './to-markdown';
import './export.css';

type MarkdownModule = typeof MarkdownWriter;
let markdownModule: MarkdownModule | undefined;

/**
 * The Markdown writer loads when the page is idle rather than with the result
 * (first-load budget). Once loaded it is called synchronously, so the copy
 * stays inside the click that asked for it, as stricter browsers require.
 */
function loadMarkdown(): Promise<MarkdownModule> {
  return import('./to-markdown').then((module) => (markdownModule = module));
}

interface ExportToolsProps {
  readonly recommendation: Recommendation;
  readonly answers: Answers;
  readonly shareUrl: string;
  /** The export date; read at click time so a page left open overnight is still right. */
  readonly now?: () => Date;
}

type Outcome =
  | { readonly kind: 'idle' }
  | { readonly kind: 'copied' }
  | { readonly kind: 'manual'; readonly markdown: string }
  | { readonly kind: 'record'; readonly record: SaveOutcome };

function statusClass(outcome: Outcome): string {
  if (outcome.kind === 'copied' || (outcome.kind === 'record' && outcome.record.kind === 'saved')) return 'copy-status is-done';
  return outcome.kind === 'record' ? 'copy-status exp-record-failed' : 'copy-status';
}

/**
 * "Copy as Markdown", "Download decision record" and "Print". Where the
 * clipboard is out of reach, the Markdown is shown selected, with
 * instructions to copy it by hand.
 */
export function ExportTools({ recommendation, answers, shareUrl, now = () => new Date() }: ExportToolsProps) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const textareaId = useId();
  const instructionsId = useId();

  usePreloadWhenIdle(() => markdownModule !== undefined, loadMarkdown);

  useEffect(() => {
    if (outcome.kind !== 'manual') return;
    textareaRef.current?.focus();
    textareaRef.current?.select();
  }, [outcome]);

  const copy = async () => {
    const { toMarkdown } = markdownModule ?? (await loadMarkdown());
    const markdown = toMarkdown({ recommendation, answers, shareUrl, date: now() });
    // Clearing first makes a repeated "Copied" a change the live region announces again.
    setOutcome({ kind: 'idle' });
    // The text box takes focus with its instructions as its description: nothing to add in the live region.
    setOutcome((await writeToClipboard(markdown)) ? { kind: 'copied' } : { kind: 'manual', markdown });
  };

  return (
    <div className="exp no-print">
      <div className="exp-actions cluster">
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          <Icon className="icon" size={16}>
            <rect x="5.5" y="5.5" width="8.5" height="8.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M10.5 3.5V3a1 1 0 0 0-1-1H3a1 1 0 0 0-1 1v6.5a1 1 0 0 0 1 1h.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </Icon>
          Copy as Markdown
        </button>
        <DecisionRecordButton
          recommendation={recommendation}
          answers={answers}
          shareUrl={shareUrl}
          now={now}
          onOutcome={(record) => {
            // Cleared first, as for a copy, so saving twice is announced twice.
            setOutcome({ kind: 'idle' });
            setOutcome({ kind: 'record', record });
          }}
        />
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          <Icon className="icon" size={16}>
            <path d="M4 6V2h8v4M4 12H2.5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h11a1 1 0 0 1 1 1v4a1 1 0 0 1-1 1H12M4 9.5h8V14H4z" fill="none" stroke="currentColor" strokeWidth="1.4" />
          </Icon>
          Print
        </button>
      </div>
      <p className={statusClass(outcome)} role="status">
        {outcome.kind === 'copied' ? 'Markdown summary copied.' : ''}
        {outcome.kind === 'record' ? outcomeText(outcome.record) : ''}
      </p>
      {outcome.kind === 'manual' ? (
        <div className="exp-manual panel">
          <label className="field-label" htmlFor={textareaId}>
            Markdown summary
          </label>
          <p className="exp-manual-help muted" id={instructionsId}>
            Couldn’t copy automatically. The text is selected: {copyByHand()} to copy it.
          </p>
          <textarea
            ref={textareaRef}
            id={textareaId}
            className="exp-manual-text text-input"
            readOnly
            rows={12}
            value={outcome.markdown}
            aria-describedby={instructionsId}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      ) : null}
    </div>
  );
}
