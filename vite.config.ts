import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The production page allows nothing but its own origin. It is added at build
 * time only, because the dev server relies on inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  };
}

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

export default defineConfig({
  // Relative asset URLs let the build be served from any folder of a static host.
  base: './',
  plugins: [react(), contentSecurityPolicy(), linkPreviewUrls(), treeShakeReactRouter()],
  build: {
    target: 'es2022',
    // An inlined asset would be a data: URL; keep every asset a real file.
    assetsInlineLimit: 0,
    // The start page's stylesheet also carries the result's (imported in src/app/app.tsx), so a cold
    // share link needs no second CSS request; the comparison's styles come with its own code.
    cssCodeSplit: true,
    rolldownOptions: {
      // The decision module is pure (no top-level effects; lint keeps browser globals out), so
      // a screen gets only the parts of it that it uses, even through the index's re-exports.
      treeshake: { moduleSideEffects: [{ test: /[\\/]src[\\/]decision[\\/]/, sideEffects: false }] },
      output: {
        // Few, predictable files (decision 0005): everything the start page needs in the entry's
        // chunk, and the result's first screen with the decision module in one chunk, so a cold share
        // link costs one request more than the start page. What the result folds away (its details
        // and extras) is one more chunk, fetched after the ranking is on screen (decision 0009). The
        // wizard and the comparison load on their own.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'], priority: 3 },
            // Left out: the Markdown writer (loads when the result page is idle), the methods'
            // support grid (only the comparison shows it), and the early-stop search and the
            // comparison of two people's answers (only the wizard and the colleague screen use them).
            {
              name: 'result',
              // The result screen as the app composes it; not the folded parts' own code (details/ and extras/), but
              // the shared words and links its first screen uses.
              test: /[\\/]src[\\/](decision[\\/](?!method-support|settled|divergence)|app[\\/]result-screen|features[\\/]result[\\/](?!details[\\/]|extras[\\/])|features[\\/]shared[\\/](words|rank-label|format-date|external-link|icon)\.)/,
              priority: 2,
            },
            // After the result's group, which takes the decision module and what both need with it.
            {
              name: 'result-details',
              test: /[\\/]src[\\/]features[\\/](result[\\/](details|extras)[\\/]|export[\\/]export-tools)/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: false },
});
