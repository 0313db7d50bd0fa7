import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHODS, METHOD_RULES, QUESTIONS, SERVICES, SERVICE_RULES } from '../src/decision';

/**
 * The size budget from the performance issue: what the intro page and a cold
 * share link download before they are usable (the document, JS and CSS, gzip
 * level 9) is at most 1.4 × the same figure for a bare React "hello" built by
 * the same Vite with the same React (bench/floor/). Both are built here, in
 * this run. The first-load files come from index.html and the Vite manifest:
 * the document, which carries the app's entry chunk and stylesheet inline
 * (decision 0013), the files it references and their static imports, and for
 * the share link any lazy chunk that holds the result screen (none: it is in
 * the entry, decision 0011). `npm run bench` checks the same set against what
 * Chromium actually fetches. Timing budgets are not tested here: they live in
 * the bench.
 */
const BUDGET = 1.4;
/**
 * Where both pages stand (1.39 ×, decision 0013), with half a kilobyte to
 * spare: growth fails the test before it reaches the budget. Raise it only
 * with a reason, and lower it whenever the first load gets smaller.
 */
const CEILING = 1.395;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What `node bench/lib/build.mjs` prints (the parts read here). */
interface Sizes {
  readonly raw: number;
  readonly gzip: number;
}
interface RouteSizes {
  readonly total: Sizes;
  readonly files: readonly ({ readonly file: string } & Sizes)[];
}
interface BuildReport {
  readonly app: { readonly intro: RouteSizes; readonly result: RouteSizes; readonly lazyResultChunks: readonly string[] };
  readonly floor: { readonly intro: RouteSizes };
  readonly floorVersions: Readonly<Record<string, string>>;
}
type RecordedFloor = Sizes & { readonly versions: Readonly<Record<string, string>> };

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const listing = (route: RouteSizes) => route.files.map((file) => `${file.file} ${kib(file.gzip)}`).join(', ');

let report: BuildReport;
let temp: string;

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'bundle-size-'));
  // A child process, so Vite builds for production rather than under vitest's NODE_ENV=test.
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['bench/lib/build.mjs', path.join(temp, 'app'), path.join(temp, 'floor')],
    { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 16 * 1024 * 1024 },
  );
  report = JSON.parse(stdout) as BuildReport;
}, 120_000);

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('first-load bundle size', () => {
  it('puts the result’s first screen in the entry chunk: a share link downloads what the start page does (decision 0011)', () => {
    expect(report.app.lazyResultChunks).toEqual([]);
    expect(report.app.result.files.map((file) => file.file)).toEqual(report.app.intro.files.map((file) => file.file));
  });

  it('keeps the words behind the ranking and the questions’ words out of the first load', async () => {
    const firstLoad = (
      await Promise.all(report.app.result.files.map((file) => readFile(path.join(temp, 'app', file.file), 'utf8')))
    ).join('\n');
    const words = [
      ...SERVICE_RULES.flatMap((rule) => [rule.statement, ...rule.cases.map((ruleCase) => ruleCase.text)]),
      ...METHOD_RULES.map((rule) => rule.statement),
      ...Object.values(SERVICES).map((service) => service.summary),
      ...Object.values(METHODS).map((method) => method.today.text),
      ...QUESTIONS.map((question) => question.prompt),
    ].filter((text) => !text.includes('${'));
    expect(words.length).toBeGreaterThan(40);
    expect(words.filter((text) => firstLoad.includes(text.slice(0, 60)))).toEqual([]);
  });

  it('keeps the floor what it was recorded as, while its versions are unchanged', async () => {
    const recorded = JSON.parse(await readFile(path.join(ROOT, 'bench/floor/recorded.json'), 'utf8')) as RecordedFloor;
    const floor = report.floor.intro.total;
    expect(floor.gzip, 'the floor ships nothing but React').toBeGreaterThan(40 * 1024);
    if (JSON.stringify(recorded.versions) !== JSON.stringify(report.floorVersions)) {
      console.warn(
        `bench/floor/recorded.json is for ${JSON.stringify(recorded.versions)}; installed: ${JSON.stringify(report.floorVersions)}. ` +
          `Record the new floor (${floor.raw} raw, ${floor.gzip} gzip) after checking the upgrade.`,
      );
      return;
    }
    // A little slack for a different zlib; a changed floor would move far more.
    expect(Math.abs(floor.gzip - recorded.gzip) / recorded.gzip, `floor gzip ${floor.gzip} vs recorded ${recorded.gzip}`).toBeLessThan(0.01);
  });

  it.each([
    ['the intro page', CEILING, 'intro'],
    ['a cold share link', CEILING, 'result'],
  ] as const)('keeps %s within %s × the floor (gzip)', (_label, ratio, route) => {
    const app = report.app[route];
    const floor = report.floor.intro.total.gzip;
    const limit = Math.floor(ratio * floor);
    expect(
      app.total.gzip,
      `${kib(app.total.gzip)} gzip is ${(app.total.gzip / floor).toFixed(2)} × the floor's ${kib(floor)}; ` +
        `the ceiling is ${kib(limit)} (the budget ${BUDGET} ×), ${kib(app.total.gzip - limit)} over. Files: ${listing(app)}`,
    ).toBeLessThanOrEqual(limit);
  });
});
