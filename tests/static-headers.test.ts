import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hashSource, headersFile, responseHeaders, staticWebAppConfig } from '../build/security-headers.ts';

/**
 * The HTTP headers that static hosts send with the app (README, "Deploy"):
 * the build writes dist/staticwebapp.config.json for Azure Static Web Apps and
 * dist/_headers for Netlify and Cloudflare Pages from one list. Their
 * Content-Security-Policy is the one the build writes into index.html's
 * <meta>, with the hashes of its inline script and stylesheet, plus what a
 * <meta> cannot carry: frame-ancestors, so that no other site can frame the
 * result (clickjacking). The browser tests check the files of a real build.
 */
const inline = { scripts: ['console.log("entry")'], styles: ['body{margin:0}'] };
const policy = contentSecurityPolicy(inline);
const headers = responseHeaders(policy);

/** _headers as rules: a path on its own line, then its headers indented, `Name: value`; `#` starts a comment. */
function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon < 0) throw new Error(`_headers: "${line.trim()}" is not a header of a path`);
    current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

describe('headers for static hosts', () => {
  it('are the same in staticwebapp.config.json and _headers, for every path', () => {
    const rules = parseHeadersFile(headersFile(headers));
    expect([...rules.keys()]).toEqual(['/*']);
    expect(rules.get('/*')).toEqual(headers);
    expect(JSON.parse(staticWebAppConfig(headers))).toEqual({ globalHeaders: headers });
  });

  it("send the page's Content-Security-Policy, plus frame-ancestors 'none'", () => {
    expect(headers['Content-Security-Policy']).toBe(`${policy}; frame-ancestors 'none'`);
  });

  it('allow the inline script and stylesheet by their SHA-256 hashes, and nothing else inline', () => {
    // echo -n 'console.log("entry")' | openssl dgst -sha256 -binary | base64
    expect(hashSource('console.log("entry")')).toBe("'sha256-qXqy2Va0tD8usjVGUGu5qIc+yaWFg4wJlNLFM3iIHWc='");
    const directives = new Map(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));
    expect(directives.get('script-src')).toEqual(["'self'", hashSource(inline.scripts[0]!)]);
    expect(directives.get('style-src')).toEqual(["'self'", hashSource(inline.styles[0]!)]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/'unsafe-|'nonce-|'strict-dynamic'|\*|https?:/);
    expect(contentSecurityPolicy()).toContain("script-src 'self'; style-src 'self';");
  });

  it('forbid MIME sniffing and referrers', () => {
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
  });

  it('switch off powerful features the app never uses, and leave the clipboard and sharing alone', () => {
    const directives = (headers['Permissions-Policy'] ?? '').split(',').map((part) => part.trim());
    const features = directives.map((directive) => directive.replace(/=\(\)$/, ''));
    expect(directives.every((directive) => directive.endsWith('=()')), 'every feature is switched off for every origin').toBe(true);
    expect(features).toEqual(expect.arrayContaining(['camera', 'microphone', 'geolocation', 'payment', 'usb']));
    // Copy link and Share need these; interest-cohort is the name of a feature browsers dropped.
    for (const kept of ['clipboard-write', 'web-share', 'interest-cohort']) expect(features).not.toContain(kept);
  });

  it('fit the line length Cloudflare Pages reads (2,000 characters)', () => {
    for (const line of headersFile(headers).split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
  });
});
