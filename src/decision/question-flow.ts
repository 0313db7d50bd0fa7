import type { Answers, QuestionId } from './answers';
import { hasRealAnswer, withEveryQuestion } from './answers';
import { azureMlIsSeriousCandidate } from './service-ranking';

export type Section = 'service' | 'training';

/**
 * Whether a question or a section applies. `earlier` holds only the answers
 * to earlier questions that themselves apply, so the order of the flow
 * matters; `all` is everything the person said.
 */
type ShowCondition = (earlier: Answers, all: Answers) => boolean;

/** A question's place in the questionnaire; its words are in questions.ts. */
export interface FlowStep {
  readonly id: QuestionId;
  readonly section: Section;
  readonly showIf?: ShowCondition;
}

const inSection =
  (section: Section) =>
  (id: QuestionId): FlowStep => ({ id, section });

/** The questionnaire, in the order it is asked: each question's section, and when it applies. */
export const QUESTION_FLOW: readonly FlowStep[] = [
  ...(['task', 'prebuilt', 'control', 'effort', 'data'] as const).map(inSection('service')),
  { id: 'pyspark', section: 'service', showIf: (earlier) => earlier.data === 'large' },
  ...(['unified', 'language', 'ui', 'existing'] as const).map(inSection('service')),
  ...(['workflow', 'needs', 'framework', 'setup', 'compute'] as const).map(inSection('training')),
];

const TRAINING_QUESTION_IDS = QUESTION_FLOW.filter((step) => step.section === 'training').map((step) => step.id);

/**
 * The Azure Machine Learning questions apply when it shares first place, or
 * when the person has chosen to plan training there anyway: gave a real
 * answer to one of them. "Not sure" opts nobody in; it stays as neutral as
 * no answer.
 */
function trainingSectionApplies(earlier: Answers, all: Answers): boolean {
  return azureMlIsSeriousCandidate(earlier) || TRAINING_QUESTION_IDS.some((id) => hasRealAnswer(all, id));
}

/** Whether a whole section applies; checked once, before its first question. */
export const SECTION_SHOW_IF: Readonly<Record<Section, ShowCondition | undefined>> = { service: undefined, training: trainingSectionApplies };

/**
 * The table flattened once into steps of one shape, so the walk below, which
 * runs on every ranking, reads the same few fields from every step.
 */
const WALK: readonly {
  readonly step: FlowStep;
  readonly id: QuestionId;
  /** Set on a section's first question: whether the section applies. */
  readonly sectionShowIf: ShowCondition | 'starts-section' | undefined;
  readonly showIf: ShowCondition | undefined;
}[] = QUESTION_FLOW.map((step, index, all) => ({
  step,
  id: step.id,
  sectionShowIf: index > 0 && all[index - 1]?.section === step.section ? undefined : (SECTION_SHOW_IF[step.section] ?? 'starts-section'),
  showIf: step.showIf,
}));

/**
 * Walks the table in order, so each show-condition (a section's, then a
 * question's) sees just the earlier answers that count. An answer to a
 * question that no longer applies is left out of `effective` but never
 * deleted, so it comes back if the question does. `effective` has every
 * question id as a key, undefined where there is no answer that counts.
 */
export function walkQuestions(answers: Answers): { visible: readonly FlowStep[]; effective: Answers } {
  const all = withEveryQuestion(answers);
  const effective = withEveryQuestion() as Record<QuestionId, unknown>;
  const visible: FlowStep[] = [];
  let sectionShown = true;
  for (const step of WALK) {
    if (step.sectionShowIf !== undefined) {
      sectionShown = step.sectionShowIf === 'starts-section' || step.sectionShowIf(effective as Answers, all);
    }
    if (!sectionShown) continue;
    if (step.showIf !== undefined && !step.showIf(effective as Answers, all)) continue;
    visible.push(step.step);
    const answer = all[step.id];
    if (answer !== undefined) effective[step.id] = answer;
  }
  return { visible, effective: effective as Answers };
}

/** The answers to questions that apply, the ones the ranking uses; undefined for the rest. */
export function effectiveAnswers(answers: Answers): Answers {
  return walkQuestions(answers).effective;
}
