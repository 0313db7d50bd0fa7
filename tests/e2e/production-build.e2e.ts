import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSource, headersFile, inlineCodeIn, responseHeaders, staticWebAppConfig } from '../../build/security-headers';
import { escapeRegExp } from './support/app';
import { DIST_DIR, type RunningServer, startStaticHost } from './support/servers';

/** A GET with the path exactly as written: fetch() would tidy away the "..". */
function rawStatus(origin: string, path: string): Promise<number> {
  return new Promise((done, fail) => {
    request(`${origin}/`, { path }, (response) => {
      response.resume();
      done(response.statusCode ?? 0);
    })
      .on('error', fail)
      .end();
  });
}

const indexHtml = () => readFileSync(join(DIST_DIR, 'index.html'), 'utf8');

/** The policy the production page declares, directive → sources. */
function declaredPolicy(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  expect(meta, 'dist/index.html has no Content-Security-Policy meta tag').not.toBeNull();
  return new Map(
    meta![1]!
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('the production index.html', () => {
  it('declares a Content-Security-Policy that allows nothing but its own origin and its own inline code', () => {
    const html = indexHtml();
    const policy = declaredPolicy(html);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    const inline = inlineCodeIn(html);
    expect(policy.get('script-src')).toEqual(["'self'", ...inline.scripts.map(hashSource)]);
    expect(policy.get('style-src')).toEqual(["'self'", ...inline.styles.map(hashSource)]);
    for (const [directive, sources] of policy) {
      expect(sources, `${directive} must not allow other inline code, eval or other hosts`).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^'unsafe-|^\*$|^https?:|^'strict-dynamic'$|^'wasm-unsafe-eval'$|^'nonce-/)]),
      );
    }
  });

  it('puts the policy before any script or stylesheet, so it governs all of them', () => {
    const html = indexHtml();
    const policyAt = html.search(/<meta\s+http-equiv="Content-Security-Policy"/i);
    const firstResource = html.search(/<script|<link rel="stylesheet"|<style/i);
    expect(policyAt).toBeGreaterThan(-1);
    expect(firstResource === -1 || policyAt < firstResource).toBe(true);
  });

  it('carries the entry script and its stylesheet inline, one of each, and no event handler or other host', () => {
    const html = indexHtml();
    const inline = inlineCodeIn(html);
    expect(inline.scripts).toHaveLength(1);
    expect(inline.styles).toHaveLength(1);
    expect(html).toMatch(/<script type="module">/);
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=|<link rel="(?:stylesheet|modulepreload)"/);
    expect(html).not.toMatch(/\son[a-z]+\s*=\s*["']/i);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*"(?:https?:)?\/\//i);
  });

  it('runs each CommonJS module from a function expression, which V8 compiles with the script (decision 0014)', () => {
    const [script] = inlineCodeIn(indexHtml()).scripts;
    const helper = /([\w$]+)=\(([\w$]+),([\w$]+)\)=>\(\)=>\(\3\|\|/.exec(script!)?.[1];
    expect(helper, 'the inline script defines the CommonJS helper').toBeDefined();
    const calls = [...script!.matchAll(new RegExp(String.raw`(?<![\w$.])${escapeRegExp(helper!)}\(\((.{0,12})`, 'g'))].map((call) => call[1]);
    expect(calls.length, 'React, ReactDOM and the scheduler at least').toBeGreaterThanOrEqual(3);
    for (const call of calls) expect(call).toMatch(/^function\(/);
  });

  it('leaves no file behind for what it carries inline, and refers only to files it has', () => {
    expect(readdirSync(DIST_DIR).filter((file) => /\.(?:js|css)$/.test(file)), 'the entry is inline, not a file').toEqual([]);
    const code = [
      { folder: '', text: inlineCodeIn(indexHtml()).scripts.join('\n') },
      ...readdirSync(join(DIST_DIR, 'assets'))
        .filter((file) => file.endsWith('.js'))
        .map((file) => ({ folder: 'assets', text: readFileSync(join(DIST_DIR, 'assets', file), 'utf8') })),
    ];
    for (const { folder, text } of code) {
      for (const [, reference] of text.matchAll(/["'`](\.{1,2}\/[^"'`]+\.(?:js|css))["'`]/g)) {
        expect(existsSync(join(DIST_DIR, folder, reference!)), `${folder || 'index.html'} refers to ${reference}`).toBe(true);
      }
    }
  });

  it('writes the same policy, with frame-ancestors, into the header files of static hosts', () => {
    const policy = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(indexHtml())![1];
    const headers = responseHeaders(policy!);
    expect(readFileSync(join(DIST_DIR, '_headers'), 'utf8')).toBe(headersFile(headers));
    expect(readFileSync(join(DIST_DIR, 'staticwebapp.config.json'), 'utf8')).toBe(staticWebAppConfig(headers));
    expect(headers['Content-Security-Policy']).toBe(`${policy}; frame-ancestors 'none'`);
  });
});

describe('the plain static host the browser tests use', () => {
  let host: RunningServer;
  beforeAll(async () => {
    host = await startStaticHost();
  });
  afterAll(() => host.close());

  it('serves the app from its folder and nothing else: no fallback rewriting', async () => {
    const app = await fetch(host.appUrl);
    expect(app.status).toBe(200);
    expect(await app.text()).toContain('<div id="root">');
    for (const path of ['result', 'q/task', 'index.htm', 'assets/', '../package.json', '%2e%2e/package.json', 'assets/%E0%A4%A']) {
      expect((await fetch(`${host.appUrl}${path}`)).status, path).toBeGreaterThanOrEqual(400);
    }
    expect((await fetch(`${host.origin}/`)).status).toBe(404);
  });

  it('never serves a file outside the build folder', async () => {
    for (const path of ['/advisor/../package.json', '/advisor/..%2Fpackage.json', '/advisor/%2e%2e/%2e%2e/etc/passwd', '/advisor/..%5Cpackage.json']) {
      expect(await rawStatus(host.origin, path), path).toBeGreaterThanOrEqual(400);
    }
  });
});
