// Makes public/og-image.png, the 1200×630 card that chat apps and wikis show
// when someone pastes a link to the advisor (index.html's og:image and
// twitter:image; decision 0010). An HTML card in the app's own colours
// (src/app/tokens.css), photographed by the same headless Chromium the bench
// and the browser tests use. Run it again after changing the card:
//
//   npm run og-image
//
// The text is set in whatever the machine has of Segoe UI, Liberation Sans
// or DejaVu Sans, so the picture can differ slightly between machines; the
// committed PNG is the reviewed one.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../bench/lib/browser.mjs';

export const WIDTH = 1200;
export const HEIGHT = 630;
const OUTPUT = fileURLToPath(new URL('../public/og-image.png', import.meta.url));

// From src/app/tokens.css (light scheme).
const TOKENS = {
  bg: '#f6f7f9',
  surface: '#ffffff',
  text: '#1b1f24',
  muted: '#4f5863',
  border: '#d4d9df',
  accent: '#0b5cad',
  accentStrong: '#084785',
  accentSoft: '#e6f0fa',
  success: '#146c2e',
  successSoft: '#e7f4ea',
  services: ['#0b5cad', '#b3361b', '#5b3ea4', '#0f6b5c', '#a12a6a'],
};

/** The favicon's mark (scripts/favicon.svg), drawn larger. */
const MARK = `<svg viewBox="0 0 24 24" width="64" height="64" aria-hidden="true"><rect width="24" height="24" rx="5" fill="${TOKENS.accent}"/><path fill="#fff" d="M4 18 10.5 4h3L20 18h-3.2l-1.5-3.4H8.7L7.2 18Zm5.9-6.2h4.2L12 7Z"/></svg>`;

/**
 * The ranked-list motif: places with a service colour each and bars for
 * words, first place marked, and a tie shown as a tie, as the result does.
 */
const ROWS = [
  { place: '1st', colour: TOKENS.services[0], widths: [138, 96], best: true },
  { place: '2nd', colour: TOKENS.services[1], widths: [180, 120] },
  { place: 'Joint 3rd', colour: TOKENS.services[4], widths: [196, 96] },
  { place: 'Joint 3rd', colour: TOKENS.services[2], widths: [164, 128] },
  { place: '5th', colour: TOKENS.services[3], widths: [140, 84] },
];

const row = ({ place, colour, widths, best }) => `
  <li class="row${best ? ' best' : ''}">
    <span class="place">${place}</span>
    <span class="swatch" style="background:${colour}"></span>
    <span class="lines">
      <span class="line strong" style="width:${widths[0]}px"></span>
      <span class="line" style="width:${widths[1]}px"></span>
    </span>
    ${best ? '<span class="chip">Best fit</span>' : ''}
  </li>`;

const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<style>
  * { box-sizing: border-box; margin: 0; padding: 0; }
  html, body { width: ${WIDTH}px; height: ${HEIGHT}px; }
  body {
    font-family: 'Segoe UI', 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif;
    color: ${TOKENS.text};
    background: ${TOKENS.bg};
    position: relative;
    overflow: hidden;
  }
  .band { position: absolute; inset: 0 auto 0 0; width: 14px; background: ${TOKENS.accent}; }
  .glow {
    position: absolute; right: -180px; top: -220px; width: 760px; height: 760px; border-radius: 50%;
    background: radial-gradient(closest-side, ${TOKENS.accentSoft}, rgba(230, 240, 250, 0));
  }
  .copy { position: absolute; left: 86px; top: 70px; width: 540px; }
  .brand { display: flex; align-items: center; gap: 20px; }
  .brand-name { font-size: 34px; font-weight: 700; letter-spacing: -0.2px; color: ${TOKENS.text}; }
  h1 {
    margin-top: 50px; font-size: 58px; line-height: 1.08; font-weight: 700; letter-spacing: -1.2px; color: ${TOKENS.text};
  }
  .pitch { margin-top: 26px; font-size: 26px; line-height: 1.42; color: ${TOKENS.muted}; }
  .card {
    position: absolute; right: 80px; top: 74px; width: 452px; padding: 24px 22px 18px;
    background: ${TOKENS.surface}; border: 1px solid ${TOKENS.border}; border-radius: 18px;
    box-shadow: 0 2px 4px rgba(16, 24, 40, 0.06), 0 18px 40px rgba(16, 24, 40, 0.12);
  }
  .card-title { font-size: 17px; font-weight: 700; letter-spacing: 1.4px; text-transform: uppercase; color: ${TOKENS.muted}; margin: 0 6px 16px; }
  ol { list-style: none; }
  .row { display: flex; align-items: center; gap: 14px; height: 68px; padding: 0 14px; border-radius: 12px; }
  .row + .row { margin-top: 4px; }
  .row.best { background: ${TOKENS.accentSoft}; box-shadow: inset 0 0 0 2px ${TOKENS.accent}; }
  .place { flex: none; width: 92px; font-size: 18px; font-weight: 700; color: ${TOKENS.muted}; white-space: nowrap; }
  .best .place { color: ${TOKENS.accentStrong}; }
  .swatch { width: 12px; height: 40px; border-radius: 6px; flex: none; }
  .lines { display: flex; flex-direction: column; gap: 9px; flex: 1; min-width: 0; }
  .line { display: block; height: 10px; border-radius: 5px; background: #dfe4ea; }
  .line.strong { height: 14px; background: #b9c2cc; }
  .best .line.strong { background: ${TOKENS.accent}; }
  .best .line { background: #bcd3ec; }
  .chip {
    font-size: 15px; font-weight: 700; color: ${TOKENS.success}; background: ${TOKENS.successSoft};
    border-radius: 999px; padding: 6px 12px; white-space: nowrap;
  }
  .foot {
    position: absolute; left: 86px; right: 80px; bottom: 44px; display: flex; gap: 14px; align-items: center;
    font-size: 21px; color: ${TOKENS.muted};
  }
  .foot .dot { width: 6px; height: 6px; border-radius: 50%; background: ${TOKENS.border}; }
</style>
</head>
<body>
  <div class="band"></div>
  <div class="glow"></div>
  <div class="copy">
    <div class="brand">${MARK}<span class="brand-name">Azure ML training advisor</span></div>
    <h1>Where should you train your model on Azure?</h1>
    <p class="pitch">Answer a few questions. See five Microsoft services ranked, each place explained.</p>
  </div>
  <div class="card" aria-hidden="true">
    <p class="card-title">Your recommendation</p>
    <ol>${ROWS.map(row).join('')}</ol>
  </div>
  <div class="foot">
    <span>Ties shown as ties</span><span class="dot"></span>
    <span>Today’s product names</span><span class="dot"></span>
    <span>Every reason sourced</span><span class="dot"></span>
    <span>A link you can share</span>
  </div>
</body>
</html>`;

const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1, colorScheme: 'light' });
  await page.setContent(HTML, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
  await writeFile(OUTPUT, png);
  console.log(`Wrote ${OUTPUT} (${WIDTH}×${HEIGHT}, ${(png.length / 1024).toFixed(1)} KiB).`);
} finally {
  await browser.close();
}
