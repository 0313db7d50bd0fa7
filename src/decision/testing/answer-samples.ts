import type { Answers, QuestionId } from '../answers';
import { ANSWER_SPACE, NONE, QUESTION_IDS, UNSURE, isMultiQuestion } from '../answers';

/** Every answer one question can take on its own: each value, "not sure", and for multi questions each value alone and "none". */
export function answersFor(id: QuestionId): unknown[] {
  const values = ANSWER_SPACE[id].values.filter((value) => value !== NONE);
  if (!isMultiQuestion(id)) return [...values, UNSURE];
  return [...values.map((value) => [value]), [NONE], [UNSURE]];
}

/**
 * No answers, every single answer, and every pair of answers to two different
 * questions: about 2,300 answer sets. Every rule, caution and notice the
 * module has needs at most two answers to show, so this reaches all of them
 * (the tests that use it check that it does).
 */
export function singlesAndPairs(): Answers[] {
  const samples: Answers[] = [{}];
  QUESTION_IDS.forEach((first, index) => {
    for (const a of answersFor(first)) {
      samples.push({ [first]: a } as Answers);
      for (const second of QUESTION_IDS.slice(index + 1)) {
        for (const b of answersFor(second)) samples.push({ [first]: a, [second]: b } as Answers);
      }
    }
  });
  return samples;
}
