// What would a proposed change buy? Builds the app once per variant in
// bench/lib/variants.mjs (edits applied in memory; src/ is never written),
// then measures first-load size, step transitions and the cold share link for
// each, side by side with the unchanged app in the same session.
//
//   node bench/experiments.mjs                   every variant, plus all of them combined
//   node bench/experiments.mjs tiny-router       just that one (and the baseline)
//   node bench/experiments.mjs --out=DIR tiny-router
//       only build that variant into DIR, e.g. to run the browser tests on it:
//       E2E_DIST=DIR npx vitest run --config vitest.e2e.config.ts
import { rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from './lib/browser.mjs';
import { BUILD_DIR, buildApp, buildFloor, firstLoadSizes } from './lib/build.mjs';
import { SLOW_4G, measureColdLink, measureSteps } from './lib/interaction.mjs';
import { SHARE_LINK } from './lib/routes.mjs';
import { serveStatic } from './lib/serve.mjs';
import { VARIANTS, combine, editPlugin } from './lib/variants.mjs';

const log = (message) => process.stderr.write(`[experiments] ${message}\n`);
const out = process.argv.find((arg) => arg.startsWith('--out='))?.slice('--out='.length);
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

if (out) {
  const variant = wanted.length === 1 ? VARIANTS.find((candidate) => candidate.name === wanted[0]) : combine('combined', VARIANTS.filter((candidate) => wanted.includes(candidate.name)));
  if (!variant || wanted.length === 0) throw new Error(`--out needs variant names: ${VARIANTS.map((candidate) => candidate.name).join(', ')}`);
  const applied = new Set();
  await buildApp(path.resolve(out), { plugins: [editPlugin(variant, applied)], resolve: { alias: variant.alias ?? [] }, build: variant.build ?? {} });
  const missing = (variant.edits ?? []).filter((_, index) => !applied.has(index));
  if (missing.length > 0) throw new Error(`no longer applies: ${missing.map((edit) => edit.file).join(', ')}`);
  log(`built ${variant.name} into ${path.resolve(out)}`);
  process.exit(0);
}

const chosen = VARIANTS.filter((variant) => variant.name === 'baseline' || wanted.length === 0 || wanted.includes(variant.name));
const candidates = chosen.filter((variant) => variant.name !== 'baseline');
if (candidates.length > 1) chosen.push(combine('all of the above', candidates));

const floor = await firstLoadSizes(await buildFloor(path.join(BUILD_DIR, 'experiments/floor')));
const floorGzip = floor.intro.total.gzip;
const browser = await launchBrowser();
const rows = [];
try {
  for (const variant of chosen) {
    const applied = new Set();
    log(`${variant.name}: building`);
    const outDir = path.join(BUILD_DIR, 'experiments', variant.name.replace(/\W+/g, '-'));
    let built;
    try {
      built = await buildApp(outDir, { plugins: [editPlugin(variant, applied)], resolve: { alias: variant.alias ?? [] }, build: variant.build ?? {} });
    } catch (error) {
      rows.push({ variant: variant.name, error: String(error?.message ?? error).split('\n')[0] });
      continue;
    }
    const missing = (variant.edits ?? []).filter((_, index) => !applied.has(index));
    if (missing.length > 0) {
      rows.push({ variant: variant.name, error: `no longer applies: ${missing.map((edit) => `${edit.file} has no ${edit.find}`).join('; ')}` });
      continue;
    }
    const sizes = await firstLoadSizes(built);
    const server = await serveStatic(outDir);
    try {
      log(`${variant.name}: steps and cold link`);
      const steps = await measureSteps(browser, { origin: server.origin, transitions: 60 });
      const cold = await measureColdLink(browser, { url: `${server.origin}/${SHARE_LINK}`, runs: 10 });
      const slow = await measureColdLink(browser, { url: `${server.origin}/${SHARE_LINK}`, runs: 3, throttle: SLOW_4G });
      rows.push({
        variant: variant.name,
        description: variant.description,
        introGzip: sizes.intro.total.gzip,
        resultGzip: sizes.result.total.gzip,
        // index.html plus the JS and CSS files of each first load.
        introRequests: sizes.intro.files.length + 1,
        resultRequests: sizes.result.files.length + 1,
        steps: steps.steps,
        cold,
        slow,
      });
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
  // Minified bundles would otherwise be linted by `npm run lint`.
  await rm(path.join(BUILD_DIR, 'experiments'), { recursive: true, force: true });
  await rmdir(BUILD_DIR).catch(() => {});
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => (typeof value === 'number' ? `${value.toFixed(1)} ms` : 'n/a');
process.stdout.write(`floor: ${kib(floorGzip)} gzip; budget 1.4× = ${kib(floorGzip * 1.4)}\n\n`);
for (const row of rows) {
  if (row.error) {
    process.stdout.write(`${row.variant}: n/a (${row.error})\n\n`);
    continue;
  }
  process.stdout.write(
    [
      `${row.variant}: ${row.description}`,
      `  first load gzip: intro ${kib(row.introGzip)} (${(row.introGzip / floorGzip).toFixed(2)}×, ${row.introRequests} requests), cold link ${kib(row.resultGzip)} (${(row.resultGzip / floorGzip).toFixed(2)}×, ${row.resultRequests} requests)`,
      `  Next → painted: median ${ms(row.steps.median)}, p95 ${ms(row.steps.p95)}, ${row.steps.sameFrame}/${row.steps.count} in the click's frame`,
      `  cold link script → ranking painted: median ${ms(row.cold.median)}, max ${ms(row.cold.max)} (${row.cold.count} loads)`,
      `  cold link on slow 4G + 4× CPU (DevTools throttling, ${row.slow.count} loads): ranking painted ${ms(row.slow.paintedSinceNavigation)} after navigation, LCP ${ms(row.slow.lcp)}, CLS ${row.slow.cls?.toFixed(3) ?? 'n/a'}`,
      '',
    ].join('\n'),
  );
}
