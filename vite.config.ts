import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { eagerModuleWrappers } from './build/eager-module-wrappers.ts';
import { inlineFirstLoad } from './build/inline-first-load.ts';

/** The link preview picture, a file of public/ (decision 0010). */
export const LINK_PREVIEW_IMAGE = 'og-image.png';

/**
 * The site's own address from VITE_SITE_URL (the environment or a .env
 * file), with a trailing slash; undefined when it is not set. Anything but
 * an absolute http(s) URL fails the build rather than ship broken previews.
 */
export function siteUrlFrom(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`VITE_SITE_URL must be an absolute URL such as https://advisor.example.com/; got "${value}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`VITE_SITE_URL must be an http(s) URL; got "${value}".`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/**
 * Link previews carry absolute addresses when the build knows where the site
 * lives. index.html names the picture by its path in public/, which the build
 * writes as "./og-image.png" (the base is relative); with VITE_SITE_URL set,
 * og:image and twitter:image become absolute and og:url names the site, as
 * the Open Graph protocol asks. Without it they stay relative: decision 0010.
 */
export function absoluteLinkPreview(html: string, siteUrl: string): string {
  const image = new URL(LINK_PREVIEW_IMAGE, siteUrl).href;
  const withImage = html.replace(
    /(<meta\s+(?:property="og:image"|name="twitter:image")\s+content=")(?:\.\/)?og-image\.png(")/g,
    (_match, before: string, after: string) => `${before}${image}${after}`,
  );
  return withImage.replace(/(<meta\s+property="og:type"[^>]*>)/, `$1\n    <meta property="og:url" content="${siteUrl}" />`);
}

function linkPreviewUrls(): Plugin {
  let siteUrl: string | undefined;
  return {
    name: 'link-preview-urls',
    apply: 'build',
    configResolved: (config) => {
      siteUrl = siteUrlFrom(config.env.VITE_SITE_URL as string | undefined);
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => (siteUrl === undefined ? html : absoluteLinkPreview(html, siteUrl)),
    },
  };
}

/**
 * react-router ships one large module in which components are created by
 * `React.forwardRef(...)` / `React.createContext(...)` calls and then given a
 * `displayName`. A bundler must assume both have side effects, so every
 * component stays in the bundle whether the app uses it or not (about 7 KiB
 * gzip of server-rendering and data-router code here). Marking those calls
 * pure and dropping the names lets tree-shaking remove what is unused.
 * Production builds only; decision 0005.
 */
function treeShakeReactRouter(): Plugin {
  return {
    name: 'tree-shake-react-router',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]node_modules[\\/]react-router[\\/]/ },
      handler: (code) =>
        code
          .replace(/(?<![\w$.])(React\d*\.(?:forwardRef|createContext|memo)\()/g, '/* @__PURE__ */ $1')
          .replace(/^[ \t]*[\w$]+\.displayName = [^;\n]*;?[ \t]*$/gm, ''),
    },
  };
}

/**
 * The words behind the ranking (rule texts, profiles, cautions, reference pages) and what-if:
 * only the result's folded details, the comparison and the exports show them (decision 0011).
 */
const DECISION_WORDS = String.raw`(?:recommend|what-if|rule-words|(?:service|training)-(?:rules|profiles)|sources[\\/]reference)\.`;

/** What the questions say: the wizard, the folded answers, the notice, the comparison and the exports show it. */
const QUESTION_WORDS = /[\\/]src[\\/](?:decision[\\/]questions|features[\\/]shared[\\/]answer-words)\./;

/** What the result folds away until asked for, the export tools composed into it, and the words behind the ranking. */
const RESULT_DETAILS = new RegExp(String.raw`[\\/]src[\\/](?:features[\\/](?:result[\\/](?:details|extras)[\\/]|export[\\/]export-tools)|decision[\\/]${DECISION_WORDS})`);

export default defineConfig({
  // Relative asset URLs let the build be served from any folder of a static host.
  base: './',
  plugins: [react(), eagerModuleWrappers(), inlineFirstLoad(), linkPreviewUrls(), treeShakeReactRouter()],
  build: {
    target: 'es2022',
    // An inlined asset would be a data: URL; keep every asset a real file. (The entry, its
    // stylesheet and the icon go into index.html whole: build/inline-first-load.ts.)
    assetsInlineLimit: 0,
    // Every browser the es2022 target reaches supports <link rel="modulepreload">; the polyfill would cost the first load 0.5 KiB.
    modulePreload: { polyfill: false },
    // The start page's stylesheet also carries the result's (imported in src/app/app.tsx), so a cold
    // share link needs no other CSS before it paints; the comparison's styles come with its own code.
    cssCodeSplit: true,
    rolldownOptions: {
      // The decision module is pure (no top-level effects; lint keeps browser globals out), so
      // a screen gets only the parts of it that it uses, even through the index's re-exports.
      treeshake: { moduleSideEffects: [{ test: /[\\/]src[\\/]decision[\\/]/, sideEffects: false }] },
      output: {
        // index.html carries the entry inline (build/inline-first-load.ts, decision 0013); written
        // next to it, the entry's relative imports of lazy chunks resolve from the document.
        entryFileNames: '[name]-[hash].js',
        // Few, predictable files (decisions 0005, 0011 and 0013): the entry chunk holds the start
        // page and the result's first screen with the ranking, so a cold share link paints from the
        // document alone, as the start page does. What the result folds away (its details, its
        // extras and the words behind the ranking) is one more chunk, fetched once the ranking is on
        // screen, and the questions' words one more, shared with the wizard. Groups take the
        // dependencies of the modules they match, so the higher a group's priority, the earlier it
        // takes what it shares.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'], priority: 3 },
            { name: 'questions', test: QUESTION_WORDS, priority: 2 },
            { name: 'result-details', test: RESULT_DETAILS, priority: 1 },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: false },
});
