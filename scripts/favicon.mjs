// Makes public/favicon.png, the 32×32 tab icon, from scripts/favicon.svg.
// index.html carries it as a data: URL (build/inline-first-load.ts).
//
// A PNG rather than the SVG itself: Chromium draws an SVG icon in a document
// of its own, on the page's main thread, while a cold share link is still
// rendering its ranking; a PNG only needs decoding (decision 0014). The
// drawing is rasterized by the same headless Chromium the bench uses, then
// written with a palette of its two colours and a few blends of them, which
// keeps the file near 350 bytes. Run it again after changing the drawing:
//
//   npm run favicon
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import { launchBrowser } from '../bench/lib/browser.mjs';

const SIZE = 32;
/** Steps of each blend, in the palette; at 32 px, seven cannot be told from full anti-aliasing. */
const STEPS = 7;
const SOURCE = fileURLToPath(new URL('favicon.svg', import.meta.url));
const OUTPUT = fileURLToPath(new URL('../public/favicon.png', import.meta.url));

/** The drawing's fill and its mark's fill, from the SVG. */
function colours(svg) {
  const fills = [...svg.matchAll(/fill="#([0-9a-f]{6}|fff)"/gi)].map((match) => match[1].padEnd(6, match[1]));
  if (fills.length !== 2) throw new Error('scripts/favicon.svg: expected a background and a mark, each with a fill');
  return fills.map((hex) => [0, 2, 4].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)));
}

/** Transparent, the background faded in STEPS steps, and the background blended into the mark in STEPS steps. */
function palette([background, mark]) {
  const steps = Array.from({ length: STEPS }, (_, index) => (index + 1) / STEPS);
  return [
    [0, 0, 0, 0],
    ...steps.map((alpha) => [...background, Math.round(255 * alpha)]),
    ...steps.map((share) => [...background.map((channel, index) => Math.round(channel + (mark[index] - channel) * share)), 255]),
  ];
}

/** The palette entry nearest to an RGBA pixel. */
function nearest(entries, [r, g, b, a]) {
  let best = 0;
  let bestDistance = Infinity;
  entries.forEach(([pr, pg, pb, pa], index) => {
    const colour = a === 0 ? 0 : (r - pr) ** 2 + (g - pg) ** 2 + (b - pb) ** 2;
    const distance = 2 * (a - pa) ** 2 + colour;
    if (distance < bestDistance) [best, bestDistance] = [index, distance];
  });
  return best;
}

function pngChunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A 4-bit indexed PNG with transparency (PNG specification: IHDR, PLTE, tRNS, IDAT). */
function indexedPng(indices, entries) {
  const rowBytes = SIZE / 2;
  const raw = Buffer.alloc(SIZE * (rowBytes + 1));
  indices.forEach((value, pixel) => {
    const [row, column] = [Math.floor(pixel / SIZE), pixel % SIZE];
    raw[row * (rowBytes + 1) + 1 + (column >> 1)] |= column % 2 === 0 ? value << 4 : value;
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 4; // bits per index
  header[9] = 3; // indexed colour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('PLTE', Buffer.from(entries.flatMap(([r, g, b]) => [r, g, b]))),
    pngChunk('tRNS', Buffer.from(entries.map(([, , , a]) => a))),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const svg = await readFile(SOURCE, 'utf8');
const entries = palette(colours(svg));
if (entries.length > 16) throw new Error('the palette must fit 4 bits');
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const pixels = await page.evaluate(
    async ([source, size]) => {
      const image = new Image();
      image.src = `data:image/svg+xml,${encodeURIComponent(source)}`;
      await image.decode();
      const canvas = new OffscreenCanvas(size, size);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0, size, size);
      return [...context.getImageData(0, 0, size, size).data];
    },
    [svg, SIZE],
  );
  const indices = Array.from({ length: SIZE * SIZE }, (_, pixel) => nearest(entries, pixels.slice(pixel * 4, pixel * 4 + 4)));
  const png = indexedPng(indices, entries);
  await writeFile(OUTPUT, png);
  console.log(`wrote ${OUTPUT} (${png.length} bytes)`);
} finally {
  await browser.close();
}
