import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { BROWSER_PATH } from './find-browser';

/** The flags every launch uses: headless, and no traffic of the browser's own (the network is closed). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  if (BROWSER_PATH === undefined) throw new Error('No browser found; the suite should have been skipped.');
  return chromium.launch({ executablePath: BROWSER_PATH, headless: true, args: [...CHROMIUM_ARGS] });
}

/** The two screens every check runs on. */
export const VIEWPORTS = {
  phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1280, height: 800 }, hasTouch: false, isMobile: false, deviceScaleFactor: 1 },
} as const satisfies Record<string, BrowserContextOptions>;
export type ViewportName = keyof typeof VIEWPORTS;
export const COLOR_SCHEMES = ['light', 'dark'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

export interface CspViolation {
  readonly directive: string;
  readonly blockedURI: string;
  readonly sample: string;
}

/** Everything a page did that a test may want to assert never happened. */
export interface PageRecord {
  /** Every request URL the page attempted, from the page and its workers, in order (blocked ones too). */
  readonly requests: string[];
  /** Requests that did not complete, with the browser's reason (e.g. net::ERR_BLOCKED_BY_CSP). */
  readonly failedRequests: string[];
  /** Console messages of type "error", and warnings that mention a Content Security Policy. */
  readonly consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  readonly pageErrors: string[];
  readonly cspViolations: CspViolation[];
  /** alert/confirm/prompt: the app never opens one, injected script might. */
  readonly dialogs: string[];
}

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly record: PageRecord;
  close(): Promise<void>;
}

export interface SessionOptions {
  readonly viewport?: ViewportName;
  readonly colorScheme?: ColorScheme;
  /** Scripts run before the app in every document, e.g. to break localStorage. */
  readonly initScripts?: readonly string[];
  readonly contextOptions?: BrowserContextOptions;
}

/**
 * A fresh context (no storage, no cache) with everything recorded. CSP
 * violations are caught by an init script listening for
 * `securitypolicyviolation` and reporting through a binding, so they survive
 * navigations; Chromium also logs them to the console, which is recorded too.
 */
export async function newSession(browser: Browser, options: SessionOptions = {}): Promise<Session> {
  const context = await browser.newContext({
    ...VIEWPORTS[options.viewport ?? 'desktop'],
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
    locale: 'en-GB',
    serviceWorkers: 'block',
    ...options.contextOptions,
  });
  const record: PageRecord = { requests: [], failedRequests: [], consoleErrors: [], pageErrors: [], cspViolations: [], dialogs: [] };
  context.on('request', (request) => record.requests.push(request.url()));
  context.on('requestfailed', (request) => record.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  await context.exposeBinding('__e2eReportCsp', (_source, violation: CspViolation) => {
    record.cspViolations.push(violation);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { __e2eReportCsp: (violation: unknown) => void }).__e2eReportCsp;
    window.addEventListener(
      'securitypolicyviolation',
      (event) =>
        report({ directive: event.effectiveDirective, blockedURI: event.blockedURI, sample: event.sample }),
      true,
    );
  });
  for (const script of options.initScripts ?? []) await context.addInitScript(script);

  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /content security policy/i.test(text)) {
      record.consoleErrors.push(`${message.type()}: ${text} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => record.pageErrors.push(`${error.name}: ${error.message}`));
  page.on('dialog', (dialog) => {
    record.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { context, page, record, close: () => context.close() };
}

/** Requests that went anywhere but `origin` (or one of several; data: and blob: URLs never leave the page). */
export function foreignRequests(record: PageRecord, origin: string | readonly string[]): string[] {
  const own = typeof origin === 'string' ? [origin] : origin;
  return record.requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    try {
      return !own.includes(new URL(url).origin);
    } catch {
      return true;
    }
  });
}

/** Waits until the page has painted after a change: two animation frames. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/**
 * Waits until the DOM has stopped changing for `quietMs` (at most `timeoutMs`):
 * a navigation React renders in a transition may land a few frames later.
 */
export async function domQuiet(page: Page, quietMs = 40, timeoutMs = 3_000): Promise<void> {
  await page.evaluate(
    ({ quietMs, timeoutMs }) =>
      new Promise<void>((done) => {
        let timer = setTimeout(finish, quietMs);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(finish, quietMs);
        });
        const limit = setTimeout(finish, timeoutMs);
        function finish() {
          observer.disconnect();
          clearTimeout(limit);
          requestAnimationFrame(() => done());
        }
        observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      }),
    { quietMs, timeoutMs },
  );
}
