import { useId } from 'react';
import type { Answers, QuestionId } from '../../decision';
import { QUESTIONS } from '../../decision';
import { formatShare } from '../../decision/share-link';
import { AppLink } from '../shared/app-link';
import { useAnswersStore } from '../shared/answers/answers-store';
import { resultPath } from '../shared/paths';
import { answerLabels } from '../shared/answer-words';

interface SharedAnswersNoticeProps {
  /** The answers in the link, which the result shows. */
  readonly linkAnswers: Answers;
  /** Replace the saved answers with the link's; called only when the person chooses to. */
  readonly onAdopt: () => void;
}

interface Difference {
  readonly question: QuestionId;
  readonly title: string;
  readonly shown: string;
  readonly yours: string;
}

/** Shown beyond this many, the rest of a stranger's answers wait behind a disclosure. */
const LISTED = 5;

const written = (question: QuestionId, answer: Answers[QuestionId]) =>
  answer === undefined ? 'not answered' : answerLabels(question, answer).join(', ');

/** Every question the two sets answer differently, in the questionnaire's order, by the canonical link's reading. */
function answerDifferences(saved: Answers, shown: Answers): Difference[] {
  const canonical = (answers: Answers, question: QuestionId) => formatShare({ [question]: answers[question] } as Answers);
  return QUESTIONS.filter((question) => canonical(saved, question.id) !== canonical(shown, question.id)).map((question) => ({
    question: question.id,
    title: question.title,
    shown: written(question.id, shown[question.id]),
    yours: written(question.id, saved[question.id]),
  }));
}

function DifferenceText({ difference }: { readonly difference: Difference }) {
  return (
    <>
      <strong>{difference.title}</strong> is {difference.shown} <span className="muted">(yours: {difference.yours})</span>
    </>
  );
}

/**
 * Shown when a link carries other answers than the ones saved here (a what-if
 * link, or someone else's result): it says exactly which answers differ, and
 * the saved answers are replaced only when the person chooses to.
 */
export function SharedAnswersNotice({ linkAnswers, onAdopt }: SharedAnswersNoticeProps) {
  // The answers saved in this browser, which differ from the link's.
  const savedAnswers = useAnswersStore((state) => state.answers);
  const titleId = useId();
  const differences = answerDifferences(savedAnswers, linkAnswers);
  const [only] = differences;
  const listed = differences.slice(0, LISTED);
  const rest = differences.slice(LISTED);
  const list = (items: readonly Difference[]) => (
    <ul>
      {items.map((difference) => (
        <li key={difference.question} data-question={difference.question}>
          <DifferenceText difference={difference} />
        </li>
      ))}
    </ul>
  );

  return (
    <section className="notice notice-diff no-print" aria-labelledby={titleId}>
      <h2 className="notice-title" id={titleId}>
        {differences.length === 1 ? 'This result changes one answer' : `This result changes ${differences.length} answers`}
      </h2>
      {only !== undefined && differences.length === 1 ? (
        <p data-question={only.question}>
          <DifferenceText difference={only} />.
        </p>
      ) : (
        <>
          {list(listed)}
          {rest.length > 0 ? (
            <details className="notice-more">
              <summary>
                Show {rest.length} more {rest.length === 1 ? 'difference' : 'differences'}
              </summary>
              {list(rest)}
            </details>
          ) : null}
        </>
      )}
      <p>Your saved answers stay as they are unless you use these instead.</p>
      <div className="actions">
        <button type="button" className="button" onClick={onAdopt}>
          Use these answers
        </button>
        <AppLink className="button button-secondary" to={resultPath(savedAnswers)}>
          Back to my answers
        </AppLink>
      </div>
    </section>
  );
}
