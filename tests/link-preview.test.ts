import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineCodeIn } from '../build/security-headers.ts';
import { LINK_PREVIEW_IMAGE, absoluteLinkPreview, siteUrlFrom } from '../vite.config.ts';

/**
 * Link previews (issue 11, point 6; decision 0010): a link pasted into a chat
 * or a wiki unfurls as a card with a title, a description and a 1200×630
 * picture the project makes itself (public/og-image.png, from
 * scripts/og-image.mjs). Checked in index.html, in real production builds
 * with and without VITE_SITE_URL, and in the PNG's own header.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SITE = 'https://advisor.example.com/tools/';

/** name or property → content, for every <meta> that has both. */
function metaTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const match of html.matchAll(/<meta\s+(?:property|name)="([^"]+)"\s+content="([^"]*)"\s*\/?>/g)) {
    expect(tags.has(match[1]!), `${match[1]} appears once`).toBe(false);
    tags.set(match[1]!, match[2]!);
  }
  return tags;
}

/** A PNG's size from its IHDR chunk, which must come first after the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.readUInt32BE(8), 'IHDR is 13 bytes long').toBe(13);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const PREVIEW_TAGS = [
  'og:type',
  'og:site_name',
  'og:title',
  'og:description',
  'og:image',
  'og:image:type',
  'og:image:width',
  'og:image:height',
  'og:image:alt',
  'twitter:card',
  'twitter:title',
  'twitter:description',
  'twitter:image',
  'twitter:image:alt',
];

/** What every copy of index.html must say, whatever the image's address. */
function expectPreview(tags: Map<string, string>): void {
  for (const name of PREVIEW_TAGS) expect(tags.get(name)?.trim(), name).toBeTruthy();
  expect(tags.get('og:type')).toBe('website');
  expect(tags.get('twitter:card')).toBe('summary_large_image');
  expect(tags.get('og:title')).toContain('Azure ML training advisor');
  // X cuts titles after 70 characters and descriptions after 200.
  expect(tags.get('og:title')!.length).toBeLessThanOrEqual(70);
  expect(tags.get('og:description')!.length).toBeLessThanOrEqual(200);
  expect(tags.get('twitter:title')).toBe(tags.get('og:title'));
  expect(tags.get('twitter:description')).toBe(tags.get('og:description'));
  expect(tags.get('twitter:image')).toBe(tags.get('og:image'));
  expect(tags.get('twitter:image:alt')).toBe(tags.get('og:image:alt'));
  expect(tags.get('og:image:type')).toBe('image/png');
  expect([tags.get('og:image:width'), tags.get('og:image:height')]).toEqual(['1200', '630']);
}

describe('the link preview picture', () => {
  it('is a 1200×630 PNG, small enough for every unfurler', async () => {
    const bytes = await readFile(path.join(ROOT, 'public', LINK_PREVIEW_IMAGE));
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    // X takes up to 5 MB; a chat app waits for the picture, so keep it far below.
    expect(bytes.length).toBeLessThan(300 * 1024);
  });
});

describe('index.html, as written', () => {
  it('carries the Open Graph and X card tags, the picture by its path in public/', async () => {
    const tags = metaTags(await readFile(path.join(ROOT, 'index.html'), 'utf8'));
    expectPreview(tags);
    expect(tags.get('og:image')).toBe(`/${LINK_PREVIEW_IMAGE}`);
    expect(tags.has('og:url'), 'no address is known before the build').toBe(false);
  });
});

describe('the built index.html', () => {
  let temp: string;
  let relative: string;
  let absolute: string;

  beforeAll(async () => {
    temp = await mkdtemp(path.join(os.tmpdir(), 'link-preview-'));
    // Child processes, so Vite builds for production rather than under vitest's NODE_ENV=test.
    const build = async (outDir: string, env: NodeJS.ProcessEnv) => {
      await promisify(execFile)(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: 'production', ...env },
        maxBuffer: 16 * 1024 * 1024,
      });
      return readFile(path.join(outDir, 'index.html'), 'utf8');
    };
    [relative, absolute] = await Promise.all([
      build(path.join(temp, 'relative'), { VITE_SITE_URL: '' }),
      build(path.join(temp, 'absolute'), { VITE_SITE_URL: SITE.replace(/\/$/, '') }),
    ]);
  }, 120_000);

  afterAll(async () => {
    if (temp) await rm(temp, { recursive: true, force: true });
  });

  it('points at the picture beside it when no site address is given', async () => {
    const tags = metaTags(relative);
    expectPreview(tags);
    expect(tags.get('og:image')).toBe(`./${LINK_PREVIEW_IMAGE}`);
    expect(tags.has('og:url')).toBe(false);
    const copied = await readFile(path.join(temp, 'relative', LINK_PREVIEW_IMAGE));
    expect(copied.equals(await readFile(path.join(ROOT, 'public', LINK_PREVIEW_IMAGE)))).toBe(true);
  });

  it('gives absolute addresses and og:url when VITE_SITE_URL is set', () => {
    const tags = metaTags(absolute);
    expectPreview(tags);
    expect(tags.get('og:image')).toBe(`${SITE}${LINK_PREVIEW_IMAGE}`);
    expect(tags.get('og:url')).toBe(SITE);
  });

  it('keeps the Content-Security-Policy exactly as strict', () => {
    for (const html of [relative, absolute]) {
      const policies = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/g)].map((match) => match[1]);
      expect(policies).toEqual([contentSecurityPolicy(inlineCodeIn(html))]);
    }
  });
});

describe('VITE_SITE_URL', () => {
  it('is read as an absolute http(s) address of a folder', () => {
    expect(siteUrlFrom(undefined)).toBeUndefined();
    expect(siteUrlFrom(' ')).toBeUndefined();
    expect(siteUrlFrom('https://advisor.example.com')).toBe('https://advisor.example.com/');
    expect(siteUrlFrom('https://example.com/tools/advisor?x=1#/result')).toBe('https://example.com/tools/advisor/');
    expect(() => siteUrlFrom('advisor.example.com')).toThrow(/absolute URL/);
    expect(() => siteUrlFrom('ftp://example.com/')).toThrow(/http\(s\)/);
  });

  it('makes only the picture and the page address absolute', () => {
    const html = '<meta property="og:type" content="website" />\n<meta property="og:image" content="./og-image.png" />\n<meta name="twitter:image" content="./og-image.png" />\n<link rel="icon" href="./favicon.png" />';
    expect(absoluteLinkPreview(html, SITE)).toBe(
      `<meta property="og:type" content="website" />\n    <meta property="og:url" content="${SITE}" />\n<meta property="og:image" content="${SITE}og-image.png" />\n<meta name="twitter:image" content="${SITE}og-image.png" />\n<link rel="icon" href="./favicon.png" />`,
    );
  });
});
