import type { RefObject } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { QuestionDefinition, QuestionId } from '../../decision';
import { SETTLED_ANNOUNCEMENT } from './settled-offer';
import { describeStepChange } from './steps';

/** Long enough that flicking between two options says nothing until the person settles. */
const CHANGE_SETTLE_MS = 700;
/** A new step is announced just after it renders, so the region is in place first. */
const STEP_DELAY_MS = 50;

interface StepAnnouncement {
  readonly id: QuestionId;
  readonly steps: readonly QuestionDefinition[];
  /** "Question 4 of 9"; undefined while the question does not apply. */
  readonly progress: string | undefined;
  readonly prompt: string;
  /** The top pick can no longer change: said once, when it becomes so. */
  readonly settled: boolean;
}

/**
 * Fills a polite live region: each new step once ("Question 4 of 9: …"), and
 * a change of the total once the person settles on an answer ("Question 5 of
 * 10 — 5 training questions no longer apply"). That the top pick can no
 * longer change is said once, with the step or the change that brought it,
 * and not again on the steps after; only if it stops being so and becomes so
 * again is it said again. Returns the last change of the total, for a quiet
 * line on screen, until the next step.
 */
export function useStepAnnouncer(region: RefObject<HTMLElement | null>, { id, steps, progress, prompt, settled }: StepAnnouncement) {
  const [change, setChange] = useState<{ readonly id: QuestionId; readonly text: string }>();
  // What the last announcement described: which step, with which questions applying.
  const said = useRef<{ readonly id: QuestionId; readonly steps: readonly QuestionDefinition[] } | null>(null);
  // Whether the settled top pick has been announced (and is still settled).
  const settledSaid = useRef(false);

  useEffect(() => {
    if (progress === undefined) return;
    const newStep = said.current?.id !== id;
    const timer = setTimeout(
      () => {
        const say = (text: string) => {
          if (region.current !== null) region.current.textContent = text;
        };
        const settledNews = settled && !settledSaid.current;
        settledSaid.current = settled;
        // Every prompt is a question, so the sentence about the top pick follows it with a space.
        const withSettled = (text: string, stop: string) => (settledNews ? `${text}${stop} ${SETTLED_ANNOUNCEMENT}` : text);
        if (newStep) {
          said.current = { id, steps };
          say(withSettled(`${progress}: ${prompt}`, ''));
          return;
        }
        const text = describeStepChange(said.current?.steps ?? steps, steps);
        // Back where the last announcement left it, and nothing new about the top pick: nothing to say.
        if (text === undefined && !settledNews) return;
        said.current = { id, steps };
        say(text === undefined ? `${progress} — ${SETTLED_ANNOUNCEMENT}` : `${progress} — ${withSettled(text, '.')}`);
        if (text !== undefined) setChange({ id, text: text.charAt(0).toUpperCase() + text.slice(1) });
      },
      newStep ? STEP_DELAY_MS : CHANGE_SETTLE_MS,
    );
    return () => clearTimeout(timer);
  }, [region, id, steps, progress, prompt, settled]);

  return change?.id === id ? change.text : undefined;
}
