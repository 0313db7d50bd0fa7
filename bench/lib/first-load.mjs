// What a cold visit downloads before the page is usable, derived from a build
// alone (no browser), so the size test can check it deterministically. The
// bench cross-checks it against what Chromium really fetched.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The result screen's module: the lazy chunk that holds it is what a share link adds. */
const RESULT_MODULE = /[\\/]src[\\/]features[\\/]result[\\/]result-page\.tsx$/;

/** JS and CSS files that index.html references: the entry script, modulepreloads, stylesheets. */
export function htmlAssets(html) {
  const files = [];
  for (const [tag, name] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const ref = /\b(?:src|href)="([^"]+)"/i.exec(tag)?.[1];
    if (!ref || /^[a-z]+:|^\/\//i.test(ref)) continue;
    const rel = /\brel="([^"]+)"/i.exec(tag)?.[1] ?? '';
    if (name.toLowerCase() === 'script' || rel === 'modulepreload' || rel === 'stylesheet') {
      files.push(ref.replace(/^\.?\//, '').split(/[?#]/)[0]);
    }
  }
  return files;
}

/** The files of `keys` and of their static imports, and the dynamic imports met on the way. */
function closure(manifest, keys) {
  const files = new Set();
  const dynamic = new Set();
  const seen = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (seen.has(key) || !chunk) return;
    seen.add(key);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const next of chunk.imports ?? []) visit(next);
    for (const next of chunk.dynamicImports ?? []) dynamic.add(next);
  };
  keys.forEach(visit);
  return { files, dynamic };
}

/**
 * First-load files per route, from index.html and the Vite manifest: the
 * document, then the JS and CSS it references. `intro` is the entry's static
 * graph; `result` adds the lazy chunk(s) that the build's `outputs` say hold
 * the result screen (chunks may be grouped under any name). Lazy chunks of
 * those chunks (things loaded on a click) are not followed. The app's document
 * carries its entry chunk and stylesheet inline (decision 0013): the manifest
 * still names them, but they are not files, so only files the build wrote
 * count, and the document that carries them counts too, for the floor as well.
 */
export async function firstLoadFromBuild(outDir, manifest, outputs) {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  const intro = closure(manifest, entries);
  for (const file of htmlAssets(html)) intro.files.add(file);
  const resultFiles = new Set(
    outputs.filter((chunk) => chunk.type === 'chunk' && (chunk.moduleIds ?? []).some((id) => RESULT_MODULE.test(id))).map((chunk) => chunk.fileName),
  );
  const lazyResult = [...intro.dynamic].filter((key) => resultFiles.has(manifest[key]?.file));
  const result = closure(manifest, [...entries, ...lazyResult]);
  const keep = (files) => ['index.html', ...[...files].filter((file) => /\.(m?js|css)$/.test(file) && existsSync(path.join(outDir, file))).sort()];
  return { intro: keep(intro.files), result: keep(new Set([...intro.files, ...result.files])), lazyResultChunks: lazyResult };
}

/**
 * Raw, gzip (level 9) and brotli (quality 11) sizes of files in a build, each
 * compressed on its own as a server would send it; split into the document,
 * JS and CSS.
 */
export async function sizeFiles(outDir, files) {
  const zero = () => ({ raw: 0, gzip: 0, brotli: 0 });
  const totals = { html: zero(), js: zero(), css: zero(), total: zero(), files: [] };
  for (const file of files) {
    const buffer = await readFile(path.join(outDir, file));
    const sizes = {
      raw: buffer.length,
      gzip: gzipSync(buffer, { level: 9 }).length,
      brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length } }).length,
    };
    for (const key of ['raw', 'gzip', 'brotli']) {
      totals[file.endsWith('.css') ? 'css' : file.endsWith('.html') ? 'html' : 'js'][key] += sizes[key];
      totals.total[key] += sizes[key];
    }
    totals.files.push({ file, ...sizes });
  }
  return totals;
}
