// Where the first-load bytes come from, by package or source folder. Vite
// minifies whole chunks, so per-module sizes are estimates: each group's
// share of the chunk's gzip size is taken from gzipping the group's rendered
// (pre-minification) code on its own.
import { gzipSync } from 'node:zlib';

function groupOf(moduleId, root) {
  const id = moduleId.replace(/^\0/, '').replace(/\?.*$/, '');
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (inModules) return inModules[1];
  const relative = id.startsWith(root) ? id.slice(root.length).replace(/^\//, '') : id;
  const parts = relative.split('/');
  if (parts[0] === 'src' && parts.length > 2) return parts.slice(0, parts[1] === 'features' && parts.length > 3 ? 3 : 2).join('/');
  if (parts[0] === 'src') return 'src';
  return relative.startsWith('vite/') || relative.includes('vite/') ? 'vite runtime' : relative;
}

/**
 * @param {object[]} outputs rolldown output items of the build
 * @param {string[]} files first-load files (relative to the out dir)
 * @param {{ [file: string]: { gzip: number } }} gzipByFile measured gzip size of each file
 */
export function attribute(outputs, files, gzipByFile, root) {
  const groups = new Map();
  for (const output of outputs) {
    if (output.type !== 'chunk' || !files.includes(output.fileName)) continue;
    const perGroup = new Map();
    for (const [id, info] of Object.entries(output.modules ?? {})) {
      const group = groupOf(id, root);
      perGroup.set(group, (perGroup.get(group) ?? '') + (info.code ?? ''));
    }
    const estimates = [...perGroup].map(([group, code]) => [group, code.length ? gzipSync(code, { level: 9 }).length : 0]);
    const total = estimates.reduce((sum, [, size]) => sum + size, 0);
    const actual = gzipByFile[output.fileName]?.gzip ?? 0;
    for (const [group, size] of estimates) {
      groups.set(group, (groups.get(group) ?? 0) + (total ? (size / total) * actual : 0));
    }
  }
  for (const file of files.filter((name) => name.endsWith('.css'))) {
    groups.set('CSS', (groups.get('CSS') ?? 0) + (gzipByFile[file]?.gzip ?? 0));
  }
  return [...groups]
    .map(([group, gzip]) => ({ group, gzip: Math.round(gzip) }))
    .filter((entry) => entry.gzip > 0)
    .sort((a, b) => b.gzip - a.gzip);
}
