// First load, measured: open a page cold in Chromium, record every request
// until the page is usable, then size the document, JS and CSS it really fetched.
import { sizeFiles } from './first-load.mjs';
import { firstLine } from './stats.mjs';

/** Favicons race the page and block nothing (the floor has one too): listed, not counted. */
const isIcon = (url) => /\/favicon[^/]*$|\.ico$/i.test(new URL(url).pathname);

/**
 * Runs in the page from its start (an init script): after each change to the
 * DOM, checks for "usable", and stamps the first frame that shows it in the
 * page's own clock. Watching from the start matters: a page whose script is
 * inline renders before anything Playwright injects later could look. One
 * self-contained function: the app's CSP forbids the string predicates
 * Playwright would otherwise evaluate.
 *   intro:   the heading and a Start (or Resume) control are visible
 *   heading: any visible h1 (the floor's "Hello")
 *   ranking: a `[data-service]` element is in the DOM (a share link's result)
 */
function watchUsable(name) {
  const visible = (el) => !!el && el.getClientRects().length > 0;
  const start = () => [...document.querySelectorAll('a, button')].find((el) => /\b(start|begin|resume)\b/i.test(el.textContent ?? ''));
  const ready = () => (name === 'ranking' ? Boolean(document.querySelector('[data-service]')) : visible(document.querySelector('h1')) && (name === 'heading' || visible(start())));
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    requestAnimationFrame(() => (window.__benchUsableAt = performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/** Opens `url` cold and waits until `ready` ('intro' | 'heading' | 'ranking') passes. */
export async function measureFirstLoad(browser, { url, outDir, ready, timeoutMs = 15000, settleMs = 1500 }) {
  const { origin } = new URL(url);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  let usable = false;
  page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType(), beforeUsable: !usable }));
  page.on('response', (response) => {
    const entry = requests.find((request) => request.url === response.url() && request.status === undefined);
    if (entry) entry.status = response.status();
  });
  page.on('pageerror', (error) => errors.push(firstLine(error)));
  try {
    await page.addInitScript(watchUsable, ready);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__benchUsableAt !== undefined, undefined, { timeout: timeoutMs, polling: 50 });
    usable = true;
  } catch (error) {
    errors.push(firstLine(error));
  }
  // Let what the page fetches right after becoming usable show up, so the report can name it.
  await page.waitForTimeout(settleMs);
  // Playwright's events arrive after the page issues its requests: sort them by the page's own clock.
  const timing = await page
    .evaluate(() => ({ usableAt: window.__benchUsableAt, started: performance.getEntriesByType('resource').map((entry) => [entry.name, entry.startTime]) }))
    .catch(() => ({ started: [] }));
  await context.close();
  const startedAt = new Map(timing.started);
  for (const entry of requests) {
    if (!usable) entry.beforeUsable = false;
    else if (entry.type === 'document') entry.beforeUsable = true;
    else if (startedAt.has(entry.url) && timing.usableAt !== undefined) entry.beforeUsable = startedAt.get(entry.url) <= timing.usableAt;
  }

  const own = (entry) => entry.url.startsWith(`${origin}/`);
  const shown = (entry) => (own(entry) ? entry.url.slice(origin.length) : entry.url);
  const before = requests.filter((entry) => entry.beforeUsable && !isIcon(entry.url));
  // The document counts: the app's carries its entry script and stylesheet inline (decision 0013).
  const file = (entry) => (entry.type === 'document' ? 'index.html' : new URL(entry.url).pathname.slice(1));
  const files = before.filter(own).map(file).filter((name) => /\.(m?js|css|html)$/.test(name));
  return {
    url,
    usable,
    errors,
    requestsBeforeUsable: before.length,
    requests: before.map((entry) => `${entry.status ?? '—'} ${shown(entry)}`),
    afterUsable: [...new Set(requests.filter((entry) => !entry.beforeUsable && !isIcon(entry.url)).map(shown))],
    icons: [...new Set(requests.filter((entry) => isIcon(entry.url)).map(shown))],
    thirdParty: requests.filter((entry) => !own(entry) && !entry.url.startsWith('data:')).map((entry) => entry.url),
    fonts: requests.filter((entry) => entry.type === 'font').map((entry) => entry.url),
    firstLoad: await sizeFiles(outDir, [...new Set(files)]),
  };
}
