// Proposed changes to src/ and the build, applied in memory at build time so
// their effect can be measured before anyone edits the real files. Each
// edit names the file and the exact text it expects; when the source has
// moved on, the variant reports that it no longer applies instead of
// measuring something else.
import path from 'node:path';
import { ROOT } from './build.mjs';

const MONTHS = `['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']`;

/** @type {{ name: string, description: string, edits?: { file: string, find: RegExp | string, replace: string }[], alias?: { find: RegExp, replacement: string }[], build?: object }[]} */
export const VARIANTS = [
  { name: 'baseline', description: 'the working tree as it is' },
  {
    name: 'sync-navigation',
    description: 'HashRouter useTransitions={false}: a step renders in the click’s own frame instead of a later transition task',
    edits: [{ file: 'src/app/app.tsx', find: '<HashRouter>', replace: '<HashRouter useTransitions={false}>' }],
  },
  {
    name: 'no-intl-date',
    description: 'format the review date with a month-name table instead of constructing Intl.DateTimeFormat when the result chunk loads',
    edits: [
      {
        file: 'src/features/result/recommendation/format-date.ts',
        find: /const LONG_DATE = new Intl\.DateTimeFormat\([^;]*\);/,
        replace: `const MONTHS = ${MONTHS};`,
      },
      {
        file: 'src/features/result/recommendation/format-date.ts',
        find: 'LONG_DATE.format(Date.UTC(Number(year), Number(month) - 1, Number(day)))',
        replace: '`${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`',
      },
    ],
  },
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
  {
    name: 'reserve-page-height',
    description: 'main at least one viewport tall, so the footer does not jump when a lazy screen replaces "Loading…"',
    edits: [{ file: 'src/app/app.css', find: /$/, replace: '\nmain#main { min-height: 100svh; }\n' }],
  },
  {
    name: 'fewer-files',
    description: 'one CSS file (build.cssCodeSplit: false) and small shared chunks inlined into their users (rolldown experimentalInlineCommonChunks)',
    build: {
      cssCodeSplit: false,
      rolldownOptions: {
        preserveEntrySignatures: false,
        output: { codeSplitting: { experimentalInlineCommonChunks: { maxSize: Infinity } } },
      },
    },
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
