import fc from 'fast-check';
import type { Answers, QuestionId } from '../answers';
import { QUESTION_IDS, allowedValues, isMultiQuestion, normalizeMulti } from '../answers';

/** One question's answer: a value, "unsure", or (for multi) a canonical selection. */
export function answerArbitrary(id: QuestionId): fc.Arbitrary<unknown> {
  if (isMultiQuestion(id)) {
    return fc
      .subarray([...allowedValues(id)], { minLength: 1 })
      .map((picked) => normalizeMulti(id, picked))
      .filter((value) => value !== undefined);
  }
  return fc.constantFrom(...allowedValues(id));
}

/** Any valid, canonical set of answers: each question absent or answered. */
export const answersArbitrary: fc.Arbitrary<Answers> = fc
  .record(
    Object.fromEntries(QUESTION_IDS.map((id) => [id, fc.option(answerArbitrary(id), { nil: undefined })])) as Record<
      QuestionId,
      fc.Arbitrary<unknown>
    >,
  )
  .map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Answers);
