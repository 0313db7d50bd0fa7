// Interaction timings in Chromium, measured inside the page with
// performance.now(). No CPU throttling: the budgets are for this machine.
//
// Step transition: the click on Next is dispatched at the start of a frame
// (inside requestAnimationFrame), so the figure is the work the step costs:
// handler, render, commit, then style, layout and paint of the frame that
// first shows the new heading. The end point is a task posted after that
// frame's rendering. A step that fits in one frame reads under 16 ms; a step
// that lets the new heading slip to a later frame reads 16 ms or more.
//
// Cold link: from the main script's responseEnd to just after the first frame
// painted with a `[data-service]` element in it.

import { FIRST_QUESTION } from './routes.mjs';

const STEP_TIMEOUT_MS = 3000;

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/** Runs in the page: answer the current question at random, then time Next. */
async function stepInPage({ picks, timeoutMs }) {
  const form = document.querySelector('form');
  const heading = () => document.querySelector('h1');
  if (!form) return { state: 'no-form', heading: heading()?.textContent ?? null };
  const before = heading()?.textContent ?? '';

  const radios = [...form.querySelectorAll('input[type="radio"]:not([disabled])')];
  const boxes = [...form.querySelectorAll('input[type="checkbox"]:not([disabled])')];
  if (radios.length > 0) radios[Math.floor(picks[0] * radios.length)].click();
  if (boxes.length > 0) {
    boxes[Math.floor(picks[0] * boxes.length)].click();
    if (!boxes.some((box) => box.checked)) boxes[Math.floor(picks[1] * boxes.length)].click();
    if (!boxes.some((box) => box.checked)) boxes[0].click();
  }
  // Let the selection render and settle before timing the step.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));

  const submits = [...form.querySelectorAll('button[type="submit"], button:not([type]), input[type="submit"]')];
  const next = submits.find((button) => /next|continue|result|finish|done/i.test(button.textContent || button.value)) ?? submits[0];
  if (!next) return { state: 'no-next', heading: before };
  if (next.disabled) return { state: 'next-disabled', heading: before };

  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      let inFrame = true;
      const endOfFrame = new MessageChannel();
      endOfFrame.port1.onmessage = () => {
        inFrame = false;
      };
      endOfFrame.port2.postMessage(null);

      let settled = false;
      let observer;
      const finish = (extra) => {
        if (settled) return;
        settled = true;
        observer?.disconnect();
        clearTimeout(timer);
        resolve(extra);
      };
      const afterPaint = (t0, domAt, sameFrame) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const h1 = heading();
          finish({
            state: 'ok',
            ms: performance.now() - t0,
            domMs: domAt - t0,
            sameFrame,
            from: before,
            to: h1?.textContent ?? '',
            focused: document.activeElement === h1,
            question: Boolean(document.querySelector('form')),
          });
        };
        channel.port2.postMessage(null);
      };
      const changed = () => {
        const h1 = heading();
        return Boolean(h1) && h1.textContent !== before;
      };

      const t0 = performance.now();
      const timer = setTimeout(() => finish({ state: 'timeout', heading: heading()?.textContent ?? null }), timeoutMs);
      const onChange = () => {
        const domAt = performance.now();
        // A change inside this frame's task is painted by this frame; a later
        // change is painted by the next one.
        if (inFrame) afterPaint(t0, domAt, true);
        else requestAnimationFrame(() => afterPaint(t0, domAt, false));
      };
      observer = new MutationObserver(() => {
        if (!changed()) return;
        observer.disconnect();
        onChange();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      next.click();
      if (changed()) {
        observer.disconnect();
        onChange();
      }
    });
  });
}

/**
 * At least `transitions` question-to-question steps through the wizard,
 * restarting at the first question whenever the result is reached.
 */
export async function measureSteps(browser, { origin, transitions = 60, seed = 1, log = () => {} }) {
  const random = mulberry32(seed);
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error.message).split('\n')[0]));
  const steps = [];
  const toResult = [];
  const failures = [];
  const restart = async () => {
    await page.evaluate((hash) => {
      location.hash = hash;
    }, FIRST_QUESTION);
    await page.waitForSelector('form h1, h1', { timeout: 5000 });
    await page.waitForFunction(() => Boolean(document.querySelector('form')), undefined, { timeout: 5000 });
  };
  try {
    await page.goto(`${origin}/${FIRST_QUESTION}`);
    await page.waitForFunction(() => Boolean(document.querySelector('form') && document.querySelector('h1')), undefined, { timeout: 10000 });
    const deadline = Date.now() + 90_000;
    while (steps.length < transitions && Date.now() < deadline && failures.length < 5) {
      const outcome = await page.evaluate(stepInPage, { picks: [random(), random()], timeoutMs: STEP_TIMEOUT_MS });
      if (outcome.state === 'ok') {
        (outcome.question ? steps : toResult).push(outcome);
        if (!outcome.question) await restart();
      } else if (outcome.state === 'no-form') {
        await restart();
      } else {
        failures.push(outcome);
        await restart();
      }
    }
  } catch (error) {
    failures.push({ state: 'error', error: String(error?.message ?? error).split('\n')[0] });
  } finally {
    await context.close();
  }
  const summary = (list) => {
    const ms = list.map((step) => step.ms);
    return {
      count: list.length,
      median: percentile(ms, 50),
      p95: percentile(ms, 95),
      max: ms.length ? Math.max(...ms) : null,
      domMedian: percentile(list.map((step) => step.domMs), 50),
      sameFrame: list.filter((step) => step.sameFrame).length,
      headingFocused: list.filter((step) => step.focused).length,
    };
  };
  const result = { steps: summary(steps), toResult: summary(toResult), failures, errors, samples: steps.map((step) => Number(step.ms.toFixed(2))) };
  log(`steps: ${steps.length} transitions, ${toResult.length} to the result, ${failures.length} failures`);
  return result;
}

/**
 * Lighthouse's mobile network and CPU, applied with DevTools throttling (not
 * Lighthouse's simulation): a quick stand-in for comparing variants.
 */
export const SLOW_4G = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8, cpuSlowdown: 4 };

/**
 * Cold share link, `runs` times in fresh contexts: script loaded → ranking
 * painted. With `throttle`, also the layout shift and largest paint seen.
 */
export async function measureColdLink(browser, { url, runs = 10, throttle, log = () => {} }) {
  const samples = [];
  const failures = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    if (throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: throttle.latency, downloadThroughput: throttle.downloadThroughput, uploadThroughput: throttle.uploadThroughput });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpuSlowdown });
    }
    await page.addInitScript(() => {
      window.__benchShifts = 0;
      window.__benchLcp = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__benchShifts += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__benchLcp = entry.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      const mark = (name) => {
        window.__bench = window.__bench ?? {};
        window.__bench[name] ??= performance.now();
      };
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-service]')) return;
        observer.disconnect();
        mark('rankingInDom');
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => mark('rankingPainted');
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    try {
      await page.goto(url);
      await page.waitForFunction(() => window.__bench?.rankingPainted !== undefined, undefined, { timeout: throttle ? 30000 : 10000, polling: 100 });
      if (throttle) await page.waitForTimeout(1000);
      const sample = await page.evaluate(() => {
        const src = document.querySelector('script[type="module"][src]')?.src;
        const script = src ? performance.getEntriesByName(src)[0] : undefined;
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        return {
          scriptResponseEnd: script?.responseEnd ?? null,
          rankingInDom: window.__bench.rankingInDom,
          rankingPainted: window.__bench.rankingPainted,
          fcp: fcp?.startTime ?? null,
          cls: window.__benchShifts,
          lcp: window.__benchLcp,
          resources: performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop()),
        };
      });
      if (sample.scriptResponseEnd === null) throw new Error('main script has no resource timing entry');
      sample.ms = sample.rankingPainted - sample.scriptResponseEnd;
      samples.push(sample);
    } catch (error) {
      failures.push(String(error?.message ?? error).split('\n')[0]);
    } finally {
      await context.close();
    }
  }
  const ms = samples.map((sample) => sample.ms);
  log(`cold link: ${samples.length} loads, ${failures.length} failures`);
  return {
    count: samples.length,
    median: percentile(ms, 50),
    max: ms.length ? Math.max(...ms) : null,
    paintedSinceNavigation: percentile(samples.map((sample) => sample.rankingPainted), 50),
    cls: percentile(samples.map((sample) => sample.cls), 50),
    lcp: percentile(samples.map((sample) => sample.lcp), 50),
    scriptResponseEnd: percentile(samples.map((sample) => sample.scriptResponseEnd), 50),
    resources: samples[0]?.resources ?? [],
    failures,
  };
}
