import type { Condition, QuestionId, Rule } from '../../decision';
import { ANSWER_SPACE, QUESTIONS, QUESTION_BY_ID, optionLabel } from '../../decision';

/** Whether a rule's cases lift options (`for`) or count against them (`against`). */
type Direction = 'for' | 'against';

const casesOf = <OptionId extends string>(rule: Rule<OptionId>, direction: Direction) =>
  rule.cases.filter((ruleCase) => (direction === 'for' ? ruleCase.points > 0 : ruleCase.points < 0));

/** The options a rule can count against: the other half of `favouredBy`. */
export function countedAgainstBy<OptionId extends string>(rule: Rule<OptionId>): OptionId[] {
  return [...new Set(casesOf(rule, 'against').flatMap((ruleCase) => ruleCase.options))];
}

/** The questions whose answers can move a rule either way, in the order they are asked. */
export function questionsOf(rules: readonly Rule<string>[]): QuestionId[] {
  const ids = new Set<QuestionId>(rules.flatMap((rule) => rule.cases.flatMap((ruleCase) => ruleCase.when.map((condition) => condition.question))));
  return QUESTIONS.filter((question) => ids.has(question.id)).map((question) => question.id);
}

/** The values a question's conditions name, split into those it must be and those it must not be. */
interface QuestionTest {
  readonly is: Set<string>;
  readonly isNot: Set<string>;
}

/**
 * The conditions of a rule's cases in one direction, question by question.
 * Cases of one rule differ only in which values they name (already owned:
 * one case per service), so the values of one question are joined with "or".
 */
function conditionsOf(rule: Rule<string>, direction: Direction): ReadonlyMap<QuestionId, QuestionTest> {
  const byQuestion = new Map<QuestionId, QuestionTest>();
  const add = (condition: Condition) => {
    const test = byQuestion.get(condition.question) ?? { is: new Set<string>(), isNot: new Set<string>() };
    if ('is' in condition) for (const value of condition.is) test.is.add(value);
    else for (const value of condition.isNot) test.isNot.add(value);
    byQuestion.set(condition.question, test);
  };
  for (const ruleCase of casesOf(rule, direction)) ruleCase.when.forEach(add);
  return byQuestion;
}

/** One question's test in words: "“Large”", "not “No”", "any answer but “Azure Synapse Analytics”". */
function describeTest(question: QuestionId, test: QuestionTest): string {
  const quoted = (values: Iterable<string>, conjunction: string) =>
    [...values].map((value) => `“${optionLabel(question, value)}”`).join(` ${conjunction} `);
  const anyAnswer = (ANSWER_SPACE[question].values as readonly string[]).every((value) => test.is.has(value));
  if (anyAnswer) return test.isNot.size > 0 ? `any answer but ${quoted(test.isNot, 'or')}` : 'any answer';
  const parts: string[] = [];
  if (test.is.size > 0) parts.push(quoted(test.is, 'or'));
  if (test.isNot.size > 0) parts.push(`not ${quoted(test.isNot, 'or')}`);
  return parts.join(', ');
}

/**
 * "Training data size: “Large …”; Spark skills: not “No”": the answers that
 * set a rule off in one direction, or undefined when it never moves that way.
 */
export function describeConditions(rule: Rule<string>, direction: Direction): string | undefined {
  const tests = conditionsOf(rule, direction);
  if (tests.size === 0) return undefined;
  return [...tests].map(([question, test]) => `${QUESTION_BY_ID[question].title}: ${describeTest(question, test)}`).join('; ');
}
