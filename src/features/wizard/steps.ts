import type { Answers, QuestionDefinition, QuestionId, Section } from '../../decision';
import { QUESTIONS, SECTIONS, applyShowConditions } from '../../decision';

const TRAINING_QUESTIONS = (QUESTIONS as readonly QuestionDefinition[]).filter((question) => question.section === 'training');

/** How many questions the training section has, for "Up to 5 questions about training…". */
export const TRAINING_QUESTION_COUNT = TRAINING_QUESTIONS.length;

/**
 * The steps of the questionnaire for these answers: the questions that apply,
 * by the decision module's show-conditions. When the person chose to plan
 * training in Azure Machine Learning before the section applies, its
 * questions follow too (each still by its own condition). A real answer to
 * one of them makes the section apply by itself, so this only bridges the
 * first step.
 */
export function wizardSteps(answers: Answers, planTraining: boolean): readonly QuestionDefinition[] {
  const { visible, effective: earlier } = applyShowConditions(answers);
  if (!planTraining || visible.some((question) => question.section === 'training')) return visible;
  return [...visible, ...TRAINING_QUESTIONS.filter((question) => question.showIf?.(earlier, answers) ?? true)];
}

/**
 * After an edit from the result: the questions the edit brought in (they were
 * not among `before`) that still have no answer, in the order they are asked.
 */
export function questionsBroughtIn(
  steps: readonly QuestionDefinition[],
  before: ReadonlySet<QuestionId>,
  answers: Answers,
  current: QuestionId,
): readonly QuestionDefinition[] {
  return steps.filter((question) => question.id !== current && !before.has(question.id) && answers[question.id] === undefined);
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function describeGroup(questions: readonly QuestionDefinition[], section: Section, added: boolean): string {
  const verb = added ? (questions.length === 1 ? 'now applies' : 'now apply') : questions.length === 1 ? 'no longer applies' : 'no longer apply';
  if (section === 'training') return `${count(questions.length, 'training question', 'training questions')} ${verb}`;
  const what = added ? count(questions.length, 'more question', 'more questions') : count(questions.length, 'question', 'questions');
  return `${what} ${verb}: ${questions.map((question) => question.title).join(', ')}`;
}

/**
 * Why the total changed, in words: "5 training questions no longer apply",
 * "1 more question now applies: Spark skills". Undefined when the same
 * questions apply.
 */
export function describeStepChange(before: readonly QuestionDefinition[], after: readonly QuestionDefinition[]): string | undefined {
  const beforeIds = new Set(before.map((question) => question.id));
  const afterIds = new Set(after.map((question) => question.id));
  const parts: string[] = [];
  for (const [list, added] of [
    [after.filter((question) => !beforeIds.has(question.id)), true],
    [before.filter((question) => !afterIds.has(question.id)), false],
  ] as const) {
    for (const section of Object.keys(SECTIONS) as Section[]) {
      const inSection = list.filter((question) => question.section === section);
      if (inSection.length > 0) parts.push(describeGroup(inSection, section, added));
    }
  }
  return parts.length === 0 ? undefined : parts.join('; ');
}
