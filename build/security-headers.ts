import { createHash } from 'node:crypto';

/**
 * The response headers the app is served with, written once: the build puts
 * the Content-Security-Policy into index.html's <meta> and all of them into
 * the files static hosts read (`_headers` for Netlify and Cloudflare Pages,
 * `staticwebapp.config.json` for Azure Static Web Apps).
 */

/** The code index.html carries inline (decision 0013): the entry script and its stylesheet. */
export interface InlineCode {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

/** A CSP source that allows exactly this inline text and nothing else. */
export const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Nothing but the page's own origin, and the inline script and stylesheet
 * that the build wrote, each by its hash: no other inline code, no eval, no
 * other host.
 */
export function contentSecurityPolicy(inline: InlineCode = { scripts: [], styles: [] }): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inline.scripts.map(hashSource)].join(' '),
    ["style-src 'self'", ...inline.styles.map(hashSource)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** What a <meta> policy cannot say: no other site may frame the result (clickjacking). */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

/** The policy's header value and the headers that go with it. */
export function responseHeaders(policy: string): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': `${policy}; ${FRAME_ANCESTORS}`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // Powerful features the app never uses, off for every origin. Copy link and Share need
    // clipboard-write and web-share, which are left alone.
    'Permissions-Policy': [
      'accelerometer',
      'browsing-topics',
      'camera',
      'display-capture',
      'geolocation',
      'gyroscope',
      'hid',
      'magnetometer',
      'microphone',
      'midi',
      'payment',
      'publickey-credentials-get',
      'screen-wake-lock',
      'serial',
      'usb',
      'xr-spatial-tracking',
    ]
      .map((feature) => `${feature}=()`)
      .join(', '),
  };
}

/** `_headers` for Netlify and Cloudflare Pages: every path gets the headers. */
export function headersFile(headers: Readonly<Record<string, string>>): string {
  return [
    '# The response headers for Netlify and Cloudflare Pages, written by the build (build/security-headers.ts).',
    '/*',
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
    '',
  ].join('\n');
}

/** `staticwebapp.config.json` for Azure Static Web Apps. */
export function staticWebAppConfig(headers: Readonly<Record<string, string>>): string {
  return `${JSON.stringify({ globalHeaders: headers }, null, 2)}\n`;
}

/** The inline scripts and stylesheets of a page, as the browser hashes them (checks of a built page). */
export function inlineCodeIn(html: string): InlineCode {
  const elements = (element: string) => [...html.matchAll(new RegExp(String.raw`<${element}\b([^>]*)>([\s\S]*?)</${element}>`, 'gi'))];
  return {
    scripts: elements('script')
      .filter(([, attributes]) => !/\bsrc=/.test(attributes!))
      .map(([, , body]) => body!),
    styles: elements('style').map(([, , body]) => body!),
  };
}
