import type { KeyboardEvent } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
// A deep import on purpose: the start page must not download the whole decision module (bundle budget).
import { countAnswered } from '../../decision/answers';
import { useAnswersStore } from '../shared/answers/answers-store';
import { COMPARE_PATH, RESUME_PATH, questionPath } from '../shared/paths';
import { usePageHeading } from '../shared/use-page-heading';
import { AppLink } from '../shared/app-link';
import './intro.css';

export function IntroPage() {
  const heading = usePageHeading('');
  const savedCount = useAnswersStore((state) => countAnswered(state.answers));
  const hasSavedAnswers = savedCount > 0;
  const restart = useAnswersStore((state) => state.restart);
  const navigate = useNavigate();

  // "Start over" asks first, inline: saved answers are the person's work and there is no undo.
  const [confirming, setConfirming] = useState(false);
  const confirmId = useId();
  const confirmText = useRef<HTMLParagraphElement>(null);
  const startOverButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) confirmText.current?.focus();
    else if (wasConfirming.current) startOverButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  function startOver() {
    restart();
    void navigate(questionPath('task'));
  }

  function cancelOnEscape(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setConfirming(false);
  }

  return (
    <div className="intro">
      <p className="eyebrow caps">Machine learning on Azure</p>
      <h1 ref={heading} tabIndex={-1}>
        Where should you train your machine learning model on Azure?
      </h1>
      <p className="lead">
        Answer a few short questions about your model, your data and your team. You get Azure Machine Learning, Azure
        Databricks, Microsoft Fabric, Azure Synapse Analytics and Foundry Tools (formerly Azure AI Services) ranked for
        you, each place explained by the guideline behind it, and, when Azure Machine Learning is in the running, how to
        train there today.
      </p>
      <ul className="facts cluster plain-list" aria-label="At a glance">
        <li>Takes about two minutes</li>
        <li>Every question has a “Not sure” answer</li>
        <li>Your answers stay in this browser</li>
      </ul>

      <div className="actions">
        {hasSavedAnswers ? (
          <>
            <AppLink className="button" to={RESUME_PATH}>
              Resume where you left off
            </AppLink>
            <button
              type="button"
              className="button button-secondary"
              ref={startOverButton}
              aria-expanded={confirming}
              aria-controls={confirming ? confirmId : undefined}
              onClick={() => (confirming ? confirmText.current?.focus() : setConfirming(true))}
            >
              Start over
            </button>
          </>
        ) : (
          <AppLink className="button button-large" to={questionPath('task')}>
            Start
          </AppLink>
        )}
      </div>
      {hasSavedAnswers && confirming ? (
        // Escape is a shortcut for "Keep my answers"; both buttons stay the way to answer.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
        <div className="notice confirm intro-confirm" id={confirmId} role="group" aria-labelledby={`${confirmId}-q`} onKeyDown={cancelOnEscape}>
          <p id={`${confirmId}-q`} ref={confirmText} tabIndex={-1}>
            <strong>Clear your saved answers and start again?</strong>{' '}
            {savedCount === 1 ? 'The 1 answer' : `The ${savedCount} answers`} saved in this browser will be removed. This
            cannot be undone.
          </p>
          <div className="actions">
            <button type="button" className="button" onClick={startOver}>
              Clear answers and start over
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
              Keep my answers
            </button>
          </div>
        </div>
      ) : hasSavedAnswers ? (
        <p className="muted">“Start over” clears the answers saved in this browser, after asking you.</p>
      ) : null}

      <section className="intro-steps" aria-labelledby="how-it-works">
        <h2 id="how-it-works">How it works</h2>
        <ol className="steps plain-list">
          <li className="card">
            <h3>Answer</h3>
            <p className="muted">One question at a time, only the ones that apply to you. Skip any you are unsure of.</p>
          </li>
          <li className="card">
            <h3>Compare</h3>
            <p className="muted">See every service ranked, with the reasons, the watch-outs and what has changed on the platform since.</p>
          </li>
          <li className="card">
            <h3>Share</h3>
            <p className="muted">The result is a link. Paste it into a design document; it opens the same answers for anyone, ranked by the guidance of the day.</p>
          </li>
        </ol>
      </section>

      <section className="intro-study" aria-labelledby="study">
        <h2 id="study">Studying rather than deciding?</h2>
        <p>
          See the five services and the guidelines side by side, without answering anything.{' '}
          <AppLink to={COMPARE_PATH}>Compare the services</AppLink>
        </p>
      </section>
    </div>
  );
}
