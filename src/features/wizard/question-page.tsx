import type { FormEvent, KeyboardEvent, RefObject } from 'react';
import { useEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { AnswerOf, Answers, QuestionDefinition, QuestionId, SingleQuestionId } from '../../decision';
import { QUESTION_BY_ID, QUESTION_IDS, isMultiQuestion, visibleQuestions } from '../../decision';
import { useAnswersStore } from '../answers/answers-store';
import { AppLink } from '../shared/app-link';
import { NotFoundPage } from '../shared/not-found-page';
import { HOME_PATH, RESUME_PATH, questionPath, resultPath } from '../shared/paths';
import { usePageHeading } from '../shared/use-page-heading';
import { QuestionOptions } from './question-options';

// One chunk for both wizard routes: the redirect must not wait for another download before its target can show.
export { ResumeRedirect } from './resume-redirect';

const SECTION_NAMES = { service: 'Choosing a service', training: 'Training in Azure Machine Learning' } as const;

function isQuestionId(value: string | undefined): value is QuestionId {
  return value !== undefined && (QUESTION_IDS as readonly string[]).includes(value);
}

/** `#/q/<questionId>`: one question per step. */
export function QuestionPage({ questionId }: { readonly questionId: string | undefined }) {
  const { search } = useLocation();
  if (!isQuestionId(questionId)) return <NotFoundPage title="Question not found" />;
  return <QuestionStep id={questionId} returnToResult={new URLSearchParams(search).get('return') === 'result'} />;
}

/**
 * Kept mounted from step to step (only the id changes), so the live region
 * below exists before it is filled and screen readers announce each step.
 */
function QuestionStep({ id, returnToResult }: { readonly id: QuestionId; readonly returnToResult: boolean }) {
  const answers = useAnswersStore((state) => state.answers);
  const visible = useMemo(() => visibleQuestions(answers), [answers]);
  const question = QUESTION_BY_ID[id] as QuestionDefinition;
  const index = visible.findIndex((candidate) => candidate.id === id);
  const progress = `Question ${index + 1} of ${visible.length}`;
  const heading = usePageHeading(index === -1 ? 'Question does not apply' : `${progress}: ${question.title}`);

  const region = useRef<HTMLDivElement>(null);
  const announcedFor = useRef<string | null>(null);
  const announcement = index === -1 ? '' : `${progress}: ${question.prompt}`;
  useEffect(() => {
    // Announce a new step once; a changed answer that shifts the total does not re-announce.
    if (announcement === '' || announcedFor.current === id) return;
    announcedFor.current = id;
    const timer = setTimeout(() => {
      if (region.current !== null) region.current.textContent = announcement;
    }, 50);
    return () => clearTimeout(timer);
  }, [id, announcement]);

  return (
    <div className="narrow">
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" ref={region} />
      {index === -1 ? (
        <NotApplicable question={question} answers={answers} headingRef={heading} />
      ) : (
        <StepForm
          question={question}
          answers={answers}
          visible={visible}
          index={index}
          progress={progress}
          returnToResult={returnToResult}
          headingRef={heading}
        />
      )}
    </div>
  );
}

interface StepFormProps {
  readonly question: QuestionDefinition;
  readonly answers: Answers;
  readonly visible: readonly QuestionDefinition[];
  readonly index: number;
  readonly progress: string;
  readonly returnToResult: boolean;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

function StepForm({ question, answers, visible, index, progress, returnToResult, headingRef }: StepFormProps) {
  const answer = useAnswersStore((state) => state.answer);
  const tick = useAnswersStore((state) => state.tick);
  const navigate = useNavigate();
  const { id } = question;
  const helpId = `${id}-help`;
  const isLast = index === visible.length - 1;
  const current: unknown = answers[id];

  const previous = visible[index - 1];
  const backTo =
    previous !== undefined
      ? questionPath(previous.id, { returnToResult })
      : returnToResult
        ? resultPath(answers)
        : HOME_PATH;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Read the store, not the render: the answer may have changed in this very event loop turn.
    const latest = useAnswersStore.getState().answers;
    if (returnToResult) {
      void navigate(resultPath(latest));
      return;
    }
    const now = visibleQuestions(latest);
    const following = now[now.findIndex((candidate) => candidate.id === id) + 1];
    void navigate(following === undefined ? resultPath(latest) : questionPath(following.id));
  }

  // Browsers differ on whether Enter on a radio or checkbox submits; make it always do.
  function submitOnEnter(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || !(target instanceof HTMLInputElement)) return;
    if (target.type !== 'radio' && target.type !== 'checkbox') return;
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }

  const submitLabel = returnToResult ? 'Update result' : isLast ? 'See result' : 'Next';

  return (
    <>
      <div className="step-meta">
        <p className="progress-text">
          <span>{progress}</span>
          <span className="progress-section">{SECTION_NAMES[question.section]}</span>
        </p>
        <progress className="progress-bar" max={visible.length} value={index + 1} aria-hidden="true" />
      </div>
      {/* The form's key handler only forwards Enter to the native submit; every control stays native. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <form className="step" onSubmit={submit} onKeyDown={submitOnEnter} noValidate>
        <fieldset aria-describedby={helpId}>
          <legend>
            <h1 ref={headingRef} tabIndex={-1}>
              {question.prompt}
            </h1>
          </legend>
          <p className="hint" id={helpId}>
            {question.help}
          </p>
          {'more' in question && question.more !== undefined && (
            <details className="more">
              <summary>What does this mean?</summary>
              <p>{question.more}</p>
            </details>
          )}
          <QuestionOptions
            questionId={id}
            multiple={isMultiQuestion(id)}
            options={question.options}
            isChecked={(value) => (Array.isArray(current) ? current.includes(value) : current === value)}
            onChange={(value, checked) => {
              if (isMultiQuestion(id)) tick(id, value, checked);
              else answer(id as SingleQuestionId, value as AnswerOf<SingleQuestionId>);
            }}
          />
        </fieldset>
        <div className="step-actions">
          <button type="submit" className="button">
            {submitLabel}
          </button>
          <AppLink className="button button-secondary" to={backTo}>
            Back
          </AppLink>
          {!isLast && !returnToResult && (
            <AppLink className="skip-to-result" to={resultPath(answers)}>
              See result
            </AppLink>
          )}
        </div>
      </form>
    </>
  );
}

interface NotApplicableProps {
  readonly question: QuestionDefinition;
  readonly answers: Answers;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

function NotApplicable({ question, answers, headingRef }: NotApplicableProps) {
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        This question does not apply to your answers
      </h1>
      <p className="lead">
        “{question.prompt}” is only asked when earlier answers call for it, and yours so far do not.
      </p>
      <div className="actions">
        <AppLink className="button" to={RESUME_PATH}>
          Continue with the questions
        </AppLink>
        <AppLink className="button button-secondary" to={resultPath(answers)}>
          See result
        </AppLink>
      </div>
    </>
  );
}
