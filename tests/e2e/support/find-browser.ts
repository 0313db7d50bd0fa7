import { accessSync, constants } from 'node:fs';

/** What a Debian machine (and CI) runs to get the browser these tests drive. */
export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

/** Where Chromium or Chrome usually lives, in the order they are tried after CHROME_PATH. */
export const USUAL_BROWSER_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export type BrowserLookup =
  /** A browser to drive; `warning`, when set, must be shown loudly (CHROME_PATH was set but unusable). */
  | { readonly kind: 'found'; readonly path: string; readonly warning?: string }
  /** No browser: the browser tests are skipped, and `message` says how to enable them. */
  | { readonly kind: 'skip'; readonly message: string }
  /** No browser under CI: the run must fail, and `message` says how to fix it. */
  | { readonly kind: 'fail'; readonly message: string };

export interface LookupEnvironment {
  readonly CHROME_PATH?: string | undefined;
  readonly CI?: string | undefined;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function isCi(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/**
 * Finds the browser: CHROME_PATH first, then the usual install paths. With
 * none, CI must fail (a CI run that silently skips its browser tests proves
 * nothing) while a developer's run skips them loudly and runs the rest. A
 * CHROME_PATH that is set but not executable is a mistake worth stopping
 * for: CI fails on it, and a developer's run warns loudly and falls back to
 * the usual paths.
 */
export function lookUpBrowser(
  env: LookupEnvironment = process.env,
  usable: (path: string) => boolean = isExecutable,
): BrowserLookup {
  const tried: string[] = [];
  const fromEnv = env.CHROME_PATH?.trim();
  let badChromePath: string | undefined;
  if (fromEnv) {
    if (usable(fromEnv)) return { kind: 'found', path: fromEnv };
    tried.push(`${fromEnv} (from CHROME_PATH)`);
    badChromePath = `CHROME_PATH is set to ${fromEnv}, which is not an executable file. Point it at Chromium or Chrome, or unset it.`;
    if (isCi(env.CI)) {
      return { kind: 'fail', message: [`CI=true and ${badChromePath}`, `(Install Chromium with: ${INSTALL_COMMAND})`].join('\n') };
    }
  }
  for (const path of USUAL_BROWSER_PATHS) {
    if (usable(path)) {
      return badChromePath === undefined ? { kind: 'found', path } : { kind: 'found', path, warning: `${badChromePath}\nUsing ${path} instead.` };
    }
    tried.push(path);
  }

  const lines = [
    'No Chromium or Chrome found for the browser tests. Looked in:',
    ...tried.map((path) => `  - ${path}`),
    `Install it with: ${INSTALL_COMMAND}`,
    'or point CHROME_PATH at a Chromium or Chrome executable.',
  ];
  if (isCi(env.CI)) {
    return { kind: 'fail', message: ['CI=true and the browser tests cannot run.', ...lines].join('\n') };
  }
  return {
    kind: 'skip',
    message: [...lines, 'The browser tests are SKIPPED; everything else still runs (under CI=true this fails).'].join('\n'),
  };
}

/** Frames a message so it stands out in a long test log. */
export function banner(message: string): string {
  const rule = '!'.repeat(78);
  return [rule, ...message.split('\n').map((line) => `!! ${line}`), rule].join('\n');
}

const lookup = lookUpBrowser();

/** The browser executable the suites drive, or undefined when they are skipped. */
export const BROWSER_PATH: string | undefined = lookup.kind === 'found' ? lookup.path : undefined;
/** For `describe.skipIf(NO_BROWSER)`: the global setup already said why, loudly. */
export const NO_BROWSER = BROWSER_PATH === undefined;
