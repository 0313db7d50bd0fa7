// The decision module's speed: bundle src/decision for Node with rolldown
// (Vite's own bundler), then time it in a child process pinned to one core.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { BUILD_DIR, ROOT } from './build.mjs';
import { firstLine } from './stats.mjs';

const run = promisify(execFile);
const WORKER = fileURLToPath(new URL('./decision-worker.mjs', import.meta.url));
const EXHAUSTIVE_TEST = 'src/decision/exhaustive.test.ts';
const ENTRY = '\0bench-decision-entry';
const VITEST_STUB = '\0bench-vitest-stub';
// The test file's top-level describe()/it() calls become no-ops, so that its
// exported enumerator can be imported outside vitest.
const STUB_SOURCE = `const noop = new Proxy(function () {}, { get: () => noop, apply: () => noop });
export { noop as describe, noop as it, noop as test, noop as expect, noop as vi, noop as beforeAll, noop as beforeEach, noop as afterAll, noop as afterEach };`;

/**
 * One Node bundle with the decision module's public API and, when the
 * exhaustive test exists, its exports under `exhaustive` (the same copy of
 * the module, so its enumeration calls the same recommend()).
 */
async function bundleDecision(outFile) {
  const { rolldown } = await import('rolldown');
  const lines = [`export * from ${JSON.stringify(path.join(ROOT, 'src/decision/index.ts'))};`];
  if (existsSync(path.join(ROOT, EXHAUSTIVE_TEST))) lines.push(`export * as exhaustive from ${JSON.stringify(path.join(ROOT, EXHAUSTIVE_TEST))};`);
  const bundle = await rolldown({
    input: ENTRY,
    platform: 'node',
    logLevel: 'silent',
    plugins: [
      {
        name: 'bench-entry',
        resolveId: (id) => (id === ENTRY ? ENTRY : id === 'vitest' ? VITEST_STUB : null),
        load: (id) => (id === ENTRY ? lines.join('\n') : id === VITEST_STUB ? STUB_SOURCE : null),
      },
    ],
  });
  await bundle.write({ file: outFile, format: 'esm' });
  await bundle.close();
  return outFile;
}

/** Runs the worker on one core and returns its report, with the exhaustive test timed as vitest runs it. */
export async function measureDecision({ calls = 100_000, seed = 7 } = {}) {
  const args = [WORKER, await bundleDecision(path.join(BUILD_DIR, 'decision.mjs')), String(calls), String(seed)];
  const pinned = existsSync('/usr/bin/taskset');
  const { stdout } = await run(pinned ? '/usr/bin/taskset' : process.execPath, pinned ? ['-c', '1', process.execPath, ...args] : args, {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
    timeout: 240_000,
  });
  return { ...JSON.parse(stdout), pinnedToOneCore: pinned, exhaustiveTest: await timeExhaustiveTest() };
}

async function timeExhaustiveTest() {
  if (!existsSync(path.join(ROOT, EXHAUSTIVE_TEST))) return { present: false };
  const started = performance.now();
  try {
    const vitest = path.join(ROOT, 'node_modules/vitest/vitest.mjs');
    const { stdout } = await run(process.execPath, [vitest, 'run', '--project', 'decision', EXHAUSTIVE_TEST, '--reporter=json'], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
      timeout: 300_000,
    });
    const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
    const tests = report.testResults.flatMap((suite) => suite.assertionResults);
    return { present: true, passed: report.success, testsMs: tests.reduce((sum, test) => sum + (test.duration ?? 0), 0), wallMs: performance.now() - started };
  } catch (error) {
    return { present: true, error: firstLine(error), wallMs: performance.now() - started };
  }
}
