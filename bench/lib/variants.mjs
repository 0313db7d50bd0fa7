// Proposed changes to src/ and the build, applied in memory at build time so
// their effect can be measured before anyone edits the real files. Each
// edit names the file and the exact text it expects; when the source has
// moved on, the variant reports that it no longer applies instead of
// measuring something else.
import path from 'node:path';
import { ROOT } from './build.mjs';

/** @type {{ name: string, description: string, edits?: { file: string, find: RegExp | string, replace: string }[], alias?: { find: RegExp, replacement: string }[], build?: object }[]} */
export const VARIANTS = [
  { name: 'baseline', description: 'the working tree as it is' },
  {
    name: 'tiny-router',
    description: 'react-router replaced by bench/lib/tiny-router.mjs, a synchronous hash router with only the API the app uses',
    alias: [{ find: /^react-router$/, replacement: path.join(ROOT, 'bench/lib/tiny-router.mjs') }],
  },
  {
    name: 'fetch-result-early',
    description: 'main.tsx starts loading the result page chunk before the first render when the hash is a result link',
    edits: [
      {
        file: 'src/main.tsx',
        find: /^/,
        replace: "if (window.location.hash.startsWith('#/result')) void import('./features/result/result-page');\n",
      },
    ],
  },
  {
    name: 'defer-offscreen-sections',
    description: 'content-visibility: auto on the result sections below the services (training, what-if, compare), so the first frame lays out and paints only what is on screen',
    edits: [
      {
        file: 'src/features/result/recommendation/recommendation.css',
        find: /$/,
        replace:
          '\n.rec-section:is([aria-labelledby="rec-training-h"], [aria-labelledby="rec-whatif-h"], [aria-labelledby="rec-compare-h"]) { content-visibility: auto; contain-intrinsic-size: auto 1200px; }\n',
      },
    ],
  },
];

/** The Vite plugin that applies a variant's edits; records which edits applied. */
export function editPlugin(variant, applied) {
  const edits = variant.edits ?? [];
  return {
    name: `bench-variant-${variant.name}`,
    enforce: 'pre',
    transform(code, id) {
      const file = path.relative(ROOT, id.split('?')[0]);
      let next = code;
      for (const [index, edit] of edits.entries()) {
        if (edit.file !== file) continue;
        const before = next;
        next = typeof edit.find === 'string' ? next.split(edit.find).join(edit.replace) : next.replace(edit.find, edit.replace);
        if (next !== before) applied.add(index);
      }
      return next === code ? null : { code: next, map: null };
    },
  };
}

/** Combines variants into one (all their edits and aliases). */
export function combine(name, variants) {
  return {
    name,
    description: variants.map((variant) => variant.name).join(' + '),
    edits: variants.flatMap((variant) => variant.edits ?? []),
    alias: variants.flatMap((variant) => variant.alias ?? []),
    build: Object.assign({}, ...variants.map((variant) => variant.build ?? {})),
  };
}
