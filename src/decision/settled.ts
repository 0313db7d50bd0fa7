import type { Answers, QuestionId } from './answers';
import { ANSWER_SPACE, NONE, hasRealAnswer, isMultiQuestion, withEveryQuestion } from './answers';
import type { Condition } from './rank';
import { holds, rankByRules } from './rank';
import { QUESTION_FLOW, effectiveAnswers } from './question-flow';
import { SERVICE_SCORING } from './service-scoring';
import { SERVICE_IDS } from './services';

const SERVICE_QUESTIONS: readonly QuestionId[] = QUESTION_FLOW.filter((step) => step.section === 'service').map((step) => step.id);
const CONDITIONS: readonly Condition[] = SERVICE_SCORING.flatMap((rule) => rule.cases.flatMap((ruleCase) => ruleCase.when));

/** Every answer a question can take, "not answered" included (multi-choice: every selection). */
export function everyAnswer(id: QuestionId): unknown[] {
  const values = ANSWER_SPACE[id].values.filter((value) => value !== NONE) as readonly string[];
  if (!isMultiQuestion(id)) return [undefined, ...values];
  const selections: unknown[] = [undefined, [NONE]];
  for (let mask = 1; mask < 1 << values.length; mask += 1) selections.push(values.filter((_, bit) => (mask >> bit) & 1));
  return selections;
}

/**
 * One answer per class of answers that every service rule treats alike, so
 * the search below tries each distinct effect once instead of every value.
 */
function distinctAnswers(id: QuestionId): unknown[] {
  const conditions = CONDITIONS.filter((condition) => condition.question === id);
  const seen = new Map<string, unknown>();
  for (const answer of everyAnswer(id)) {
    const signature = conditions.map((condition) => (holds(condition, { [id]: answer } as Answers) ? '1' : '0')).join('');
    if (!seen.has(signature)) seen.set(signature, answer);
  }
  return [...seen.values()];
}
const DISTINCT = new Map(SERVICE_QUESTIONS.map((id) => [id, distinctAnswers(id)]));

const topOf = (answers: Answers): string =>
  rankByRules(SERVICE_IDS, SERVICE_SCORING, answers)
    .filter((service) => service.rank === 1)
    .map((service) => service.id)
    .sort()
    .join(',');

/**
 * True when no way of answering the service questions that are still open
 * (unanswered or "not sure", including one an answer would bring in, such as
 * PySpark once the data is large) can change which services share first
 * place. Exact: every class of answers the rules tell apart is tried for each
 * open question, together, and the search stops at the first completion whose
 * first place differs.
 */
export function topIsSettled(answers: Answers): boolean {
  const open = SERVICE_QUESTIONS.filter((id) => !hasRealAnswer(answers, id));
  const current = topOf(effectiveAnswers(answers));
  const trial = withEveryQuestion(answers) as Record<QuestionId, unknown>;
  const search = (index: number): boolean => {
    if (index === open.length) return topOf(effectiveAnswers(trial as Answers)) === current;
    const id = open[index]!;
    for (const answer of DISTINCT.get(id)!) {
      trial[id] = answer;
      if (!search(index + 1)) return false;
    }
    return true;
  };
  return search(0);
}
