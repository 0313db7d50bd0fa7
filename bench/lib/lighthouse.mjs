// Lighthouse 12 with its mobile defaults (formFactor mobile, simulated
// throttling: slow 4G, 4× CPU slowdown). Only the performance category is
// gathered; that filters the report, it does not change the measurement.
import { CHROME_FLAGS, chromePath } from './browser.mjs';

const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
  bytes: 'total-byte-weight',
};

/**
 * Runs every target `runs` times, interleaved (a, b, c, a, b, c, …) so that a
 * slow moment on the machine hits all targets alike. One Chromium serves all
 * runs; Lighthouse resets storage and cache before each.
 * @param {{ name: string, url: string }[]} targets
 */
export async function runLighthouse(targets, { runs = 3, log = () => {} } = {}) {
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
  const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const samples = Object.fromEntries(targets.map((target) => [target.name, []]));
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const target of targets) {
        const started = Date.now();
        let sample;
        try {
          const result = await lighthouse(target.url, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance'],
          });
          sample = summarise(result?.lhr);
        } catch (error) {
          sample = { error: String(error?.message ?? error).split('\n')[0] };
        }
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
  const sample = { score: score === null ? null : Math.round(score * 100) };
  for (const [key, id] of Object.entries(METRICS)) sample[key] = lhr.audits[id]?.numericValue ?? null;
  sample.requests = lhr.audits['network-requests']?.details?.items?.length ?? null;
  // Enough to see where a missed budget comes from without opening the report.
  sample.layoutShifts = (lhr.audits['layout-shifts']?.details?.items ?? [])
    .slice(0, 3)
    .map((item) => ({ score: item.score, node: item.node?.selector ?? item.node?.snippet ?? null }));
  sample.longTasks = (lhr.audits['long-tasks']?.details?.items ?? [])
    .slice(0, 5)
    .map((item) => ({ url: String(item.url ?? '').split('/').pop(), startTime: Math.round(item.startTime ?? 0), duration: Math.round(item.duration ?? 0) }));
  sample.bootup = (lhr.audits['bootup-time']?.details?.items ?? [])
    .slice(0, 5)
    .map((item) => ({ url: String(item.url ?? '').split('/').pop(), scripting: Math.round(item.scripting ?? 0), total: Math.round(item.total ?? 0) }));
  sample.warnings = lhr.runWarnings ?? [];
  sample.lighthouseVersion = lhr.lighthouseVersion;
  sample.formFactor = lhr.configSettings?.formFactor;
  sample.throttlingMethod = lhr.configSettings?.throttlingMethod;
  return sample;
}

function median(values) {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median of each metric on its own, over the runs that did not fail. */
function medianSample(list) {
  const ok = list.filter((sample) => !sample.error);
  if (ok.length === 0) return { error: list[0]?.error ?? 'no runs' };
  const result = { runs: ok.length };
  for (const key of ['score', ...Object.keys(METRICS), 'requests']) result[key] = median(ok.map((sample) => sample[key]));
  result.lighthouseVersion = ok[0].lighthouseVersion;
  result.formFactor = ok[0].formFactor;
  result.throttlingMethod = ok[0].throttlingMethod;
  return result;
}
