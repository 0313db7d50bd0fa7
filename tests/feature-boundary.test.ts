import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Features never import each other, and lint is what says so (eslint.config.js, one zone per
 * feature). This proves the zones are on: each probe is linted as if it were a file of src/.
 */
const RULE = 'boundaries/restricted-paths';
const FEATURES = readdirSync(new URL('../src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name)
  .filter((name) => readdirSync(new URL(`../src/features/${name}/`, import.meta.url), { recursive: true }).some((file) => /\.tsx?$/.test(String(file))));

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** The boundary problems of one probe file, one line each: "line: message". */
async function boundaryProblems(filePath: string, lines: readonly string[]) {
  const [result] = await eslint.lintText(lines.join('\n'), { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === RULE).map((message) => `${message.line}: ${message.message}`);
}

describe('the feature boundaries', () => {
  it('has features to guard', () => {
    expect(FEATURES).toEqual(expect.arrayContaining(['compare', 'export', 'intro', 'result', 'wizard']));
  });

  it.each(FEATURES)('rejects %s importing another feature', async (feature) => {
    const other = FEATURES.find((candidate) => candidate !== feature)!;
    const problems = await boundaryProblems(`src/features/${feature}/probe.ts`, [`import { thing } from '../${other}/thing';`, 'export const used = thing;']);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^1: '\\.\\./${other}/thing': Features never import each other`))]);
  }, 30_000);

  it('sees every way in, from any depth: declarations, re-exports, import(), vi.mock(), stylesheets', async () => {
    const problems = await boundaryProblems('src/features/result/details/probe.test.tsx', [
      "import { ComparePage } from '../../compare/compare-page';",
      "import type { ExportTools } from '../../export/export-tools';",
      "export { QuestionPage } from '../../wizard/question-page';",
      "export * from '../../intro/intro-page';",
      "export const later = () => import('../../export/to-markdown');",
      'export const template = () => import(`../../export/to-markdown`);',
      "vi.mock('../../compare/compare-page');",
      "import '../../colleague/colleague.css';",
      'export const used = [ComparePage, {} as ExportTools];',
    ]);
    expect(problems.map((problem) => problem.split(':')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  }, 30_000);

  it('lets a feature use its own files, features/shared/ and the decision module', async () => {
    const problems = await boundaryProblems('src/features/compare/probe.tsx', [
      "import { RuleRow } from './rule-row';",
      "import { joinWords } from '../shared/words';",
      "import { useAnswersStore } from '../shared/answers/answers-store';",
      "import { recommend } from '../../decision';",
      'export const used = [RuleRow, joinWords, useAnswersStore, recommend];',
    ]);
    expect(problems).toEqual([]);
  }, 30_000);

  it('reads where an import lands, not how it is spelled: a folder of a feature may share another feature’s name', async () => {
    // From result/details/, "../compare/…" is result/compare/, inside the result.
    expect(await boundaryProblems('src/features/result/details/probe.ts', ["export { thing } from '../compare/thing';"])).toEqual([]);
  }, 30_000);

  it('keeps features/shared/ free of every feature, and every feature free of src/app/', async () => {
    expect(await boundaryProblems('src/features/shared/probe.ts', ["export { ResultPage } from '../result/result-page';"])).toEqual([
      expect.stringContaining('features/shared/ is what every feature may use'),
    ]);
    expect(await boundaryProblems('src/features/intro/probe.ts', ["export { renderApp } from '../../app/test-utils';"])).toEqual([
      expect.stringContaining('decision ← features ← app'),
    ]);
  }, 30_000);

  it('leaves src/app/ free to compose features', async () => {
    const problems = await boundaryProblems('src/app/probe.tsx', [
      "import { ResultPage } from '../features/result/result-page';",
      "import { ExportTools } from '../features/export/export-tools';",
      'export const used = [ResultPage, ExportTools];',
    ]);
    expect(problems).toEqual([]);
  }, 30_000);
});
