import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { type InlineCode, contentSecurityPolicy, headersFile, responseHeaders, staticWebAppConfig } from './security-headers.ts';

/**
 * index.html carries everything the first screen needs: the entry script,
 * its stylesheet and the icon, so that a cold visit gets the start page or a
 * share link's ranking from one response, with no second round trip for a
 * script (decision 0013). What the first screen folds away stays in lazy
 * chunks under assets/, fetched once it is on screen.
 *
 * The entry is written at the root (vite.config.ts: `entryFileNames`), where
 * index.html is, so that its relative imports of lazy chunks resolve from
 * the document. An inline module has no URL that other modules could import,
 * so what the lazy chunks import from the entry is handed over on a global:
 * the entry registers its exports there (as getters) and each importing
 * chunk reads them from it.
 *
 * The Content-Security-Policy allows the inline script and stylesheet by
 * their hashes; the build writes it into index.html and into the header files
 * of static hosts.
 */
const ENTRY_EXPORTS = '__advisorEntry';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `"<specifier>"` in any of the quotes a module specifier may be written in. */
const quoted = (specifier: string) => String.raw`["'\`]${escapeRegExp(specifier)}["'\`]`;

/** `import{a as b,c}from"<specifier>";`, as the minifier writes a chunk's import of the entry. */
const importOf = (specifier: string) => new RegExp(String.raw`import\s*\{([^}]*)\}\s*from\s*${quoted(specifier)};?`, 'g');

/** Export (or import) specifiers "local as exported" / "name", as [local, exported] pairs. */
function specifiers(list: string): [string, string][] {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [local = part, exported = local] = part.split(/\s+as\s+/);
      return [local, exported];
    });
}

/** An export name as a property name: an identifier or a string literal as it is, anything else quoted. */
const propertyName = (name: string) => (/^[A-Za-z_$][\w$]*$|^(["']).*\1$/.test(name) ? name : JSON.stringify(name));

/** The entry's `export{…}` becomes getters on the global, registered before anything else runs. */
export function registerExports(entry: Pick<Rolldown.OutputChunk, 'code' | 'exports' | 'fileName'>): string {
  if (entry.exports.length === 0) return entry.code;
  const statement = /(?:^|[;\n}])\s*export\s*\{([^}]*)\}\s*;?\s*$/.exec(entry.code);
  if (!statement) throw new Error(`inline-first-load: cannot find the export statement of ${entry.fileName}`);
  const getters = specifiers(statement[1]!).map(([local, exported]) => `get ${propertyName(exported)}(){return ${local}}`);
  const start = statement.index + statement[0].indexOf('export');
  return `globalThis.${ENTRY_EXPORTS}={${getters.join(',')}};${entry.code.slice(0, start)}`;
}

/** A lazy chunk's import of the entry becomes a read of the global. */
export function readExports(chunk: Pick<Rolldown.OutputChunk, 'code' | 'fileName'>, entry: Pick<Rolldown.OutputChunk, 'fileName'>): string {
  let specifier = path.posix.relative(path.posix.dirname(chunk.fileName), entry.fileName);
  if (!specifier.startsWith('.')) specifier = `./${specifier}`;
  let found = false;
  const code = chunk.code.replace(importOf(specifier), (_match, list: string) => {
    found = true;
    const bindings = specifiers(list).map(([imported, local]) => `${propertyName(imported)}:${local}`);
    return `const{${bindings.join(',')}}=globalThis.${ENTRY_EXPORTS};`;
  });
  if (!found || new RegExp(quoted(specifier)).test(code)) {
    throw new Error(`inline-first-load: ${chunk.fileName} imports ${entry.fileName} in a form this plugin does not rewrite`);
  }
  return code;
}

/** Text that can sit inside <script> or <style> as it is: the HTML parser must not end or escape it early. */
export function inlineText(text: string, element: 'script' | 'style', file: string): string {
  if (/<!--/.test(text)) throw new Error(`inline-first-load: ${file} contains "<!--", which would change how the HTML parser reads the inline ${element}`);
  if (element === 'style') {
    if (/<\/style/i.test(text)) throw new Error(`inline-first-load: ${file} contains "</style"`);
    if (/url\(\s*["']?(?!data:)/i.test(text)) throw new Error(`inline-first-load: ${file} refers to a file with url(), which would resolve from the page once inline`);
    return text;
  }
  // Only string, template and regular-expression literals can hold "</script"; "<\/" means "</" in all three.
  return text.replace(/<\/(script)/gi, '<\\/$1');
}

/** Replaces exactly one tag of index.html; a build whose HTML does not match fails. */
function replaceTag(html: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = html.match(new RegExp(pattern.source, 'g')) ?? [];
  if (matches.length !== 1) throw new Error(`inline-first-load: expected one ${what} in index.html, found ${matches.length}`);
  return html.replace(pattern, () => replacement);
}

/** ` src="./file"` (or href), as Vite writes a reference to a file of the build. */
const attribute = (name: string, value: string) => new RegExp(String.raw`\s${name}="\.?\/?${escapeRegExp(value)}"`);

export function inlineFirstLoad(): Plugin[] {
  let publicDir = '';
  /** The chunks that import the entry: their imports become reads of the global. */
  const importers = new Set<string>();
  const detachEntry: Plugin = {
    name: 'inline-first-load:detach-entry',
    apply: 'build',
    generateBundle: {
      // First, before Vite lists what each dynamic import preloads: the entry and its stylesheet
      // will not be files, so no lazy chunk may preload them.
      order: 'pre',
      handler(_options, bundle) {
        importers.clear();
        const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !entry || !chunk.imports.includes(entry.fileName)) continue;
          importers.add(chunk.fileName);
          chunk.imports = chunk.imports.filter((file) => file !== entry.fileName);
        }
      },
    },
  };
  const inlineEntry: Plugin = {
    name: 'inline-first-load',
    apply: 'build',
    configResolved: (config) => {
      publicDir = config.publicDir;
    },
    generateBundle: {
      // Last: after Vite has written index.html and filled in the chunks' preload lists.
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html'];
        const entries = Object.values(bundle).filter((file): file is Rolldown.OutputChunk => file.type === 'chunk' && file.isEntry);
        if (html?.type !== 'asset' || entries.length !== 1) throw new Error('inline-first-load: expected index.html and one entry chunk');
        const entry = entries[0]!;
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && importers.has(chunk.fileName)) chunk.code = readExports(chunk, entry);
        }
        const script = inlineText(registerExports(entry), 'script', entry.fileName);
        const cssFiles = [...(entry.viteMetadata?.importedCss ?? [])];
        const styles = cssFiles.map((file) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset') throw new Error(`inline-first-load: ${file} is not in the bundle`);
          return inlineText(String(asset.source), 'style', file);
        });
        const inline: InlineCode = { scripts: [script], styles };

        let page = replaceTag(String(html.source), new RegExp(String.raw`<script type="module"[^>]*${attribute('src', entry.fileName).source}[^>]*><\/script>`), `<script type="module">${script}</script>`, 'entry script');
        cssFiles.forEach((file, index) => {
          page = replaceTag(page, new RegExp(String.raw`<link rel="stylesheet"[^>]*${attribute('href', file).source}[^>]*>`), `<style>${styles[index]}</style>`, `stylesheet ${file}`);
        });
        // The icon too: as a file it would be one more request before the page is complete.
        page = page.replace(/<link rel="icon" href="\.?\/?([^":]+\.png)"/g, (_tag, file: string) => {
          const png = readFileSync(path.join(publicDir, file)).toString('base64');
          return `<link rel="icon" href="data:image/png;base64,${png}"`;
        });
        const policy = contentSecurityPolicy(inline);
        page = replaceTag(page, /<meta charset="UTF-8" \/>/, `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`, 'charset meta tag');
        html.source = page;

        delete bundle[entry.fileName];
        for (const file of cssFiles) delete bundle[file];
        const headers = responseHeaders(policy);
        this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(headers) });
        this.emitFile({ type: 'asset', fileName: 'staticwebapp.config.json', source: staticWebAppConfig(headers) });
      },
    },
  };
  return [detachEntry, inlineEntry];
}
