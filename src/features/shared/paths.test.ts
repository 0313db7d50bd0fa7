import { describe, expect, it } from 'vitest';
import type { Answers } from '../../decision';
import { parseShare } from '../../decision';
import type { StepMode } from './paths';
import { COMPARE_PATH, colleaguePath, comparePath, questionPath, readCompareAnswers, readStepMode, resultPath, resultHref } from './paths';

const ANSWERS: Answers = { task: 'vision', prebuilt: 'no', existing: ['synapse', 'databricks'] };
/** The query of a router path, as the router's location gives it. */
const searchOf = (path: string) => path.slice(path.indexOf('?'));

describe('the in-app paths', () => {
  it.each<[Partial<StepMode>, string]>([
    [{}, '/q/data'],
    [{ planTraining: true }, '/q/data?plan=training'],
    [{ returnToResult: true }, '/q/data?return=result'],
    [{ planTraining: true, returnToResult: true }, '/q/data?plan=training&return=result'],
  ])('writes a step in mode %o as %s, and reads the mode back', (mode, path) => {
    expect(questionPath('data', mode)).toBe(path);
    const read = readStepMode(path.includes('?') ? searchOf(path) : '');
    expect(read).toEqual({ planTraining: mode.planTraining === true, returnToResult: mode.returnToResult === true });
  });

  it('reads any other query as the plain walk through the questions', () => {
    expect(readStepMode('?plan=everything&return=home&x=1')).toEqual({ planTraining: false, returnToResult: false });
  });

  it('writes the result, the comparison and the colleague comparison with the canonical share query', () => {
    const query = 'v=1&task=vision&prebuilt=no&existing=databricks,synapse';
    expect(resultPath(ANSWERS)).toBe(`/result?${query}`);
    expect(resultHref(ANSWERS)).toBe(`#/result?${query}`);
    expect(comparePath(ANSWERS)).toBe(`/compare?${query}`);
    expect(colleaguePath(ANSWERS)).toBe(`/versus?${query}`);
  });

  it('reads back the answers a comparison path carries, and none from a query without any', () => {
    expect(readCompareAnswers(searchOf(comparePath(ANSWERS)))).toEqual(parseShare(searchOf(resultPath(ANSWERS))).answers);
    expect(readCompareAnswers('')).toBeUndefined();
    expect(readCompareAnswers(searchOf(COMPARE_PATH))).toBeUndefined();
    expect(readCompareAnswers('?v=1&task=teleportation')).toBeUndefined();
  });
});
