// `npm run bench`: builds the app and the floor fixture side by side, then
// measures bytes, Lighthouse (mobile), interaction timings and the decision
// module's speed. Prints a table and writes bench/results/latest.json.
//
//   npm run bench                      everything (about 3–5 minutes on 2 cores)
//   npm run bench -- --runs=1          one Lighthouse run per page instead of three
//   npm run bench -- --skip=lighthouse,interaction,decision
//   npm run bench -- --strict          exit 1 when a budget is missed
//   npm run bench -- --markdown        print the README table from latest.json, measure nothing
//   npm run bench -- --keep-build      keep bench/.build/ (the app build, the decision bundle) for a look
//   npm run bench -- --wait-idle=300   first wait up to 300 s for the machine to be quiet (load below its cores)
//
// Progress goes to stderr, the report to stdout.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { attribute } from './lib/attribution.mjs';
import { chromePath, launchBrowser } from './lib/browser.mjs';
import { APP_OUT, BUILD_DIR, FLOOR_OUT, ROOT, buildApp, buildFloor, firstLoadSizes, floorVersions } from './lib/build.mjs';
import { measureDecision } from './lib/decision.mjs';
import { measureColdLink, measureSteps } from './lib/interaction.mjs';
import { runLighthouse } from './lib/lighthouse.mjs';
import { measureFirstLoad } from './lib/measure-load.mjs';
import { SHARE_LINK } from './lib/routes.mjs';
import { evaluateBudgets, formatConsole, formatMarkdown } from './lib/report.mjs';
import { serveStatic } from './lib/serve.mjs';

const RESULTS = path.join(ROOT, 'bench/results/latest.json');

const argv = process.argv.slice(2);
const option = (name) => argv.find((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
const value = (name, fallback) => option(name)?.split('=')[1] ?? fallback;
const skip = new Set(String(value('skip', '')).split(',').filter(Boolean));
const options = { lighthouseRuns: Math.max(1, Number(value('runs', 3))), stepTransitions: 60, coldLinkLoads: 10, recommendCalls: 100_000 };

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const describe = (error) => String(error?.message ?? error).split('\n')[0];

if (option('markdown')) {
  process.stdout.write(`${formatMarkdown(JSON.parse(await readFile(RESULTS, 'utf8')))}\n`);
  process.exit(0);
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
    chromium: chromiumVersion(),
  },
  git: gitState(),
  versions: await floorVersions().catch(() => ({})),
};

function chromiumVersion() {
  try {
    return execFileSync(chromePath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch (error) {
    return `unavailable: ${describe(error)}`;
  }
}

function gitState() {
  try {
    const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return { commit: git('rev-parse', '--short', 'HEAD'), dirty: git('status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts', 'package.json').length > 0 };
  } catch {
    return {};
  }
}

// Timings are only as good as the machine is quiet: optionally wait for it.
const waitIdle = Number(value('wait-idle', option('wait-idle') ? 300 : 0));
if (waitIdle > 0) {
  const deadline = Date.now() + waitIdle * 1000;
  while (os.loadavg()[0] > os.cpus().length && Date.now() < deadline) {
    log(`waiting for a quiet machine: load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
    await new Promise((resolve) => setTimeout(resolve, 15_000));
  }
  results.machine.loadAverage = os.loadavg();
}

// 1. Build both, side by side, with the same Vite and React.
let app;
let floor;
try {
  log('building the floor and the app');
  floor = await buildFloor(FLOOR_OUT);
  app = await buildApp(APP_OUT);
  results.builds = { appMs: Math.round(app.ms), floorMs: Math.round(floor.ms) };
} catch (error) {
  results.builds = { error: describe(error) };
  log(`build failed: ${describe(error)}`);
}

const servers = [];
let browser;
try {
  const appServer = app ? await serveStatic(app.outDir) : undefined;
  const floorServer = floor ? await serveStatic(floor.outDir) : undefined;
  servers.push(...[appServer, floorServer].filter(Boolean));

  // Bytes: what the pages really fetch, then the manifest's view of it.
  if (app && floor) {
    try {
      browser = await launchBrowser();
      log('first load in Chromium: floor, intro, cold share link');
      const floorLoad = await measureFirstLoad(browser, { url: `${floorServer.origin}/`, server: floorServer, outDir: floor.outDir, ready: ['heading'] });
      const intro = await measureFirstLoad(browser, { url: `${appServer.origin}/`, server: appServer, outDir: app.outDir, ready: ['intro', 'heading'] });
      const result = await measureFirstLoad(browser, { url: `${appServer.origin}/${SHARE_LINK}`, server: appServer, outDir: app.outDir, ready: ['ranking'] });
      results.bytes = { floor: { intro: floorLoad }, app: { intro, result } };

      const manifestApp = await firstLoadSizes(app);
      const manifestFloor = await firstLoadSizes(floor);
      const measuredFiles = (load) => load.jsCss.files.map((file) => file.file).sort().join(',');
      const manifestFiles = (route) => route.files.map((file) => file.file).sort().join(',');
      const mismatch = [
        ['intro', intro, manifestApp.intro],
        ['cold link', result, manifestApp.result],
      ]
        .filter(([, load, route]) => load.usable && measuredFiles(load) !== manifestFiles(route))
        .map(([label, load, route]) => `${label}: measured [${measuredFiles(load)}] vs manifest [${manifestFiles(route)}]`);
      results.bytes.manifest = {
        app: { intro: manifestApp.intro.total, result: manifestApp.result.total, worstGzip: Math.max(manifestApp.intro.total.gzip, manifestApp.result.total.gzip), lazyResultChunks: manifestApp.lazyResultChunks },
        floor: manifestFloor.intro.total,
        matchesMeasured: mismatch.length === 0,
        mismatch: mismatch.join('; '),
      };
      const worst = result.usable ? result : intro;
      const gzipByFile = Object.fromEntries(worst.jsCss.files.map((file) => [file.file, file]));
      results.bytes.attribution = attribute(app.outputs, Object.keys(gzipByFile), gzipByFile, ROOT);
    } catch (error) {
      results.bytes = { error: describe(error) };
      log(`bytes: ${describe(error)}`);
    }
  } else {
    results.bytes = { error: 'build failed' };
  }

  // Interaction, before Lighthouse takes the CPU for a minute or two.
  if (!skip.has('interaction') && app) {
    try {
      browser ??= await launchBrowser();
      log(`interaction: ${options.stepTransitions} step transitions`);
      const steps = await measureSteps(browser, { origin: appServer.origin, transitions: options.stepTransitions, log });
      log(`interaction: cold share link × ${options.coldLinkLoads}`);
      const coldLink = await measureColdLink(browser, { url: `${appServer.origin}/${SHARE_LINK}`, runs: options.coldLinkLoads, log });
      results.interaction = { steps, coldLink };
    } catch (error) {
      results.interaction = { error: describe(error) };
      log(`interaction: ${describe(error)}`);
    }
  }
  await browser?.close();
  browser = undefined;

  // Lighthouse, interleaved: floor, intro, share link, floor, …
  if (!skip.has('lighthouse') && app && floor) {
    try {
      log(`lighthouse: 3 pages × ${options.lighthouseRuns} runs`);
      results.lighthouse = await runLighthouse(
        [
          { name: 'floor', url: `${floorServer.origin}/` },
          { name: 'intro', url: `${appServer.origin}/` },
          { name: 'result', url: `${appServer.origin}/${SHARE_LINK}` },
        ],
        { runs: options.lighthouseRuns, log },
      );
    } catch (error) {
      results.lighthouse = { error: describe(error) };
      log(`lighthouse: ${describe(error)}`);
    }
  } else {
    results.lighthouse = { skipped: true };
  }
} finally {
  await browser?.close().catch(() => {});
  await Promise.all(servers.map((server) => server.close()));
}

// The decision module, alone, in Node.
if (!skip.has('decision')) {
  try {
    log(`decision module: ${options.recommendCalls.toLocaleString('en-US')} random answer sets, then the exhaustive subspace`);
    results.decision = await measureDecision({ calls: options.recommendCalls });
  } catch (error) {
    results.decision = { error: describe(error) };
    log(`decision: ${describe(error)}`);
  }
}

// ESLint lints every folder it is not told to ignore, minified bundles
// included; leave nothing behind unless asked to.
if (!option('keep-build')) await rm(BUILD_DIR, { recursive: true, force: true });

results.durationMs = performance.now() - started;
results.machine.loadAverageAtEnd = os.loadavg();
results.budgets = evaluateBudgets(results);
await mkdir(path.dirname(RESULTS), { recursive: true });
await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${formatConsole(results)}\n`);
log(`wrote ${path.relative(ROOT, RESULTS)}`);
if (option('strict') && results.budgets.some((budget) => budget.pass === false)) process.exitCode = 1;
