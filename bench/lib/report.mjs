// Budgets, the console table and the README table, all from one results object.

export const BUDGETS = {
  gzipRatio: 1.4,
  requests: 4,
  score: 100,
  tbtMs: 10,
  cls: 0,
  lcpRatio: 1.1,
  stepP95Ms: 16,
  coldLinkMs: 100,
  callsPerSecond: 100_000,
};

const kib = (bytes) => (typeof bytes === 'number' ? `${(bytes / 1024).toFixed(1)} KiB` : 'n/a');
const ms = (value, digits = 0) => (typeof value === 'number' ? `${value.toFixed(digits)} ms` : 'n/a');
const ratio = (value) => (typeof value === 'number' ? `${value.toFixed(2)}×` : 'n/a');
const num = (value, digits = 0) => (typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a');
const div = (a, b) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : null);

/** The first-load figure that counts: the larger of the intro and the cold share link. */
export function worstFirstLoad(bytes) {
  const routes = [bytes?.app?.intro, bytes?.app?.result].filter((route) => route?.jsCss);
  if (routes.length === 0) return null;
  return routes.reduce((worst, route) => (route.jsCss.total.gzip > worst.jsCss.total.gzip ? route : worst));
}

/** Every budget of the issue, with the figure it was judged on; pass is null when not measured. */
export function evaluateBudgets(results) {
  const budgets = [];
  const add = (id, label, actual, limit, pass, shown) => budgets.push({ id, label, actual, limit, pass: actual === null || actual === undefined ? null : pass, shown });
  const { bytes, lighthouse, interaction, decision } = results;

  const floorGzip = bytes?.floor?.intro?.jsCss?.total.gzip ?? null;
  for (const [route, label] of [
    ['intro', 'intro'],
    ['result', 'cold share link'],
  ]) {
    const load = bytes?.app?.[route];
    const gzip = load?.usable ? load.jsCss.total.gzip : null;
    const r = div(gzip, floorGzip);
    add(`gzip-${route}`, `first-load JS+CSS gzip, ${label} ≤ ${BUDGETS.gzipRatio}× floor`, r, BUDGETS.gzipRatio, r <= BUDGETS.gzipRatio, `${kib(gzip)} = ${ratio(r)} floor`);
    const requests = load?.usable ? load.requestsBeforeUsable : null;
    add(`requests-${route}`, `requests before usable, ${label} ≤ ${BUDGETS.requests}`, requests, BUDGETS.requests, requests <= BUDGETS.requests, `${requests ?? 'n/a'}`);
    const foreign = load?.usable ? load.thirdParty.length + load.fonts.length : null;
    add(`third-party-${route}`, `web fonts + third-party requests, ${label} = 0`, foreign, 0, foreign === 0, `${foreign ?? 'n/a'}`);
  }
  const manifestRatio = div(bytes?.manifest?.app?.worstGzip, bytes?.manifest?.floor?.gzip);
  add('gzip-manifest', `first-load gzip from the build manifest ≤ ${BUDGETS.gzipRatio}× floor (the npm test check)`, manifestRatio, BUDGETS.gzipRatio, manifestRatio <= BUDGETS.gzipRatio, ratio(manifestRatio));

  const floorLcp = lighthouse?.floor?.median?.lcp ?? null;
  for (const [target, label] of [
    ['intro', 'intro'],
    ['result', 'cold share link'],
  ]) {
    const median = lighthouse?.[target]?.median;
    const score = median?.score ?? null;
    add(`lh-score-${target}`, `Lighthouse performance, ${label} = 100`, score, 100, score === 100, `${score ?? 'n/a'}`);
    const tbt = median?.tbt ?? null;
    add(`lh-tbt-${target}`, `TBT, ${label} ≤ ${BUDGETS.tbtMs} ms`, tbt, BUDGETS.tbtMs, tbt <= BUDGETS.tbtMs, ms(tbt));
    const cls = median?.cls ?? null;
    add(`lh-cls-${target}`, `CLS, ${label} = 0`, cls, 0, cls === 0, typeof cls === 'number' ? cls.toFixed(3) : 'n/a');
    const lcpRatio = div(median?.lcp, floorLcp);
    add(`lh-lcp-${target}`, `LCP, ${label} ≤ ${BUDGETS.lcpRatio}× floor`, lcpRatio, BUDGETS.lcpRatio, lcpRatio <= BUDGETS.lcpRatio, `${ms(median?.lcp)} = ${ratio(lcpRatio)} floor`);
  }

  const p95 = interaction?.steps?.steps?.count >= 50 ? interaction.steps.steps.p95 : null;
  add('step-p95', `Next → next question painted, p95 ≤ ${BUDGETS.stepP95Ms} ms (≥ 50 steps)`, p95, BUDGETS.stepP95Ms, p95 <= BUDGETS.stepP95Ms, ms(p95, 1));
  const cold = interaction?.coldLink?.median ?? null;
  add('cold-link', `cold link: script loaded → ranking painted ≤ ${BUDGETS.coldLinkMs} ms (median)`, cold, BUDGETS.coldLinkMs, cold <= BUDGETS.coldLinkMs, ms(cold, 1));
  const perSecond = decision?.random?.perSecond ?? null;
  add('recommend', `recommend() ≥ ${num(BUDGETS.callsPerSecond)} calls/s on one core`, perSecond, BUDGETS.callsPerSecond, perSecond >= BUDGETS.callsPerSecond, `${num(perSecond)} /s`);
  return budgets;
}

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  ')).join('\n');
}

/** The console report. */
export function formatConsole(results) {
  const out = [];
  const { bytes, lighthouse, interaction, decision } = results;
  out.push(`npm run bench — ${results.date} — ${results.git?.commit ?? ''}${results.git?.dirty ? ' (uncommitted changes)' : ''}`);
  const load = results.machine.loadAverage[0];
  out.push(`machine: ${results.machine.cpus} × ${results.machine.cpuModel}; load average ${load.toFixed(1)} at start, ${results.machine.loadAverageAtEnd?.[0]?.toFixed(1) ?? 'n/a'} at the end`);
  if (Math.max(load, results.machine.loadAverageAtEnd?.[0] ?? 0) > results.machine.cpus) {
    out.push(`WARNING: other processes kept the machine busy (load above ${results.machine.cpus}); browser timings and Lighthouse's TBT and LCP are inflated. Re-run on a quiet machine before quoting them.`);
  }
  out.push('');

  out.push('1. First load: JS + CSS fetched before the page is usable (measured in Chromium; sizes of those files)');
  if (bytes?.error) out.push(`   n/a: ${bytes.error}`);
  else {
    const floor = bytes.floor.intro;
    const row = (label, load) =>
      load?.usable
        ? [label, kib(load.jsCss.total.raw), kib(load.jsCss.total.gzip), kib(load.jsCss.total.brotli), kib(load.jsCss.css.gzip), load.requestsBeforeUsable, ratio(div(load.jsCss.total.gzip, floor?.jsCss?.total.gzip))]
        : [label, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', load?.errors?.[0] ?? 'not usable'];
    out.push(
      table([
        ['', 'raw', 'gzip', 'brotli', 'of it CSS (gzip)', 'requests', 'gzip ÷ floor'],
        row('floor ("Hello")', floor),
        row('app: intro', bytes.app.intro),
        row('app: cold share link', bytes.app.result),
      ]).replace(/^/gm, '   '),
    );
    for (const [label, load] of [
      ['intro', bytes.app.intro],
      ['cold share link', bytes.app.result],
    ]) {
      if (!load?.usable) continue;
      const pageRequests = load.requests.filter((entry) => entry.beforeUsable && !load.iconRequests.includes(entry.url)).map((entry) => `${entry.status ?? '—'} ${entry.url}`);
      const icons = [...new Set([...load.iconRequests, ...load.browserOnly])];
      out.push(`   ${label}: ${pageRequests.join(', ')}${load.afterUsable.length ? `; after usable: ${load.afterUsable.join(', ')}` : ''}${icons.length ? `; favicon, not counted: ${icons.join(', ')}` : ''}`);
    }
    if (bytes.manifest) {
      out.push(`   build manifest (what npm test checks): app ${kib(bytes.manifest.app.worstGzip)} gzip vs floor ${kib(bytes.manifest.floor.gzip)} = ${ratio(div(bytes.manifest.app.worstGzip, bytes.manifest.floor.gzip))}; ${bytes.manifest.matchesMeasured ? 'same files as measured' : `differs from measured: ${bytes.manifest.mismatch}`}`);
    }
    if (bytes.attribution?.length) {
      out.push(`   where the app's cold-link gzip bytes come from (estimate): ${bytes.attribution.slice(0, 8).map((entry) => `${entry.group} ${kib(entry.gzip)}`).join(', ')}`);
    }
  }
  out.push('');

  out.push(`2. Lighthouse ${lighthouse?.floor?.median?.lighthouseVersion ?? ''}, ${lighthouse?.floor?.median?.formFactor ?? 'mobile'}, ${lighthouse?.floor?.median?.throttlingMethod ?? 'simulated'} throttling, median of ${results.options.lighthouseRuns}`);
  if (!lighthouse || lighthouse.error || lighthouse.skipped) out.push(`   n/a: ${lighthouse?.error ?? 'skipped'}`);
  else {
    const floorLcp = lighthouse.floor?.median?.lcp;
    const row = (label, entry) => {
      const median = entry?.median;
      if (!median || median.error) return [label, 'n/a', '', '', '', '', '', median?.error ?? ''];
      return [label, median.score, ms(median.fcp), ms(median.lcp), ms(median.tbt), median.cls.toFixed(3), kib(median.bytes), ratio(div(median.lcp, floorLcp))];
    };
    out.push(
      table([
        ['', 'score', 'FCP', 'LCP', 'TBT', 'CLS', 'total bytes', 'LCP ÷ floor'],
        row('floor', lighthouse.floor),
        row('app: intro', lighthouse.intro),
        row('app: cold share link', lighthouse.result),
      ]).replace(/^/gm, '   '),
    );
    for (const [label, entry] of [
      ['intro', lighthouse.intro],
      ['cold share link', lighthouse.result],
    ]) {
      const runs = (entry?.runs ?? []).filter((run) => !run.error);
      const worstCls = runs.reduce((worst, run) => (run.cls > (worst?.cls ?? 0) ? run : worst), undefined);
      const worstTbt = runs.reduce((worst, run) => (run.tbt > (worst?.tbt ?? 0) ? run : worst), undefined);
      if (worstCls?.layoutShifts?.length) {
        out.push(`   ${label}, layout shifts (worst run): ${worstCls.layoutShifts.map((shift) => `${shift.node} ${shift.score.toFixed(3)}`).join('; ')}`);
      }
      if (worstTbt?.longTasks?.length) {
        out.push(`   ${label}, long tasks under 4× CPU (worst run): ${worstTbt.longTasks.map((task) => `${task.url || '(page)'} ${task.duration} ms`).join(', ')}`);
      }
    }
  }
  out.push('');

  out.push('3. Interaction in Chromium (no throttling, this machine)');
  const steps = interaction?.steps;
  if (!steps || interaction.error) out.push(`   n/a: ${interaction?.error ?? 'skipped'}`);
  else {
    out.push(
      steps.steps.count
        ? `   Next → next question painted: median ${ms(steps.steps.median, 1)}, p95 ${ms(steps.steps.p95, 1)}, max ${ms(steps.steps.max, 1)} over ${steps.steps.count} steps (${steps.steps.sameFrame} painted in the frame of the click; heading focused in ${steps.steps.headingFocused})`
        : `   Next → next question: n/a (${steps.failures[0]?.state ?? 'no steps'}${steps.failures[0]?.error ? `: ${steps.failures[0].error}` : ''})`,
    );
    if (steps.toResult.count) out.push(`   last Next → result painted: median ${ms(steps.toResult.median, 1)}, max ${ms(steps.toResult.max, 1)} over ${steps.toResult.count}`);
    const cold = interaction.coldLink;
    out.push(
      cold?.count
        ? `   cold share link, main script loaded → ranking painted: median ${ms(cold.median, 1)}, max ${ms(cold.max, 1)} over ${cold.count} loads (painted ${ms(cold.paintedSinceNavigation)} after navigation start)`
        : `   cold share link: n/a (${cold?.failures?.[0] ?? 'skipped'})`,
    );
  }
  out.push('');

  out.push('4. Decision module (Node, one core)');
  if (!decision || decision.error) out.push(`   n/a: ${decision?.error ?? 'skipped'}`);
  else {
    out.push(`   recommend(): ${num(decision.random.perSecond)} calls per CPU-second over ${num(decision.random.calls)} random answer sets, fastest of ${decision.random.rounds} rounds (median ${num(decision.random.medianPerSecond)}/s; wall clock ${num(decision.random.perWallSecond)}/s); full share-link answers ${num(decision.full.perSecond)}/s; no answers ${num(decision.empty.perSecond)}/s`);
    out.push(`   exhaustive subspace: ${num(decision.subspace.enumerated)} combinations in ${ms(decision.subspace.ms)} CPU (${ms(decision.subspace.wallMs)} wall; ${decision.subspace.source})`);
    if (decision.exhaustiveTest?.present) {
      out.push(`   src/decision/exhaustive.test.ts under vitest: ${decision.exhaustiveTest.error ? `error: ${decision.exhaustiveTest.error}` : `${ms(decision.exhaustiveTest.testsMs)} in the test, ${ms(decision.exhaustiveTest.wallMs)} wall (passed: ${decision.exhaustiveTest.passed})`}`);
    }
    out.push(`   whole answer space: ${num(decision.wholeSpace.size)} combinations ≈ ${num(decision.wholeSpace.estimatedHours)} h at this speed`);
  }
  out.push('');

  out.push('Budgets');
  const budgets = evaluateBudgets(results);
  out.push(table([['', 'result', ''], ...budgets.map((budget) => [budget.label, budget.shown, budget.pass === null ? 'n/a' : budget.pass ? 'met' : 'MISSED'])]).replace(/^/gm, '   '));
  const missed = budgets.filter((budget) => budget.pass === false).length;
  const unknown = budgets.filter((budget) => budget.pass === null).length;
  out.push(`   ${budgets.length - missed - unknown} met, ${missed} missed, ${unknown} not measured. Total time ${(results.durationMs / 1000).toFixed(0)} s.`);
  return out.join('\n');
}

/** The README's "Performance" table. */
export function formatMarkdown(results) {
  const { bytes, lighthouse, interaction, decision } = results;
  const floor = bytes?.floor?.intro;
  const intro = bytes?.app?.intro;
  const result = bytes?.app?.result;
  const size = (load, key) => (load?.usable ? kib(load.jsCss.total[key]) : 'n/a');
  const lh = (entry, key, format) => (entry?.median && !entry.median.error ? format(entry.median[key]) : 'n/a');
  const score = (value) => String(value);
  const cls = (value) => value.toFixed(3);
  const floorLcp = lighthouse?.floor?.median?.lcp;
  const budgets = evaluateBudgets(results);
  const verdict = (id) => {
    const budget = budgets.find((entry) => entry.id === id);
    return budget?.pass === null || !budget ? 'n/a' : budget.pass ? 'met' : '**missed**';
  };
  const lines = [
    '| | floor (React "Hello") | app: intro | app: cold share link | budget |',
    '|---|---:|---:|---:|---|',
    `| first-load JS+CSS, raw | ${size(floor, 'raw')} | ${size(intro, 'raw')} | ${size(result, 'raw')} | |`,
    `| first-load JS+CSS, gzip | ${size(floor, 'gzip')} | ${size(intro, 'gzip')} (${ratio(div(intro?.jsCss?.total.gzip, floor?.jsCss?.total.gzip))}) | ${size(result, 'gzip')} (${ratio(div(result?.jsCss?.total.gzip, floor?.jsCss?.total.gzip))}) | ≤ 1.4× floor: ${verdict('gzip-intro')} / ${verdict('gzip-result')} |`,
    `| first-load JS+CSS, brotli | ${size(floor, 'brotli')} | ${size(intro, 'brotli')} | ${size(result, 'brotli')} | |`,
    `| requests before usable | ${floor?.requestsBeforeUsable ?? 'n/a'} | ${intro?.requestsBeforeUsable ?? 'n/a'} | ${result?.requestsBeforeUsable ?? 'n/a'} | ≤ 4: ${verdict('requests-intro')} / ${verdict('requests-result')} |`,
    `| Lighthouse performance (mobile, median of ${results.options.lighthouseRuns}) | ${lh(lighthouse?.floor, 'score', score)} | ${lh(lighthouse?.intro, 'score', score)} | ${lh(lighthouse?.result, 'score', score)} | 100: ${verdict('lh-score-intro')} / ${verdict('lh-score-result')} |`,
    `| FCP | ${lh(lighthouse?.floor, 'fcp', ms)} | ${lh(lighthouse?.intro, 'fcp', ms)} | ${lh(lighthouse?.result, 'fcp', ms)} | |`,
    `| LCP | ${lh(lighthouse?.floor, 'lcp', ms)} | ${lh(lighthouse?.intro, 'lcp', ms)} (${ratio(div(lighthouse?.intro?.median?.lcp, floorLcp))}) | ${lh(lighthouse?.result, 'lcp', ms)} (${ratio(div(lighthouse?.result?.median?.lcp, floorLcp))}) | ≤ 1.1× floor: ${verdict('lh-lcp-intro')} / ${verdict('lh-lcp-result')} |`,
    `| TBT | ${lh(lighthouse?.floor, 'tbt', ms)} | ${lh(lighthouse?.intro, 'tbt', ms)} | ${lh(lighthouse?.result, 'tbt', ms)} | ≤ 10 ms: ${verdict('lh-tbt-intro')} / ${verdict('lh-tbt-result')} |`,
    `| CLS | ${lh(lighthouse?.floor, 'cls', cls)} | ${lh(lighthouse?.intro, 'cls', cls)} | ${lh(lighthouse?.result, 'cls', cls)} | 0: ${verdict('lh-cls-intro')} / ${verdict('lh-cls-result')} |`,
    `| Lighthouse total bytes | ${lh(lighthouse?.floor, 'bytes', kib)} | ${lh(lighthouse?.intro, 'bytes', kib)} | ${lh(lighthouse?.result, 'bytes', kib)} | |`,
  ];
  const steps = interaction?.steps?.steps;
  const cold = interaction?.coldLink;
  const extra = [
    `| Next → next question painted (${steps?.count ?? 0} steps) | median ${ms(steps?.median, 1)}, p95 ${ms(steps?.p95, 1)} | p95 ≤ 16 ms: ${verdict('step-p95')} |`,
    `| cold share link: script loaded → ranking painted (${cold?.count ?? 0} loads) | median ${ms(cold?.median, 1)}, max ${ms(cold?.max, 1)} | ≤ 100 ms: ${verdict('cold-link')} |`,
    `| \`recommend()\`, ${num(decision?.random?.calls)} random answer sets, one core | ${num(decision?.random?.perSecond)} calls/s | ≥ 100,000/s: ${verdict('recommend')} |`,
    `| exhaustive subspace (${num(decision?.subspace?.enumerated)} answer sets) | ${ms(decision?.subspace?.ms)} | |`,
  ];
  return [
    ...lines,
    '',
    '| interaction and engine (Chromium and Node on this machine, no throttling) | figure | budget |',
    '|---|---:|---|',
    ...extra,
  ].join('\n');
}
