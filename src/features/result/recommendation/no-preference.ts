import type { TrainingRule } from '../../../decision';
import { COMPUTE_RULES, METHOD_RULES, QUESTIONS } from '../../../decision';
import { joinWords } from './words';

interface Placed {
  readonly rank: number;
}

/** True when no answer separates the options: every one of them shares first place. */
export function noneSeparated(options: readonly Placed[]): boolean {
  return options.length > 1 && options.every((option) => option.rank === 1);
}

/** The questions whose answers can move these rules, as titled in the questionnaire and in its order. */
function questionsBehind(rules: readonly TrainingRule<string, string>[]): string[] {
  const ids = new Set<string>(rules.flatMap((rule) => rule.triggers.map((trigger) => trigger.question)));
  return QUESTIONS.filter((question) => ids.has(question.id)).map((question) => `“${question.title}”`);
}

/**
 * Said instead of a row of "Joint 1st" badges when nothing separates the
 * options yet, naming the questions that would rank them.
 */
export function noPreferenceText(kind: 'method' | 'compute'): string {
  const rules = kind === 'method' ? METHOD_RULES : COMPUTE_RULES;
  return `No preference yet — answer ${joinWords(questionsBehind(rules), 'or')} to rank these.`;
}
