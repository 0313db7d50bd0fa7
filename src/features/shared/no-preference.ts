import { COMPUTE_RULES, METHOD_RULES, QUESTION_BY_ID } from '../../decision';
import { questionsOf } from './rule-effects';
import { joinWords } from './words';

interface Placed {
  readonly rank: number;
}

/** True when no answer separates the options: every one of them shares first place. */
export function noneSeparated(options: readonly Placed[]): boolean {
  return options.length > 1 && options.every((option) => option.rank === 1);
}

/**
 * Said instead of a row of "Joint 1st" badges when nothing separates the
 * options yet, naming the training questions whose answers move their rules
 * (the service questions that move some, such as a no-code team, were asked
 * before the ranking got here).
 */
export function noPreferenceText(kind: 'method' | 'compute'): string {
  const questions = questionsOf(kind === 'method' ? METHOD_RULES : COMPUTE_RULES)
    .filter((id) => QUESTION_BY_ID[id].section === 'training')
    .map((id) => `“${QUESTION_BY_ID[id].title}”`);
  return `No preference yet — answer ${joinWords(questions, 'or')} to rank these.`;
}
