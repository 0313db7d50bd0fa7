import { AppLink } from '../shared/app-link';
import './settled.css';

/** What screen readers hear, once, when the top pick becomes settled. */
export const SETTLED_ANNOUNCEMENT = 'Your top pick can’t change any more. You can see the result now, or go on.';

/** Beside "Question 4 of 9", from the step where the top pick is settled. */
export function SettledTag() {
  return <span className="progress-settled pill">Top pick settled</span>;
}

interface SettledOfferProps {
  /** The result for the answers as they are now. */
  readonly resultPath: string;
  /** Which kinds of question are still to come after this step. */
  readonly left: { readonly service: boolean; readonly training: boolean };
}

function whatIsLeft({ service, training }: SettledOfferProps['left']): string | undefined {
  if (service && training) return 'Going on still sharpens the order of the other services, and the training advice.';
  if (service) return 'Going on still sharpens the order of the other services.';
  if (training) return 'Going on still sharpens the training advice.';
  return undefined;
}

/**
 * The early stop: nothing left to answer about the services can change which
 * of them comes first, so the result can be read now. Going on stays the
 * default (the submit button, the next stop after the options); this is an
 * offer, below the step's actions so that its arrival moves nothing the
 * person is about to click.
 */
export function SettledOffer({ resultPath, left }: SettledOfferProps) {
  const rest = whatIsLeft(left);
  return (
    <div className="step-settled note note-small stack gap-1">
      <p className="fw-600">
        <AppLink to={resultPath}>Your top pick can’t change any more — see the result</AppLink>
      </p>
      {rest === undefined ? null : <p className="muted fs-14">{rest}</p>}
    </div>
  );
}
