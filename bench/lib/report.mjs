// Budgets, the console report and the README's tables, all from one results object.

export const BUDGETS = { gzipRatio: 1.4, requests: 4, tbtMs: 10, lcpRatio: 1.1, stepP95Ms: 16, coldLinkMs: 100, callsPerSecond: 100_000 };
const PAGES = [
  ['intro', 'intro'],
  ['result', 'cold share link'],
];

const isNum = (value) => typeof value === 'number' && Number.isFinite(value);
const kib = (bytes) => (isNum(bytes) ? `${(bytes / 1024).toFixed(1)} KiB` : 'n/a');
const ms = (value, digits = 0) => (isNum(value) ? `${value.toFixed(digits)} ms` : 'n/a');
const ratio = (value) => (isNum(value) ? `${value.toFixed(2)}×` : 'n/a');
const num = (value) => (isNum(value) ? Math.round(value).toLocaleString('en-US') : 'n/a');
const div = (a, b) => (isNum(a) && isNum(b) && b > 0 ? a / b : null);

/** A page's first load when it became usable ('floor', 'intro' or 'result'). */
const load = (results, page) => {
  const entry = page === 'floor' ? results.bytes?.floor?.intro : results.bytes?.app?.[page];
  return entry?.usable ? entry : undefined;
};
/** A page's median Lighthouse run. */
const lighthouse = (results, page) => {
  const median = results.lighthouse?.[page]?.median;
  return median && !median.error ? median : undefined;
};

/** Every budget, with the figure it was judged on; pass is null when it was not measured. */
export function evaluateBudgets(results) {
  const budgets = [];
  const judge = (id, label, actual, pass) => budgets.push({ id, label, actual: isNum(actual) ? actual : null, pass: isNum(actual) ? pass(actual) : null });
  const floorGzip = load(results, 'floor')?.firstLoad.total.gzip;
  const floorLcp = lighthouse(results, 'floor')?.lcp;
  for (const [page, name] of PAGES) {
    const first = load(results, page);
    const lh = lighthouse(results, page);
    judge(`gzip-${page}`, `first load (document, JS, CSS) gzip, ${name} ≤ ${BUDGETS.gzipRatio}× floor`, div(first?.firstLoad.total.gzip, floorGzip), (r) => r <= BUDGETS.gzipRatio);
    judge(`requests-${page}`, `requests before usable, ${name} ≤ ${BUDGETS.requests}`, first?.requestsBeforeUsable, (n) => n <= BUDGETS.requests);
    judge(`third-party-${page}`, `web fonts + third-party requests, ${name} = 0`, first && first.thirdParty.length + first.fonts.length, (n) => n === 0);
    judge(`lh-score-${page}`, `Lighthouse performance, ${name} = 100`, lh?.score, (score) => score === 100);
    judge(`lh-lcp-${page}`, `LCP, ${name} ≤ ${BUDGETS.lcpRatio}× floor`, div(lh?.lcp, floorLcp), (r) => r <= BUDGETS.lcpRatio);
    judge(`lh-tbt-${page}`, `TBT, ${name} ≤ ${BUDGETS.tbtMs} ms`, lh?.tbt, (tbt) => tbt <= BUDGETS.tbtMs);
    judge(`lh-cls-${page}`, `CLS, ${name} = 0`, lh?.cls, (cls) => cls === 0);
  }
  const manifest = results.bytes?.manifest;
  judge('gzip-manifest', `first-load gzip from the build manifest ≤ ${BUDGETS.gzipRatio}× floor`, div(manifest?.app.worstGzip, manifest?.floor.gzip), (r) => r <= BUDGETS.gzipRatio);
  const steps = results.interaction?.steps?.steps;
  judge('step-p95', `Next → next question painted, p95 ≤ ${BUDGETS.stepP95Ms} ms`, steps?.count >= 50 ? steps.p95 : null, (p95) => p95 <= BUDGETS.stepP95Ms);
  judge('cold-link', `cold link: script → ranking painted ≤ ${BUDGETS.coldLinkMs} ms`, results.interaction?.coldLink?.median, (median) => median <= BUDGETS.coldLinkMs);
  judge('recommend', `recommend() ≥ ${num(BUDGETS.callsPerSecond)} calls/s`, results.decision?.random?.perSecond, (rate) => rate >= BUDGETS.callsPerSecond);
  return budgets;
}

/** The two tables: pages side by side with the floor, then interaction and engine, each row with its budget. */
function tables(results, markdown) {
  const budgets = evaluateBudgets(results);
  const verdict = (id) => {
    const pass = budgets.find((budget) => budget.id === id)?.pass;
    return pass === null || pass === undefined ? 'n/a' : pass ? 'met' : markdown ? '**missed**' : 'MISSED';
  };
  const both = (id, limit) => `${limit}: ${verdict(`${id}-intro`)} / ${verdict(`${id}-result`)}`;
  const row = (label, cell, budget = '') => [label, ...['floor', 'intro', 'result'].map(cell), budget];
  const versus = (value, page, format) => (page === 'floor' || !isNum(value(page)) ? format(value(page)) : `${format(value(page))} (${ratio(div(value(page), value('floor')))})`);
  const bytes = (key) => (page) => load(results, page)?.firstLoad.total[key];
  const count = (get) => (page) => String(load(results, page) ? get(load(results, page)) : 'n/a');
  const lh = (key, format) => (page) => (lighthouse(results, page) ? format(lighthouse(results, page)[key]) : 'n/a');
  const lcp = (page) => lighthouse(results, page)?.lcp;
  const manifest = results.bytes?.manifest;
  const manifestGzip = { floor: manifest?.floor.gzip, intro: manifest?.app.intro.gzip, result: manifest?.app.result.gzip };
  const pages = [
    ['', 'floor (React "Hello")', 'app: intro', 'app: cold share link', 'budget'],
    row('first load (document, JS, CSS), raw', (page) => kib(bytes('raw')(page))),
    row('first load (document, JS, CSS), gzip', (page) => versus(bytes('gzip'), page, kib), both('gzip', `≤ ${BUDGETS.gzipRatio}× floor`)),
    row('first load (document, JS, CSS), brotli', (page) => kib(bytes('brotli')(page))),
    row('of which the document, gzip', (page) => kib(load(results, page)?.firstLoad.html.gzip)),
    row('requests before usable', count((first) => first.requestsBeforeUsable), both('requests', `≤ ${BUDGETS.requests}`)),
    row('web fonts + third-party requests', count((first) => first.thirdParty.length + first.fonts.length), both('third-party', '0')),
    row('first-load gzip, build manifest (npm test)', (page) => kib(manifestGzip[page]), `≤ ${BUDGETS.gzipRatio}× floor: ${verdict('gzip-manifest')}`),
    row(`Lighthouse performance (mobile, median of ${results.options.lighthouseRuns})`, lh('score', String), both('lh-score', '100')),
    row('FCP', lh('fcp', ms)),
    row('LCP', (page) => versus(lcp, page, ms), both('lh-lcp', `≤ ${BUDGETS.lcpRatio}× floor`)),
    row('TBT', lh('tbt', ms), both('lh-tbt', `≤ ${BUDGETS.tbtMs} ms`)),
    row('CLS', lh('cls', (cls) => cls.toFixed(3)), both('lh-cls', '0')),
    row('Lighthouse total bytes', lh('bytes', kib)),
  ];
  const steps = results.interaction?.steps?.steps;
  const cold = results.interaction?.coldLink;
  const decision = results.decision;
  const engine = [
    ['interaction and engine (Chromium and Node on this machine, no throttling)', 'figure', 'budget'],
    [`Next → next question painted (${steps?.count ?? 0} steps)`, `median ${ms(steps?.median, 1)}, p95 ${ms(steps?.p95, 1)}`, `p95 ≤ ${BUDGETS.stepP95Ms} ms: ${verdict('step-p95')}`],
    [`cold share link: script loaded → ranking painted (${cold?.count ?? 0} loads)`, `median ${ms(cold?.median, 1)}, max ${ms(cold?.max, 1)}`, `≤ ${BUDGETS.coldLinkMs} ms: ${verdict('cold-link')}`],
    [`\`recommend()\`, ${num(decision?.random?.calls)} random answer sets, one core`, `${num(decision?.random?.perSecond)} calls/s`, `≥ ${num(BUDGETS.callsPerSecond)}/s: ${verdict('recommend')}`],
    [`exhaustive subspace (${num(decision?.subspace?.enumerated)} answer sets)`, ms(decision?.subspace?.ms), ''],
  ];
  return { budgets, pages, engine };
}

/** Aligned plain text, or a Markdown table; the first and last columns are left-aligned. */
function render(rows, markdown) {
  const last = rows[0].length - 1;
  if (markdown) {
    const rule = rows[0].map((_, column) => (column === 0 || column === last ? '---' : '---:'));
    return [rows[0], rule, ...rows.slice(1)].map((row) => `| ${row.join(' | ')} |`).join('\n');
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const cell = (text, column) => (column === 0 || column === last ? text.padEnd(widths[column]) : text.padStart(widths[column]));
  return rows.map((row) => `   ${row.map(cell).join('  ').trimEnd()}`).join('\n');
}

/** The README's "Performance" tables. */
export function formatMarkdown(results) {
  const { pages, engine } = tables(results, true);
  return `${render(pages, true)}\n\n${render(engine, true)}`;
}

/** The console report: both tables with what each figure is made of, then the budgets' tally. */
export function formatConsole(results) {
  const { budgets, pages, engine } = tables(results, false);
  const { machine, bytes, lighthouse: lh, interaction, decision } = results;
  const out = [`npm run bench — ${results.date} — ${results.git?.commit ?? ''}${results.git?.dirty ? ' (uncommitted changes)' : ''}`];
  const [start, end] = [machine.loadAverage[0], machine.loadAverageAtEnd?.[0] ?? 0];
  out.push(`machine: ${machine.cpus} × ${machine.cpuModel}; load average ${start.toFixed(1)} at start, ${end.toFixed(1)} at the end`);
  if (Math.max(start, end) > machine.cpus) {
    out.push(`WARNING: other processes kept the machine busy (load above ${machine.cpus}); browser timings and Lighthouse's TBT and LCP are inflated. Re-run on a quiet machine before quoting them.`);
  }
  out.push('', `Pages, side by side with the floor (first load measured in Chromium; Lighthouse${lh?.floor?.median?.lighthouseVersion ? ` ${lh.floor.median.lighthouseVersion}` : ''} with simulated slow 4G and 4× CPU)`);
  out.push(render(pages, false));
  for (const [what, failed] of [['bytes', bytes?.error], ['Lighthouse', lh?.error ?? (lh?.skipped && 'skipped')]]) if (failed) out.push(`   ${what}: n/a (${failed})`);
  // Lighthouse's LCP is when the last of these ends, so they explain an LCP ratio.
  for (const [page, name] of [['floor', 'floor'], ...PAGES]) {
    const path = lh?.[page]?.median?.lcpRequests;
    if (path?.length) out.push(`   ${name}, requests before the LCP as Lighthouse simulates them (median run): ${path.map((request) => `${request.file} ${kib(request.bytes)} ${request.start}–${request.end} ms${request.newConnection ? ', new connection' : ''}`).join('; ')}`);
  }
  for (const [page, name] of PAGES) {
    const first = load(results, page);
    if (!first) out.push(`   ${name}: not usable (${bytes?.app?.[page]?.errors?.[0] ?? 'not measured'})`);
    else out.push(`   ${name}: ${first.requests.join(', ')}${first.afterUsable.length ? `; after usable: ${first.afterUsable.join(', ')}` : ''}${first.icons.length ? `; favicon, not counted: ${first.icons.join(', ')}` : ''}`);
    const runs = (lh?.[page]?.runs ?? []).filter((run) => !run.error);
    const worst = (key) => runs.reduce((found, run) => (run[key] > (found?.[key] ?? 0) ? run : found), undefined);
    if (worst('cls')?.layoutShifts.length) out.push(`   ${name}, layout shifts (worst run): ${worst('cls').layoutShifts.map((shift) => `${shift.node} ${shift.score.toFixed(3)}`).join('; ')}`);
    if (worst('tbt')?.longTasks.length) out.push(`   ${name}, long tasks under 4× CPU (worst run): ${worst('tbt').longTasks.map((task) => `${task.url || '(page)'} ${task.duration} ms`).join(', ')}`);
  }
  if (bytes?.manifest && !bytes.manifest.matchesMeasured) out.push(`   the build manifest's files differ from those measured: ${bytes.manifest.mismatch}`);
  if (bytes?.attribution?.length) out.push(`   where the cold link's gzip bytes come from (estimate): ${bytes.attribution.slice(0, 8).map((entry) => `${entry.group} ${kib(entry.gzip)}`).join(', ')}`);

  out.push('', render(engine, false));
  const steps = interaction?.steps;
  if (interaction?.error || !steps) out.push(`   interaction: n/a (${interaction?.error ?? 'skipped'})`);
  else {
    if (steps.steps.count) out.push(`   steps: max ${ms(steps.steps.max, 1)}; ${steps.steps.sameFrame} of ${steps.steps.count} painted in the frame of the click, heading focused in ${steps.steps.headingFocused}`);
    else out.push(`   steps: n/a (${steps.failures[0]?.state ?? 'no steps'}${steps.failures[0]?.error ? `: ${steps.failures[0].error}` : ''})`);
    if (steps.toResult.count) out.push(`   last Next → result painted: median ${ms(steps.toResult.median, 1)} over ${steps.toResult.count}`);
    const cold = interaction.coldLink;
    out.push(cold?.count ? `   cold link: ranking painted ${ms(cold.paintedSinceNavigation)} after navigation start (median)` : `   cold link: n/a (${cold?.failures?.[0] ?? 'skipped'})`);
  }
  if (decision?.error || !decision) out.push(`   decision module: n/a (${decision?.error ?? 'skipped'})`);
  else {
    const { random, full, empty, subspace, exhaustiveTest: test, wholeSpace } = decision;
    out.push(`   recommend(): fastest of ${random.rounds} CPU-time rounds (median ${num(random.medianPerSecond)}/s, wall clock ${num(random.perWallSecond)}/s); full share-link answers ${num(full.perSecond)}/s; no answers ${num(empty.perSecond)}/s`);
    if (subspace) out.push(`   exhaustive subspace: ${ms(subspace.ms)} CPU, ${ms(subspace.wallMs)} wall`);
    if (test?.present) out.push(`   src/decision/exhaustive.test.ts under vitest: ${test.error ? `error: ${test.error}` : `${ms(test.testsMs)} in the test, ${ms(test.wallMs)} wall (passed: ${test.passed})`}`);
    out.push(`   whole answer space: ${num(wholeSpace.size)} combinations ≈ ${num(wholeSpace.estimatedHours)} h at this speed`);
  }

  const missed = budgets.filter((budget) => budget.pass === false);
  const unknown = budgets.filter((budget) => budget.pass === null).length;
  out.push('', `Budgets: ${budgets.length - missed.length - unknown} met, ${missed.length} missed, ${unknown} not measured. Total time ${(results.durationMs / 1000).toFixed(0)} s.`);
  if (missed.length) out.push(`Missed: ${missed.map((budget) => budget.label).join('; ')}`);
  return out.join('\n');
}
