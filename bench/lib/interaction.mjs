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
// Cold link: from the moment the main script is in the page to just after the
// first frame painted with a `[data-service]` element in it. For a script file
// that is its responseEnd. The app's main script is inline (decision 0013): it
// is in the page once the parser has read it, which the page's own observer
// sees at the microtask checkpoint the parser runs at `</script>`, before the
// script is compiled. The document's responseEnd would be earlier than that by
// the browser's setting up of the new document (about 25 ms here), work that
// for a script file happens while the file downloads.
import { FIRST_QUESTION, phoneContext } from './browser.mjs';
import { firstLine, median, mulberry32, percentile } from './stats.mjs';

/** Runs in the page: answer the current question at random, then time Next. */
async function stepInPage({ picks, timeoutMs }) {
  const form = document.querySelector('form');
  const heading = () => document.querySelector('h1');
  if (!form) return { state: 'no-form' };
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

  const submits = [...form.querySelectorAll('button[type="submit"], button:not([type])')];
  const next = submits.find((button) => /next|continue|result|finish|done/i.test(button.textContent)) ?? submits[0];
  if (!next || next.disabled) return { state: next ? 'next-disabled' : 'no-next', heading: before };

  const afterTask = (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = callback;
    channel.port2.postMessage(null);
  };
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      let inFrame = true;
      afterTask(() => (inFrame = false));
      const t0 = performance.now();
      const timer = setTimeout(() => resolve({ state: 'timeout', heading: heading()?.textContent ?? null }), timeoutMs);
      const changed = () => Boolean(heading()) && heading().textContent !== before;
      const painted = (sameFrame) =>
        afterTask(() => {
          clearTimeout(timer);
          resolve({ state: 'ok', ms: performance.now() - t0, sameFrame, focused: document.activeElement === heading(), question: Boolean(document.querySelector('form')) });
        });
      // A change inside this frame's task is painted by this frame; a later change by the next one.
      const onChange = () => {
        observer.disconnect();
        if (inFrame) painted(true);
        else requestAnimationFrame(() => painted(false));
      };
      const observer = new MutationObserver(() => changed() && onChange());
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      next.click();
      if (changed()) onChange();
    });
  });
}

/** At least `transitions` question-to-question steps, back to the first question whenever the result is reached. */
export async function measureSteps(browser, { origin, transitions = 60, seed = 1, log = () => {} }) {
  const random = mulberry32(seed);
  const context = await phoneContext(browser);
  const page = await context.newPage();
  const steps = [];
  const toResult = [];
  const failures = [];
  const questionShown = () => page.waitForFunction(() => Boolean(document.querySelector('form') && document.querySelector('h1')), undefined, { timeout: 10000 });
  const restart = async () => {
    await page.evaluate((hash) => (location.hash = hash), FIRST_QUESTION);
    await questionShown();
  };
  try {
    await page.goto(`${origin}/${FIRST_QUESTION}`);
    await questionShown();
    const deadline = Date.now() + 90_000;
    while (steps.length < transitions && Date.now() < deadline && failures.length < 5) {
      const outcome = await page.evaluate(stepInPage, { picks: [random(), random()], timeoutMs: 3000 });
      if (outcome.state === 'ok') (outcome.question ? steps : toResult).push(outcome);
      else if (outcome.state !== 'no-form') failures.push(outcome);
      if (outcome.state !== 'ok' || !outcome.question) await restart();
    }
  } catch (error) {
    failures.push({ state: 'error', error: firstLine(error) });
  } finally {
    await context.close();
  }
  const summary = (list) => {
    const times = list.map((step) => step.ms);
    return {
      count: list.length,
      median: median(times),
      p95: percentile(times, 95),
      max: times.length ? Math.max(...times) : null,
      sameFrame: list.filter((step) => step.sameFrame).length,
      headingFocused: list.filter((step) => step.focused).length,
    };
  };
  log(`steps: ${steps.length} transitions, ${toResult.length} to the result, ${failures.length} failures`);
  return { steps: summary(steps), toResult: summary(toResult), failures, samples: steps.map((step) => Number(step.ms.toFixed(2))) };
}

/** What the cold link's page logs once the ranking has painted. */
const PAINTED = 'bench: ranking painted';

/** A cold share link, `runs` times in fresh contexts: main script in the page → ranking painted. */
export async function measureColdLink(browser, { url, runs = 10, log = () => {} }) {
  const samples = [];
  const failures = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.addInitScript((PAINTED) => {
      const mark = (name) => ((window.__bench ??= {})[name] ??= performance.now());
      const observer = new MutationObserver(() => {
        if (!window.__bench?.inlineScriptRead && document.querySelector('script[type="module"]:not([src])')) mark('inlineScriptRead');
        if (!document.querySelector('[data-service]')) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            mark('rankingPainted');
            console.debug(PAINTED);
          };
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document, { childList: true, subtree: true });
    }, PAINTED);
    try {
      // Waiting on a console message, not in the page: Playwright's own script, which polling would
      // inject and run while the first screen renders, would be timed as the app's.
      const painted = page.waitForEvent('console', { predicate: (message) => message.text() === PAINTED, timeout: 10000 });
      painted.catch(() => {}); // awaited below; a failed navigation must not leave it unhandled
      await page.goto(url, { waitUntil: 'commit' });
      await painted;
      const sample = await page.evaluate(() => {
        const src = document.querySelector('script[type="module"][src]')?.src;
        const scriptIn = src ? performance.getEntriesByName(src)[0]?.responseEnd : window.__bench.inlineScriptRead;
        return { scriptIn, rankingPainted: window.__bench.rankingPainted };
      });
      if (sample.scriptIn === undefined) throw new Error('the main script is neither a file with a resource timing entry nor inline');
      samples.push({ ...sample, ms: sample.rankingPainted - sample.scriptIn });
    } catch (error) {
      failures.push(firstLine(error));
    } finally {
      await context.close();
    }
  }
  const times = samples.map((sample) => sample.ms);
  log(`cold link: ${samples.length} loads, ${failures.length} failures`);
  return {
    count: samples.length,
    median: median(times),
    max: times.length ? Math.max(...times) : null,
    paintedSinceNavigation: median(samples.map((sample) => sample.rankingPainted)),
    failures,
  };
}
