// `npm run bench`: builds the app and the floor side by side, then measures
// bytes, Lighthouse (mobile), interaction timings and the decision module's
// speed. The report goes to stdout, progress to stderr; the figures to
// bench/results/latest.json. Options are in bench/README.md.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { attribute } from './lib/attribution.mjs';
import { SHARE_LINK, chromePath, launchBrowser } from './lib/browser.mjs';
import { BUILD_DIR, ROOT, buildApp, buildFloor, firstLoadSizes, floorVersions } from './lib/build.mjs';
import { measureDecision } from './lib/decision.mjs';
import { measureColdLink, measureSteps } from './lib/interaction.mjs';
import { runLighthouse } from './lib/lighthouse.mjs';
import { measureFirstLoad } from './lib/measure-load.mjs';
import { evaluateBudgets, formatConsole, formatMarkdown } from './lib/report.mjs';
import { serveStatic } from './lib/serve.mjs';
import { firstLine } from './lib/stats.mjs';

const RESULTS = path.join(ROOT, 'bench/results/latest.json');
const argv = process.argv.slice(2);
const option = (name) => argv.find((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
const value = (name, fallback) => option(name)?.split('=')[1] ?? fallback;
const skip = new Set(String(value('skip', '')).split(',').filter(Boolean));
const options = { lighthouseRuns: Math.max(1, Number(value('runs', 3))), stepTransitions: 60, coldLinkLoads: 10, recommendCalls: 100_000 };
const log = (message) => process.stderr.write(`[bench] ${message}\n`);

if (option('markdown')) {
  process.stdout.write(`${formatMarkdown(JSON.parse(await readFile(RESULTS, 'utf8')))}\n`);
  process.exit(0);
}

/** Runs one part of the bench; a part that fails is reported as such and the rest goes on. */
async function part(name, measure) {
  try {
    return await measure();
  } catch (error) {
    log(`${name}: ${firstLine(error)}`);
    return { error: firstLine(error) };
  }
}
const quietly = (command, args) => execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const gitState = () => ({
  commit: quietly('git', ['rev-parse', '--short', 'HEAD']),
  dirty: quietly('git', ['status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts', 'package.json']).length > 0,
});

// Timings are only as good as the machine is quiet: optionally wait for it.
const waitIdle = Number(value('wait-idle', option('wait-idle') ? 300 : 0));
for (const deadline = Date.now() + waitIdle * 1000; os.loadavg()[0] > os.cpus().length && Date.now() < deadline; ) {
  log(`waiting for a quiet machine: load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
  await new Promise((resolve) => setTimeout(resolve, 15_000));
}

const started = performance.now();
const results = {
  date: new Date().toISOString(),
  command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
  options,
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg(),
    node: process.version,
    chromium: await part('chromium', () => quietly(chromePath(), ['--version'])),
  },
  git: await part('git', gitState),
  versions: await part('versions', floorVersions),
};

// 1. Both builds, side by side, with the same Vite and React.
log('building the floor and the app');
const floor = await part('floor build', buildFloor);
const app = await part('app build', buildApp);
const built = !floor.error && !app.error;
results.builds = built ? { appMs: Math.round(app.ms), floorMs: Math.round(floor.ms) } : { error: floor.error ?? app.error };

const appServer = built ? await serveStatic(app.outDir) : undefined;
const floorServer = built ? await serveStatic(floor.outDir) : undefined;
const pages = built && {
  floor: `${floorServer.origin}/`,
  intro: `${appServer.origin}/`,
  result: `${appServer.origin}/${SHARE_LINK}`,
};
const browser = built ? await launchBrowser().catch((error) => void log(`browser: ${firstLine(error)}`)) : undefined;
const missing = built ? 'no browser' : 'build failed';
try {
  // 2. Bytes: what the pages really fetch, then the build manifest's view of the same.
  results.bytes = !browser ? { error: missing } : await part('bytes', async () => {
    log('first load in Chromium: floor, intro, cold share link');
    const measure = (url, outDir, ready) => measureFirstLoad(browser, { url, outDir, ready });
    const floorLoad = await measure(pages.floor, floor.outDir, 'heading');
    const intro = await measure(pages.intro, app.outDir, 'intro');
    const result = await measure(pages.result, app.outDir, 'ranking');
    const [fromApp, fromFloor] = [await firstLoadSizes(app), await firstLoadSizes(floor)];
    const names = (files) => files.map((file) => file.file).sort().join(',');
    const mismatch = [['intro', intro, fromApp.intro], ['cold link', result, fromApp.result]]
      .filter(([, measured, manifest]) => measured.usable && names(measured.firstLoad.files) !== names(manifest.files))
      .map(([label, measured, manifest]) => `${label}: measured [${names(measured.firstLoad.files)}] vs manifest [${names(manifest.files)}]`);
    const worst = (result.usable ? result : intro).firstLoad.files;
    return {
      floor: { intro: floorLoad },
      app: { intro, result },
      manifest: {
        app: { intro: fromApp.intro.total, result: fromApp.result.total, worstGzip: Math.max(fromApp.intro.total.gzip, fromApp.result.total.gzip), lazyResultChunks: fromApp.lazyResultChunks },
        floor: fromFloor.intro.total,
        matchesMeasured: mismatch.length === 0,
        mismatch: mismatch.join('; '),
      },
      attribution: attribute(app.outputs, Object.fromEntries(worst.map((file) => [file.file, file.gzip])), ROOT),
    };
  });

  // 3. Interaction, before Lighthouse takes the CPU for a minute or two.
  if (!skip.has('interaction')) {
    results.interaction = !browser ? { error: missing } : await part('interaction', async () => {
      log(`interaction: ${options.stepTransitions} step transitions, then the cold share link × ${options.coldLinkLoads}`);
      const steps = await measureSteps(browser, { origin: appServer.origin, transitions: options.stepTransitions, log });
      return { steps, coldLink: await measureColdLink(browser, { url: pages.result, runs: options.coldLinkLoads, log }) };
    });
  }
  await browser?.close();

  // 4. Lighthouse, interleaved: floor, intro, share link, floor, …
  results.lighthouse = !built || skip.has('lighthouse') ? { skipped: true } : await part('lighthouse', () => {
    log(`lighthouse: 3 pages × ${options.lighthouseRuns} runs`);
    return runLighthouse(Object.entries(pages).map(([name, url]) => ({ name, url })), { runs: options.lighthouseRuns, log });
  });
} finally {
  await browser?.close().catch(() => {});
  await Promise.all([appServer, floorServer].map((server) => server?.close()));
}

// 5. The decision module, alone, in Node.
if (!skip.has('decision')) {
  log(`decision module: ${options.recommendCalls.toLocaleString('en-US')} random answer sets, then the exhaustive subspace`);
  results.decision = await part('decision', () => measureDecision({ calls: options.recommendCalls }));
}

// ESLint lints every folder it is not told to ignore, minified bundles included: leave nothing behind unless asked.
if (!option('keep-build')) await rm(BUILD_DIR, { recursive: true, force: true });
results.durationMs = performance.now() - started;
results.machine.loadAverageAtEnd = os.loadavg();
results.budgets = evaluateBudgets(results);
await mkdir(path.dirname(RESULTS), { recursive: true });
await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${formatConsole(results)}\n`);
log(`wrote ${path.relative(ROOT, RESULTS)}`);
if (option('strict') && results.budgets.some((budget) => budget.pass === false)) process.exitCode = 1;
