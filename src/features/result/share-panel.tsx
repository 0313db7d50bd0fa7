import { useId, useRef, useState } from 'react';
import { copyByHand, writeToClipboard } from '../shared/clipboard';
import { Icon } from '../shared/icon';

type Status = { readonly kind: 'done' | 'info'; readonly text: string } | undefined;

/** The result's address, with ways to copy and share it. */
export function SharePanel({ url }: { readonly url: string }) {
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>();
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  async function copy() {
    // Cleared first, so a repeated message is a change the live region announces again.
    setStatus(undefined);
    if (await writeToClipboard(url)) {
      setStatus({ kind: 'done', text: 'Link copied.' });
      return;
    }
    field.current?.focus();
    field.current?.select();
    setStatus({ kind: 'info', text: `Couldn’t copy automatically. The link is selected: ${copyByHand()} to copy it.` });
  }

  async function share() {
    try {
      await navigator.share({ title: 'Azure ML training advisor: recommendation', url });
    } catch {
      // Dismissing the share sheet rejects too; that is not an error worth showing.
    }
  }

  return (
    <div className="share">
      <label className="field-label fs-14 no-print" htmlFor={fieldId}>
        Link to this result
      </label>
      <div className="share-row cluster no-print">
        <input
          ref={field}
          id={fieldId}
          className="text-input"
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          <Icon className="icon" size={16}>
            <path d="M6.5 9.5 9.5 6.5M7 4.5l1.2-1.2a2.6 2.6 0 0 1 3.7 3.7L10.7 8.2M9 11.5l-1.2 1.2a2.6 2.6 0 0 1-3.7-3.7L5.3 7.8" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
          </Icon>
          Copy link
        </button>
        {canShare && (
          <button type="button" className="button button-secondary" onClick={() => void share()}>
            Share…
          </button>
        )}
      </div>
      <p className={status === undefined ? 'copy-status' : `copy-status is-${status.kind}`} role="status">
        {status?.text}
      </p>
      <p className="print-only share-print">Link to this result: {url}</p>
    </div>
  );
}
