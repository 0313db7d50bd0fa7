// Lighthouse 12 with its mobile defaults (formFactor mobile, simulated
// throttling: slow 4G, 4× CPU slowdown). Only the performance category is
// gathered; that filters the report, it does not change the measurement.
import { CHROME_FLAGS, chromePath } from './browser.mjs';
import { firstLine, median } from './stats.mjs';

const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  bytes: 'total-byte-weight',
};

/**
 * Runs every target `runs` times, interleaved (a, b, c, a, b, c, …) so that a
 * slow moment on the machine hits all targets alike. One Chromium serves all
 * runs; Lighthouse resets storage and cache before each.
 * @param {{ name: string, url: string }[]} targets
 */
export async function runLighthouse(targets, { runs = 3, log = () => {} } = {}) {
  const [{ default: lighthouse }, { Simulation }, chromeLauncher] = await Promise.all([
    import('lighthouse'),
    import('lighthouse/core/lib/lantern/lantern.js'),
    import('chrome-launcher'),
  ]);
  const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const samples = Object.fromEntries(targets.map((target) => [target.name, []]));
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const target of targets) {
        const started = Date.now();
        const sample = await lighthouse(target.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
          .then((result) => ({ ...summarise(result?.lhr), lcpRequests: lcpRequests(Simulation.Simulator.allNodeTimings) }))
          .catch((error) => ({ error: firstLine(error) }));
        samples[target.name].push(sample);
        log(`lighthouse ${target.name} #${run + 1}: ${sample.error ?? `score ${sample.score}, LCP ${Math.round(sample.lcp)} ms`} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      }
    }
  } finally {
    await chrome.kill();
  }
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, { median: medianSample(list), runs: list }]));
}

function summarise(lhr) {
  if (!lhr) return { error: 'no report' };
  if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
  const score = lhr.categories.performance.score;
  const sample = { score: score === null ? null : Math.round(score * 100), lighthouseVersion: lhr.lighthouseVersion };
  for (const [key, id] of Object.entries(METRICS)) sample[key] = lhr.audits[id]?.numericValue ?? null;
  // Enough to see where a missed budget comes from without opening the report.
  const items = (id, count) => (lhr.audits[id]?.details?.items ?? []).slice(0, count);
  sample.layoutShifts = items('layout-shifts', 3).map((item) => ({ score: item.score, node: item.node?.selector ?? item.node?.snippet ?? null }));
  sample.longTasks = items('long-tasks', 5).map((item) => ({ url: String(item.url ?? '').split('/').pop(), duration: Math.round(item.duration ?? 0) }));
  return sample;
}

/**
 * The requests that Lighthouse's simulation (Lantern) puts before the LCP, with their simulated
 * times: its pessimistic graph, a superset of the optimistic one. Over HTTP/1.1 each request has
 * a connection of its own, and a new one costs a round trip before its first byte.
 * @param {Map<string, Map<any, any>>} allNodeTimings every simulation of the last run, by label
 */
function lcpRequests(allNodeTimings) {
  const timings = allNodeTimings.get('pessimisticLargestContentfulPaint');
  allNodeTimings.clear();
  if (!timings) return [];
  return [...timings]
    .filter(([node]) => node.type === 'network')
    .map(([node, timing]) => ({
      file: new URL(node.request.url).pathname.split('/').pop() || '/',
      bytes: node.request.transferSize,
      start: Math.round(timing.startTime),
      end: Math.round(timing.endTime),
      newConnection: !node.isMainDocument() && timing.connectionTiming?.dnsResolutionTime !== undefined,
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The median of each metric on its own, over the runs that did not fail. */
function medianSample(list) {
  const ok = list.filter((sample) => !sample.error);
  if (ok.length === 0) return { error: list[0]?.error ?? 'no runs' };
  const result = { runs: ok.length, lighthouseVersion: ok[0].lighthouseVersion };
  for (const key of ['score', ...Object.keys(METRICS)]) result[key] = median(ok.map((sample) => sample[key]));
  // The simulated requests of the run whose LCP is nearest the median.
  const distance = (sample) => Math.abs(sample.lcp - result.lcp);
  result.lcpRequests = ok.reduce((nearest, sample) => (distance(sample) < distance(nearest) ? sample : nearest)).lcpRequests;
  return result;
}
