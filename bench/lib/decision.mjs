// The decision module's speed: bundle src/decision for Node with rolldown
// (Vite's own bundler), then time it in a child process pinned to one core.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORKER = fileURLToPath(new URL('./decision-worker.mjs', import.meta.url));
export const DECISION_BUNDLE = path.join(ROOT, 'bench/.build/decision.mjs');

export const EXHAUSTIVE_TEST = path.join(ROOT, 'src/decision/exhaustive.test.ts');

const ENTRY = '\0bench-decision-entry';
const VITEST_STUB = '\0bench-vitest-stub';
// Top-level describe()/it() calls of the test file become no-ops, so its
// exported enumerator can be imported outside vitest.
const STUB_NAMES = ['describe', 'it', 'test', 'expect', 'bench', 'vi', 'beforeAll', 'beforeEach', 'afterAll', 'afterEach', 'expectTypeOf', 'assert'];
const STUB_SOURCE = `const noop = new Proxy(function () {}, { get: () => noop, apply: () => noop });
${STUB_NAMES.map((name) => `export const ${name} = noop;`).join('\n')}`;

/**
 * One Node bundle with the decision module's public API and, when the
 * exhaustive test exists, its exports under `exhaustive` (same copy of the
 * module, so the enumeration calls the same recommend()).
 */
export async function bundleDecision(outFile = DECISION_BUNDLE) {
  const { rolldown } = await import('rolldown');
  const lines = [`export * from ${JSON.stringify(path.join(ROOT, 'src/decision/index.ts'))};`];
  if (existsSync(EXHAUSTIVE_TEST)) lines.push(`export * as exhaustive from ${JSON.stringify(EXHAUSTIVE_TEST)};`);
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

/** Runs the worker on one core; returns its JSON report. */
export async function measureDecision({ calls = 100_000, seed = 7 } = {}) {
  const bundle = await bundleDecision();
  const args = [WORKER, bundle, String(calls), String(seed)];
  const pinned = existsSync('/usr/bin/taskset');
  const { stdout } = await run(pinned ? '/usr/bin/taskset' : process.execPath, pinned ? ['-c', '1', process.execPath, ...args] : args, {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
    timeout: 240_000,
  });
  const report = JSON.parse(stdout);
  report.pinnedToOneCore = pinned;
  report.exhaustiveTest = await timeExhaustiveTest();
  return report;
}

/**
 * When src/decision/exhaustive.test.ts exists, time it as the test runner runs
 * it (its own enumeration plus its assertions).
 */
async function timeExhaustiveTest() {
  const file = 'src/decision/exhaustive.test.ts';
  if (!existsSync(path.join(ROOT, file))) return { present: false };
  const started = performance.now();
  try {
    const { stdout } = await run(
      process.execPath,
      [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'decision', file, '--reporter=json'],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
    );
    const wallMs = performance.now() - started;
    const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
    const tests = report.testResults.flatMap((suite) => suite.assertionResults);
    return {
      present: true,
      passed: report.success,
      tests: tests.length,
      testsMs: tests.reduce((sum, test) => sum + (test.duration ?? 0), 0),
      wallMs,
    };
  } catch (error) {
    return { present: true, error: String(error?.message ?? error).split('\n')[0], wallMs: performance.now() - started };
  }
}
