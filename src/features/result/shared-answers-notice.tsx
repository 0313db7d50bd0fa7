import { useId, useRef, useState } from 'react';
import type { Answers } from '../../decision';
import { resultPath } from '../shared/paths';
import { AppLink } from '../shared/app-link';

interface SharedAnswersNoticeProps {
  /** The answers saved in this browser, which differ from the link's. */
  readonly savedAnswers: Answers;
  /** Replace the saved answers with the link's; only called after the person confirms. */
  readonly onAdopt: () => void;
}

/**
 * Shown when a link carries other answers than the ones saved here: the link
 * is shown as it is, and the saved answers are replaced only on request.
 */
export function SharedAnswersNotice({ savedAnswers, onAdopt }: SharedAnswersNoticeProps) {
  const titleId = useId();
  const questionId = useId();
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);

  function askToConfirm() {
    setConfirming(true);
    // The button just pressed is about to disappear; keep the person's place on the question.
    requestAnimationFrame(() => question.current?.focus());
  }

  function cancel() {
    setConfirming(false);
    requestAnimationFrame(() => editButton.current?.focus());
  }

  return (
    <section className="notice no-print" aria-labelledby={titleId}>
      <h2 className="notice-title" id={titleId}>
        This link has different answers from your saved ones
      </h2>
      <p>
        The answers saved in this browser are different. They have not been changed; the result below is for the
        answers in the link.
      </p>
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby={questionId}>
          <p id={questionId} ref={question} tabIndex={-1}>
            <strong>Replace your saved answers with the ones from this link?</strong> Your own answers will be lost.
          </p>
          <div className="actions">
            <button type="button" className="button" onClick={onAdopt}>
              Replace my answers
            </button>
            <button type="button" className="button button-secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="button" className="button button-secondary" ref={editButton} onClick={askToConfirm}>
            Edit these answers
          </button>
          <AppLink className="button button-secondary" to={resultPath(savedAnswers)}>
            Back to my own answers
          </AppLink>
        </div>
      )}
    </section>
  );
}
