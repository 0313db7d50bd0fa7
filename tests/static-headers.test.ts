import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../vite.config.ts';

/**
 * The HTTP headers that static hosts send with the app (README, "Deploy"):
 * public/staticwebapp.config.json for Azure Static Web Apps and public/_headers
 * for Netlify and Cloudflare Pages. Vite copies both into dist/. They must say
 * the same thing, and their Content-Security-Policy must be the one the build
 * writes into index.html's <meta> plus what a <meta> cannot carry:
 * frame-ancestors, so that no other site can frame the result (clickjacking).
 */
const read = (file: string) => readFileSync(new URL(`../public/${file}`, import.meta.url), 'utf8');

interface StaticWebAppConfig {
  readonly globalHeaders?: Readonly<Record<string, string>>;
}
const azure = (JSON.parse(read('staticwebapp.config.json')) as StaticWebAppConfig).globalHeaders ?? {};

/** public/_headers as rules: a path on its own line, then its headers indented, `Name: value`; `#` starts a comment. */
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
    if (!current || colon < 0) throw new Error(`public/_headers: "${line.trim()}" is not a header of a path`);
    current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}
const headersFile = read('_headers');
const rules = parseHeadersFile(headersFile);
const netlify = rules.get('/*') ?? {};

describe('headers for static hosts', () => {
  it('are the same in staticwebapp.config.json and _headers, for every path', () => {
    expect([...rules.keys()]).toEqual(['/*']);
    expect(netlify).toEqual(azure);
  });

  it("send the build's Content-Security-Policy, plus frame-ancestors 'none'", () => {
    expect(azure['Content-Security-Policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });

  it('forbid MIME sniffing and referrers', () => {
    expect(azure['X-Content-Type-Options']).toBe('nosniff');
    expect(azure['Referrer-Policy']).toBe('no-referrer');
  });

  it('switch off powerful features the app never uses, and leave the clipboard and sharing alone', () => {
    const directives = (azure['Permissions-Policy'] ?? '').split(',').map((part) => part.trim());
    const features = directives.map((directive) => directive.replace(/=\(\)$/, ''));
    expect(directives.every((directive) => directive.endsWith('=()')), 'every feature is switched off for every origin').toBe(true);
    expect(features).toEqual(expect.arrayContaining(['camera', 'microphone', 'geolocation', 'payment', 'usb']));
    // Copy link and Share need these; interest-cohort is the name of a feature browsers dropped.
    for (const kept of ['clipboard-write', 'web-share', 'interest-cohort']) expect(features).not.toContain(kept);
  });

  it('fit the line length Cloudflare Pages reads (2,000 characters)', () => {
    for (const line of headersFile.split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
  });
});
