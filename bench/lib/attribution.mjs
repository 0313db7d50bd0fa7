// Where the first-load bytes come from, by package or source folder. Vite
// minifies whole chunks, so per-module sizes are estimates: each group's
// share of a chunk's gzip size is taken from gzipping the group's rendered
// (pre-minification) code on its own.
import { gzipSync } from 'node:zlib';

function groupOf(moduleId, root) {
  const id = moduleId.replace(/^\0/, '').replace(/\?.*$/, '');
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (inModules) return inModules[1];
  const parts = (id.startsWith(root) ? id.slice(root.length).replace(/^\//, '') : id).split('/');
  if (parts[0] !== 'src') return parts.join('/').includes('vite/') ? 'vite runtime' : parts.join('/');
  if (parts.length <= 2) return 'src';
  // src/<folder>, or src/features/<feature>
  return parts.slice(0, parts[1] === 'features' && parts.length > 3 ? 3 : 2).join('/');
}

/**
 * @param {object[]} outputs the rolldown output items of the build
 * @param {{ [file: string]: number }} gzipByFile the measured gzip size of each first-load file
 */
export function attribute(outputs, gzipByFile, root) {
  const groups = new Map();
  const add = (group, gzip) => groups.set(group, (groups.get(group) ?? 0) + gzip);
  for (const output of outputs) {
    if (output.type !== 'chunk' || !(output.fileName in gzipByFile)) continue;
    const code = new Map();
    for (const [id, info] of Object.entries(output.modules ?? {})) {
      const group = groupOf(id, root);
      code.set(group, (code.get(group) ?? '') + (info.code ?? ''));
    }
    const estimates = [...code].map(([group, text]) => [group, text ? gzipSync(text, { level: 9 }).length : 0]);
    const total = estimates.reduce((sum, [, size]) => sum + size, 0);
    for (const [group, size] of estimates) add(group, total ? (size / total) * gzipByFile[output.fileName] : 0);
  }
  for (const file of Object.keys(gzipByFile).filter((name) => name.endsWith('.css'))) add('CSS', gzipByFile[file]);
  return [...groups].map(([group, gzip]) => ({ group, gzip: Math.round(gzip) })).filter((entry) => entry.gzip > 0).sort((a, b) => b.gzip - a.gzip);
}
