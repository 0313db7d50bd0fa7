// First load, measured: open a page cold in Chromium, record every request
// until the page is usable, then size the JS and CSS it really fetched.
import path from 'node:path';
import { sizeFiles } from './first-load.mjs';

const isIcon = (url) => /\/favicon[^/]*$|\.ico(\?|$)/i.test(new URL(url, 'http://x').pathname);

/**
 * In-page check for "usable", run in the browser every frame until it passes.
 * The first frame it passes is stamped in the page's own clock, so requests
 * can be sorted by when the page issued them. One self-contained function:
 * the app's CSP forbids the string predicates Playwright would otherwise eval.
 *   intro:   the heading and a Start (or Resume/Start over) control are visible
 *   heading: any visible h1 (the floor's "Hello")
 *   ranking: a `[data-service]` element is in the DOM (a share link's result)
 */
function readyCheck(name) {
  const visible = (el) => !!el && el.getClientRects().length > 0;
  const heading = document.querySelector('h1');
  let ready = false;
  if (name === 'intro') {
    const start = [...document.querySelectorAll('a, button')].find((el) => /\b(start|begin|resume)\b/i.test(el.textContent ?? ''));
    ready = visible(heading) && visible(start) ? 'heading+start' : false;
  } else if (name === 'heading') {
    ready = visible(heading) ? 'heading' : false;
  } else if (name === 'ranking') {
    ready = document.querySelector('[data-service]') ? 'ranking' : false;
  }
  if (ready && window.__benchUsableAt === undefined) window.__benchUsableAt = performance.now();
  return ready;
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string, server: { origin: string, requests: { url: string }[] }, outDir: string, ready: ('intro' | 'heading' | 'ranking')[], timeoutMs?: number, settleMs?: number }} options
 *   `ready` lists checks to try in order: the first to pass within the timeout defines "usable".
 *   The server's log shows requests the page cannot see (the favicon probe).
 */
export async function measureFirstLoad(browser, { url, server, outDir, ready, timeoutMs = 15000, settleMs = 1500 }) {
  const { origin } = server;
  const serverStart = server.requests.length;
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests = [];
  const pending = [];
  let usableAt = -1;
  page.on('request', (request) => {
    const entry = { url: request.url(), type: request.resourceType(), beforeUsable: usableAt < 0 };
    requests.push(entry);
    pending.push(
      request
        .response()
        .then(async (response) => {
          if (!response) return;
          entry.status = response.status();
          await response.finished();
          const sizes = await request.sizes();
          entry.transferred = sizes.responseBodySize + sizes.responseHeadersSize;
          entry.decoded = (await response.body().catch(() => Buffer.alloc(0))).length;
        })
        .catch((error) => {
          entry.error = String(error?.message ?? error).split('\n')[0];
        }),
    );
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error.message).split('\n')[0]));

  let readiness = 'not usable';
  const started = Date.now();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    for (const [index, check] of ready.entries()) {
      const remaining = index === ready.length - 1 ? timeoutMs : Math.min(timeoutMs, 5000);
      try {
        const handle = await page.waitForFunction(readyCheck, check, { timeout: remaining, polling: 'raf' });
        readiness = await handle.jsonValue();
        break;
      } catch {
        // Try the next, weaker check.
      }
    }
  } catch (error) {
    errors.push(String(error?.message ?? error).split('\n')[0]);
  }
  const usable = readiness !== 'not usable';
  usableAt = Date.now() - started;
  const serverAtUsable = server.requests.length;
  // Let anything the page fetches right after becoming usable show up, so
  // the report can name it (prefetches, lazy chunks, a favicon).
  await page.waitForTimeout(settleMs);
  await Promise.all(pending);
  // Which requests the page issued before it was usable, by its own clock
  // (Playwright's events arrive later than the page issues requests).
  const timing = await page
    .evaluate(() => ({
      usableAt: window.__benchUsableAt ?? null,
      started: performance.getEntriesByType('resource').map((entry) => [entry.name, entry.startTime]),
    }))
    .catch(() => ({ usableAt: null, started: [] }));
  if (usable && timing.usableAt !== null) {
    const early = new Set(timing.started.filter(([, startTime]) => startTime <= timing.usableAt).map(([name]) => name));
    const timed = new Set(timing.started.map(([name]) => name));
    for (const entry of requests) {
      if (entry.type === 'document') entry.beforeUsable = true;
      else if (timed.has(entry.url)) entry.beforeUsable = early.has(entry.url);
    }
  }
  await context.close();
  const serverBefore = server.requests.slice(serverStart, serverAtUsable);
  const serverAfter = server.requests.slice(serverAtUsable);

  const own = (entry) => entry.url.startsWith(`${origin}/`) || entry.url === origin;
  const before = requests.filter((entry) => entry.beforeUsable);
  const files = [
    ...new Set(
      before
        .filter((entry) => own(entry))
        .map((entry) => new URL(entry.url).pathname.replace(/^\//, ''))
        .filter((file) => /\.(m?js|css)$/.test(file)),
    ),
  ];
  return {
    url,
    usable,
    readiness,
    usableMs: usable ? usableAt : null,
    usableAtInPage: timing.usableAt,
    // Requests the page made (document included). Favicons are listed apart,
    // whether the page links one or the browser probes /favicon.ico: they
    // race the page and block nothing, and the floor has one too.
    requestsBeforeUsable: before.filter((entry) => !isIcon(entry.url)).length,
    iconRequests: requests.filter((entry) => isIcon(entry.url)).map((entry) => entry.url.replace(origin, '')),
    serverRequestsBeforeUsable: serverBefore.map((entry) => `${entry.status} ${entry.url}`),
    browserOnly: [...serverBefore, ...serverAfter]
      .filter((entry) => !requests.some((request) => new URL(request.url, origin).pathname === entry.url))
      .map((entry) => `${entry.status} ${entry.url}`),
    requests: requests.map((entry) => ({ ...entry, url: own(entry) ? entry.url.slice(origin.length) || '/' : entry.url })),
    afterUsable: [
      ...new Set([
        ...requests.filter((entry) => !entry.beforeUsable && !isIcon(entry.url)).map((entry) => entry.url.replace(origin, '')),
        ...serverAfter.filter((entry) => !isIcon(entry.url)).map((entry) => entry.url),
      ]),
    ],
    thirdParty: requests.filter((entry) => !own(entry) && !entry.url.startsWith('data:')).map((entry) => entry.url),
    fonts: requests.filter((entry) => entry.type === 'font' || /\.(woff2?|ttf|otf|eot)(\?|$)/.test(entry.url)).map((entry) => entry.url),
    transferredBeforeUsable: before.reduce((sum, entry) => sum + (entry.transferred ?? 0), 0),
    jsCss: await sizeFiles(outDir, files.filter((file) => !path.isAbsolute(file))),
    errors,
  };
}
