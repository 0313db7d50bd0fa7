import type { FormEvent, KeyboardEvent, RefObject } from 'react';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { AnswerOf, Answers, QuestionDefinition, QuestionId, SingleQuestionId } from '../../decision';
import { QUESTION_BY_ID, QUESTION_IDS, SECTIONS, isMultiQuestion, topIsSettled } from '../../decision';
import { useAnswersStore } from '../shared/answers/answers-store';
import { AppLink } from '../shared/app-link';
import { NotFoundPage } from '../shared/not-found-page';
import { HOME_PATH, RESUME_PATH, questionPath, readStepMode, resultPath } from '../shared/paths';
import type { StepMode } from '../shared/paths';
import { usePageHeading } from '../shared/use-page-heading';
import { QuestionOptions } from './question-options';
import { TRAINING_QUESTION_COUNT, questionsBroughtIn, wizardSteps } from './steps';
import { SettledOffer, SettledTag } from './settled-offer';
import { useStepAnnouncer } from './use-step-announcer';
import './wizard.css';

// One chunk for both wizard routes: the redirect must not wait for another download before its target can show.
export { ResumeRedirect } from './resume-redirect';

/** Carried in the history entry while an edit from the result goes on to questions it brought in. */
interface EditState {
  /** The questions that applied when the edit began. */
  readonly editBaseline: readonly QuestionId[];
}

function isQuestionId(value: string | undefined): value is QuestionId {
  return value !== undefined && (QUESTION_IDS as readonly string[]).includes(value);
}

function baselineFrom(state: unknown): readonly QuestionId[] | undefined {
  const baseline = (state as Partial<EditState> | null)?.editBaseline;
  return Array.isArray(baseline) && baseline.every((id) => isQuestionId(id as string)) ? baseline : undefined;
}

/** `#/q/<questionId>`: one question per step. */
export function QuestionPage({ questionId }: { readonly questionId: string | undefined }) {
  const { search } = useLocation();
  const { returnToResult, planTraining } = readStepMode(search);
  const mode = useMemo(() => ({ returnToResult, planTraining }), [returnToResult, planTraining]);
  if (!isQuestionId(questionId)) return <NotFoundPage title="Question not found" />;
  return <QuestionStep id={questionId} mode={mode} />;
}

/**
 * Kept mounted from step to step (only the id changes), so the live region
 * below exists before it is filled and screen readers announce each step.
 */
function QuestionStep({ id, mode }: { readonly id: QuestionId; readonly mode: StepMode }) {
  const answers = useAnswersStore((state) => state.answers);
  const steps = useMemo(() => wizardSteps(answers, mode.planTraining), [answers, mode.planTraining]);
  const question = QUESTION_BY_ID[id] as QuestionDefinition;
  const index = steps.findIndex((candidate) => candidate.id === id);
  const progress = `Question ${index + 1} of ${steps.length}`;
  const heading = usePageHeading(index === -1 ? 'Question does not apply' : `${progress}: ${question.title}`);

  // The questions that applied when this step was reached: an edit from the result goes on to the ones it brings in.
  const { key, state } = useLocation();
  // Whether training was planned against the odds is read on arrival too, so its notice does not vanish mid-answer.
  const arrive = () => ({
    key,
    ids: steps.map((step) => step.id),
    plannedAhead: mode.planTraining && !trainingAppliesOnItsOwn(answers),
  });
  const [arrival, setArrival] = useState(arrive);
  if (arrival.key !== key) setArrival(arrive());
  const baseline = baselineFrom(state) ?? arrival.ids;

  // Exact but not free (tens of ms at worst, when the answer is yes): once per change of the answers, and
  // deferred, so the box just ticked is painted before the search runs.
  const settledFor = useDeferredValue(answers);
  const topSettled = useMemo(() => topIsSettled(settledFor), [settledFor]);
  // An edit from the result goes back to it anyway: no early stop to offer there.
  const settled = topSettled && !mode.returnToResult;

  const region = useRef<HTMLDivElement>(null);
  const change = useStepAnnouncer(region, {
    id,
    steps,
    progress: index === -1 ? undefined : progress,
    prompt: question.prompt,
    settled,
  });

  return (
    <div className="narrow">
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" ref={region} />
      {index === -1 ? (
        <NotApplicable question={question} answers={answers} headingRef={heading} />
      ) : (
        <StepForm
          question={question}
          answers={answers}
          steps={steps}
          index={index}
          progress={progress}
          change={change}
          settled={settled}
          mode={mode}
          baseline={baseline}
          plannedAhead={arrival.plannedAhead}
          headingRef={heading}
        />
      )}
    </div>
  );
}

interface StepFormProps {
  readonly question: QuestionDefinition;
  readonly answers: Answers;
  readonly steps: readonly QuestionDefinition[];
  readonly index: number;
  readonly progress: string;
  /** Why the total just changed, if it did. */
  readonly change: string | undefined;
  /** No way of answering the service questions left can change the top pick. */
  readonly settled: boolean;
  readonly mode: StepMode;
  readonly baseline: readonly QuestionId[];
  /** The person asked to plan training before it applied on its own. */
  readonly plannedAhead: boolean;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

function StepForm({ question, answers, steps, index, progress, change, settled, mode, baseline, plannedAhead, headingRef }: StepFormProps) {
  const answer = useAnswersStore((state) => state.answer);
  const tick = useAnswersStore((state) => state.tick);
  const navigate = useNavigate();
  const { id } = question;
  const { returnToResult, planTraining } = mode;
  const helpId = `${id}-help`;
  const isLast = index === steps.length - 1;
  const current: unknown = answers[id];
  const broughtIn = returnToResult ? questionsBroughtIn(steps, new Set(baseline), answers, id) : [];

  const previous = steps[index - 1];
  const backTo = returnToResult
    ? resultPath(answers)
    : previous !== undefined
      ? questionPath(previous.id, { planTraining })
      : HOME_PATH;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Read the store, not the render: the answer may have changed in this very event loop turn.
    const latest = useAnswersStore.getState().answers;
    const now = wizardSteps(latest, planTraining);
    if (returnToResult) {
      const next = questionsBroughtIn(now, new Set(baseline), latest, id)[0];
      if (next === undefined) void navigate(resultPath(latest));
      else void navigate(questionPath(next.id, mode), { state: { editBaseline: baseline } satisfies EditState });
      return;
    }
    const following = now[now.findIndex((candidate) => candidate.id === id) + 1];
    void navigate(following === undefined ? resultPath(latest) : questionPath(following.id, { planTraining }));
  }

  // Browsers differ on whether Enter on a radio or checkbox submits; make it always do.
  function submitOnEnter(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || !(target instanceof HTMLInputElement)) return;
    if (target.type !== 'radio' && target.type !== 'checkbox') return;
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }

  const submitLabel = returnToResult ? (broughtIn.length > 0 ? 'Next' : 'Update result') : isLast ? 'See result' : 'Next';
  const trainingCounted = steps.some((step) => step.section === 'training');

  return (
    <>
      <div className="step-meta">
        <p className="progress-text cluster fs-14">
          <span className="progress-count">
            <span>{progress}</span>
            {settled ? <SettledTag /> : null}
          </span>
          <span className="fw-500 muted">{SECTIONS[question.section].title}</span>
        </p>
        <progress className="progress-bar" max={steps.length} value={index + 1} aria-hidden="true" />
        {question.section === 'service' ? (
          <p className="progress-note fs-13 muted">
            {planTraining && trainingCounted
              ? `${TRAINING_QUESTION_COUNT} questions about training in Azure Machine Learning follow, as you asked.`
              : `Up to ${TRAINING_QUESTION_COUNT} questions about training in Azure Machine Learning follow if it is a strong candidate.`}
          </p>
        ) : null}
      </div>
      {plannedAhead && question.section === 'training' ? (
        <p className="step-notice note note-small">
          You asked to plan training in Azure Machine Learning, though your answers so far do not make it a strong
          candidate. Any answer here other than “Not sure” adds training methods to your result.
        </p>
      ) : null}
      {/* The form's key handler only forwards Enter to the native submit; every control stays native. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <form className="step" onSubmit={submit} onKeyDown={submitOnEnter} noValidate>
        <fieldset aria-describedby={helpId}>
          <legend>
            <h1 ref={headingRef} tabIndex={-1}>
              {question.prompt}
            </h1>
          </legend>
          <p className="muted" id={helpId}>
            {question.help}
          </p>
          {'more' in question && question.more !== undefined && (
            <details className="more">
              <summary className="chevron">What does this mean?</summary>
              <p className="note note-small">{question.more}</p>
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
        {/* Below the options, not above them: a note that appears must not move what the person is clicking. */}
        {change !== undefined || broughtIn.length > 0 ? (
          <div className="step-notes stack gap-1 muted fs-14">
            {change === undefined ? null : <p className="step-change">{change}.</p>}
            {broughtIn.length === 0 ? null : (
              <p>
                {broughtIn.length === 1
                  ? 'Your change brings in 1 more question, then back to your result.'
                  : `Your change brings in ${broughtIn.length} more questions, then back to your result.`}
              </p>
            )}
          </div>
        ) : null}
        <div className="step-actions cluster no-print">
          <button type="submit" className="button">
            {submitLabel}
          </button>
          <AppLink className="button button-secondary" to={backTo}>
            {returnToResult ? 'Back to your result' : 'Back'}
          </AppLink>
          {!isLast && !returnToResult && (
            <AppLink className="skip-to-result" to={resultPath(answers)}>
              See result
            </AppLink>
          )}
        </div>
        {/* After the actions: going on stays the next stop from the options, and nothing above moves when this appears. */}
        {settled ? <SettledOffer resultPath={resultPath(answers)} left={sectionsLeft(steps.slice(index + 1))} /> : null}
      </form>
    </>
  );
}

/** Which sections still have questions in these steps. */
function sectionsLeft(steps: readonly QuestionDefinition[]) {
  return { service: steps.some((step) => step.section === 'service'), training: steps.some((step) => step.section === 'training') };
}

/** Whether the training questions apply without the person's request to plan training. */
function trainingAppliesOnItsOwn(answers: Answers): boolean {
  return wizardSteps(answers, false).some((step) => step.section === 'training');
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
