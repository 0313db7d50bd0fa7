import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  it('declares a Content-Security-Policy that allows nothing but its own origin', () => {
    const policy = declaredPolicy(indexHtml());
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    const scripts = policy.get('script-src') ?? policy.get('default-src');
    expect(scripts).toEqual(["'self'"]);
    for (const [directive, sources] of policy) {
      expect(sources, `${directive} must not allow inline code, eval or other hosts`).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^'unsafe-|^\*$|^https?:|^'strict-dynamic'$|^'wasm-unsafe-eval'$/)]),
      );
    }
  });

  it('puts the policy before any script or stylesheet, so it governs all of them', () => {
    const html = indexHtml();
    const policyAt = html.search(/<meta\s+http-equiv="Content-Security-Policy"/i);
    const firstResource = html.search(/<script|<link/i);
    expect(policyAt).toBeGreaterThan(-1);
    expect(firstResource === -1 || policyAt < firstResource).toBe(true);
  });

  it('has no inline script, inline event handler or reference to another host', () => {
    const html = indexHtml();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*"(?:https?:)?\/\//i);
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
