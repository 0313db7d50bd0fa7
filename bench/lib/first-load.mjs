// What a cold visit downloads before the page is usable, derived from a build
// alone (no browser), so a unit test can check it deterministically. The
// bench cross-checks this against what Chromium actually fetched.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Route-level lazy chunks that a cold share link needs: dynamic imports of the
 * entry's static graph whose source path names the result. Nested lazy chunks
 * (things loaded on a click) are not followed.
 */
export const RESULT_CHUNK_PATTERN = /result/i;

const ASSET_REF = /<(script|link)\b[^>]*>/gi;

/** JS and CSS files index.html references: the entry script, modulepreloads, stylesheets. */
export function htmlAssets(html) {
  const files = [];
  for (const match of html.matchAll(ASSET_REF)) {
    const tag = match[0];
    const ref = /\b(?:src|href)="([^"]+)"/i.exec(tag)?.[1];
    if (!ref || /^[a-z]+:|^\/\//i.test(ref)) continue;
    const isScript = match[1].toLowerCase() === 'script';
    const rel = /\brel="([^"]+)"/i.exec(tag)?.[1] ?? '';
    if (isScript || rel === 'modulepreload' || rel === 'stylesheet') files.push(normalise(ref));
  }
  return files;
}

function normalise(ref) {
  return ref.replace(/^\.?\//, '').split(/[?#]/)[0];
}

function closure(manifest, keys) {
  const files = new Set();
  const seen = new Set();
  const dynamic = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const next of chunk.imports ?? []) visit(next);
    for (const next of chunk.dynamicImports ?? []) dynamic.add(next);
  };
  keys.forEach(visit);
  return { files, dynamic };
}

/** The result screen's module; the lazy chunk that holds it is what a share link adds. */
const RESULT_MODULE = /[\\/]src[\\/]features[\\/]result[\\/]result-page\.tsx$/;

/**
 * First-load JS and CSS files per route, from index.html and the Vite
 * manifest (`build.manifest: true`): `intro` is the entry's static graph;
 * `result` adds the route-level lazy chunk(s) of the result page, if any:
 * the chunk the bundler put the result screen's module in when the build's
 * `outputs` say (chunks may be grouped under any name), else by name.
 */
export async function firstLoadFromBuild(outDir, manifest, outputs = []) {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  const intro = closure(manifest, entries);
  for (const file of htmlAssets(html)) intro.files.add(file);
  const resultFiles = new Set(
    outputs.filter((chunk) => chunk.type === 'chunk' && (chunk.moduleIds ?? []).some((id) => RESULT_MODULE.test(id))).map((chunk) => chunk.fileName),
  );
  const lazyResult = [...intro.dynamic].filter((key) =>
    resultFiles.size > 0 ? resultFiles.has(manifest[key]?.file) : RESULT_CHUNK_PATTERN.test(key),
  );
  const result = closure(manifest, [...entries, ...lazyResult]);
  for (const file of intro.files) result.files.add(file);
  const keep = (files) => [...files].filter((file) => /\.(m?js|css)$/.test(file)).sort();
  return { intro: keep(intro.files), result: keep(result.files), lazyResultChunks: lazyResult };
}

export function compressedSizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

const ZERO = () => ({ raw: 0, gzip: 0, brotli: 0 });

/**
 * Raw, gzip (level 9) and brotli (quality 11) sizes of files in a build, each
 * compressed on its own as a server would send it; split into JS and CSS.
 */
export async function sizeFiles(outDir, files) {
  const totals = { js: ZERO(), css: ZERO(), total: ZERO(), files: [] };
  for (const file of Array.isArray(files) ? files : []) {
    const sizes = compressedSizes(await readFile(path.join(outDir, file)));
    const kind = file.endsWith('.css') ? 'css' : 'js';
    for (const key of ['raw', 'gzip', 'brotli']) {
      totals[kind][key] += sizes[key];
      totals.total[key] += sizes[key];
    }
    totals.files.push({ file, ...sizes });
  }
  return totals;
}
