import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { type RunningServer, startVitePreview } from './servers';

export interface BrowserAndServer {
  readonly browser: Browser;
  readonly server: RunningServer;
}

/**
 * For the describe block it is called in: a Chromium and a server of the
 * build (vite preview unless `start` says otherwise), started before the
 * block's tests and closed after them. Read them inside the tests, once
 * `beforeAll` has run.
 */
export function browserAndServer(start: () => Promise<RunningServer> = startVitePreview): BrowserAndServer {
  let running: BrowserAndServer | undefined;
  beforeAll(async () => {
    const [browser, server] = await Promise.all([launchBrowser(), start()]);
    running = { browser, server };
  });
  afterAll(async () => {
    await Promise.all([running?.browser.close(), running?.server.close()]);
  });
  const started = () => {
    if (running === undefined) throw new Error('The browser and the server start in beforeAll: read them inside a test.');
    return running;
  };
  return {
    get browser() {
      return started().browser;
    },
    get server() {
      return started().server;
    },
  };
}
