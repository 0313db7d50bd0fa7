/**
 * The answer space, exactly as the share-link contract (v1) names it. The keys
 * are in contract order, which is also the order parameters are written in a
 * link. Identifiers here are public and permanent: never rename one.
 */
export const ANSWER_SPACE = {
  task: { kind: 'single', values: ['vision', 'language', 'speech', 'document', 'tabular', 'other'] },
  prebuilt: { kind: 'single', values: ['yes', 'no'] },
  control: { kind: 'single', values: ['full', 'some', 'little'] },
  effort: { kind: 'single', values: ['little', 'moderate', 'lots'] },
  data: { kind: 'single', values: ['standard', 'large'] },
  pyspark: { kind: 'single', values: ['yes', 'no'] },
  unified: { kind: 'single', values: ['yes', 'no'] },
  language: { kind: 'single', values: ['python', 'r', 'scala', 'sql', 'nocode'] },
  ui: { kind: 'single', values: ['yes', 'no'] },
  existing: { kind: 'multi', values: ['azure-ml', 'databricks', 'synapse', 'ai-services', 'fabric', 'none'] },
  workflow: { kind: 'single', values: ['single', 'multi-step'] },
  needs: {
    kind: 'multi',
    values: ['unattended', 'mixed-compute', 'publish', 'versioning', 'collaboration', 'batch-scoring', 'none'],
  },
  framework: { kind: 'single', values: ['scikit-learn', 'tensorflow', 'keras', 'pytorch', 'chainer', 'other'] },
  setup: { kind: 'single', values: ['ready-made', 'low-level'] },
  compute: { kind: 'single', values: ['local-first', 'managed-cluster', 'own-vm', 'spark-cluster'] },
} as const;

/** "Not sure": allowed for every question, counts as answered, ranks like no answer. */
export const UNSURE = 'unsure';
/** In a multi-choice question, "none of these". Like UNSURE, it stands alone. */
export const NONE = 'none';

type Space = typeof ANSWER_SPACE;
export type QuestionId = keyof Space;
export type MultiQuestionId = { [Q in QuestionId]: Space[Q]['kind'] extends 'multi' ? Q : never }[QuestionId];
export type SingleQuestionId = Exclude<QuestionId, MultiQuestionId>;

/** The identifiers a question accepts, not counting "unsure". */
export type ValueOf<Q extends QuestionId> = Space[Q]['values'][number];

export type SingleAnswer<Q extends SingleQuestionId> = ValueOf<Q> | typeof UNSURE;
/**
 * A multi-choice answer: one or more identifiers in contract order, or
 * [NONE] alone, or [UNSURE] alone. An empty list is never stored.
 */
export type MultiAnswer<Q extends MultiQuestionId> = readonly (ValueOf<Q> | typeof UNSURE)[];

export type AnswerOf<Q extends QuestionId> = Q extends MultiQuestionId
  ? MultiAnswer<Q>
  : Q extends SingleQuestionId
    ? SingleAnswer<Q>
    : never;

/** What a person has said. An absent key means the question is not answered. */
export type Answers = { readonly [Q in QuestionId]?: AnswerOf<Q> };

export const QUESTION_IDS = Object.keys(ANSWER_SPACE) as readonly QuestionId[];

// Every question id, each undefined. Deliberately not frozen: copying a frozen object is slow.
const UNANSWERED = Object.fromEntries(QUESTION_IDS.map((id) => [id, undefined])) as { readonly [Q in QuestionId]: undefined };

/**
 * The answers with every question id as a key, undefined where unanswered.
 * The ranking reads answers many times over; objects that all have the same
 * keys in the same order share one shape in the JavaScript engine and are
 * read many times faster than objects keyed by whatever a person happened to
 * answer (the recommend() figure in the README's Performance section).
 */
export function withEveryQuestion(answers: Answers = {}): Answers {
  return { ...UNANSWERED, ...answers };
}

/** True for a question that takes several values at once (`existing`, `needs`). */
export function isMultiQuestion(id: QuestionId): id is MultiQuestionId {
  return ANSWER_SPACE[id].kind === 'multi';
}

/** The allowed values of a question, "unsure" included, in contract order. */
export function allowedValues(id: QuestionId): readonly string[] {
  return [...ANSWER_SPACE[id].values, UNSURE];
}

/** True when `value` is one of the question's identifiers or "unsure"; exact, lowercase match only. */
export function isAllowedValue(id: QuestionId, value: string): boolean {
  return allowedValues(id).includes(value);
}

/**
 * Puts a multi-choice selection in its one canonical form: contract order, no
 * repeats, and "none" or "unsure" alone (the last one chosen wins, so ticking
 * "None of these" clears the rest and ticking another box clears "none").
 * Returns undefined for an empty selection.
 */
export function normalizeMulti<Q extends MultiQuestionId>(
  id: Q,
  picked: readonly string[],
): MultiAnswer<Q> | undefined {
  const allowed = allowedValues(id);
  const valid = picked.filter((value) => allowed.includes(value));
  const lastExclusive = [...valid].reverse().find((value) => value === NONE || value === UNSURE);
  const lastPick = valid[valid.length - 1];
  if (lastExclusive !== undefined && lastPick === lastExclusive) return [lastExclusive] as MultiAnswer<Q>;
  const chosen = allowed.filter((value) => value !== NONE && value !== UNSURE && valid.includes(value));
  if (chosen.length > 0) return chosen as MultiAnswer<Q>;
  return lastExclusive === undefined ? undefined : ([lastExclusive] as MultiAnswer<Q>);
}

/** True when the person picked this value (for a multi question, among others). */
export function hasAnswer<Q extends QuestionId>(answers: Answers, id: Q, value: ValueOf<Q>): boolean {
  const answer: unknown = answers[id];
  return Array.isArray(answer) ? answer.includes(value) : answer === value;
}

/**
 * True when the person gave a real answer to this question: not unanswered,
 * not "not sure" (for a multi question, not ["unsure"]). "None of these" is a
 * real answer.
 */
export function hasRealAnswer(answers: Answers, id: QuestionId): boolean {
  const answer: unknown = answers[id];
  if (Array.isArray(answer)) return answer.some((value) => value !== UNSURE);
  return answer !== undefined && answer !== UNSURE;
}

/** Counts the questions answered, "not sure" included. */
export function countAnswered(answers: Answers): number {
  return QUESTION_IDS.filter((id) => answers[id] !== undefined).length;
}
