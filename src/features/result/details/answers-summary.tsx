import { useMemo } from 'react';
import type { Answers } from '../../../decision';
import { visibleQuestions } from '../../../decision';
import { AppLink } from '../../shared/app-link';
import { questionPath } from '../../shared/paths';
import { answerText } from '../../shared/answer-words';

interface AnswersSummaryProps {
  readonly answers: Answers;
  /** Edit links change the saved answers, so they are offered only when those are the ones shown. */
  readonly editable: boolean;
}

/** The content of "Your answers": every question that applies, with a way back to it. */
export function AnswersSummary({ answers, editable }: AnswersSummaryProps) {
  const questions = useMemo(() => visibleQuestions(answers), [answers]);
  return (
    <div className="answers">
      {!editable && (
        <p className="muted no-print">These are the link’s answers, not your saved ones. To edit them, first choose “Use these answers” at the top of the page.</p>
      )}
      <dl className="answers-list">
        {questions.map((question) => {
          const answer = answers[question.id];
          return (
            <div className="answers-row" key={question.id}>
              <dt className="muted">{question.title}</dt>
              <dd className={answer === undefined ? 'muted italic' : undefined}>{answerText(question.id, answer)}</dd>
              {editable && (
                <dd className="answers-edit no-print">
                  <AppLink to={questionPath(question.id, { returnToResult: true })}>
                    {/* One text node for the full name: some name algorithms drop a leading space in a child. */}
                    <span aria-hidden="true">Edit</span>
                    <span className="visually-hidden">{`Edit ${question.title}`}</span>
                  </AppLink>
                </dd>
              )}
            </div>
          );
        })}
      </dl>
    </div>
  );
}
