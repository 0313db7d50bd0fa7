import { useId, useRef, useState } from 'react';

const COPY_FALLBACK = 'The link is selected. Press Ctrl+C (⌘C on a Mac) to copy it.';

/** The result's address, with ways to copy and share it. */
export function SharePanel({ url }: { readonly url: string }) {
  const fieldId = useId();
  const titleId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  function selectField() {
    field.current?.focus();
    field.current?.select();
  }

  async function copy() {
    try {
      // Missing outside secure contexts and in some embedded browsers; a rejection means permission was refused.
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('No clipboard');
      await navigator.clipboard.writeText(url);
      setStatus('Link copied.');
    } catch {
      selectField();
      setStatus(COPY_FALLBACK);
    }
  }

  async function share() {
    try {
      await navigator.share({ title: 'Azure ML training advisor: recommendation', url });
    } catch {
      // Dismissing the share sheet rejects too; that is not an error worth showing.
    }
  }

  return (
    <section className="card share" aria-labelledby={titleId}>
      <h2 id={titleId}>Share this result</h2>
      <p className="hint">Anyone with the link sees this result for these answers. The answers travel in the link itself.</p>
      <p className="print-only share-print">{url}</p>
      <label className="field-label" htmlFor={fieldId}>
        Link to this result
      </label>
      <div className="share-row">
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
          Copy link
        </button>
        {canShare && (
          <button type="button" className="button button-secondary" onClick={() => void share()}>
            Share…
          </button>
        )}
      </div>
      <p className="share-status" role="status">
        {status}
      </p>
    </section>
  );
}
