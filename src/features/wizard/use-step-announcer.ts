import type { RefObject } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { QuestionDefinition, QuestionId } from '../../decision';
import { describeStepChange } from './steps';

/** Long enough that flicking between two options says nothing until the person settles. */
export const CHANGE_SETTLE_MS = 700;
/** A new step is announced just after it renders, so the region is in place first. */
const STEP_DELAY_MS = 50;

interface StepAnnouncement {
  readonly id: QuestionId;
  readonly steps: readonly QuestionDefinition[];
  /** "Question 4 of 9"; undefined while the question does not apply. */
  readonly progress: string | undefined;
  readonly prompt: string;
}

/**
 * Fills a polite live region: each new step once ("Question 4 of 9: …"), and
 * a change of the total once the person settles on an answer ("Question 5 of
 * 10 — 5 training questions no longer apply"). Returns that last change, for
 * a quiet line on screen, until the next step.
 */
export function useStepAnnouncer(region: RefObject<HTMLElement | null>, { id, steps, progress, prompt }: StepAnnouncement) {
  const [change, setChange] = useState<{ readonly id: QuestionId; readonly text: string }>();
  // What the last announcement described: which step, with which questions applying.
  const said = useRef<{ readonly id: QuestionId; readonly steps: readonly QuestionDefinition[] } | null>(null);

  useEffect(() => {
    if (progress === undefined) return;
    const newStep = said.current?.id !== id;
    const timer = setTimeout(
      () => {
        const say = (text: string) => {
          if (region.current !== null) region.current.textContent = text;
        };
        if (newStep) {
          said.current = { id, steps };
          say(`${progress}: ${prompt}`);
          return;
        }
        const text = describeStepChange(said.current?.steps ?? steps, steps);
        // Back where the last announcement left it: nothing to say.
        if (text === undefined) return;
        said.current = { id, steps };
        say(`${progress} — ${text}`);
        setChange({ id, text: text.charAt(0).toUpperCase() + text.slice(1) });
      },
      newStep ? STEP_DELAY_MS : CHANGE_SETTLE_MS,
    );
    return () => clearTimeout(timer);
  }, [region, id, steps, progress, prompt]);

  return change?.id === id ? change.text : undefined;
}
