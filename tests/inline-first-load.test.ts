import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { inlineText, readExports, registerExports } from '../build/inline-first-load.ts';

/**
 * The rewriting that lets lazy chunks use an entry that index.html carries
 * inline (decision 0013), on code shaped as the minifier writes it. The
 * browser tests run the real build.
 */
const entry = {
  fileName: 'index-H4sh.js',
  exports: ['$', 'a'],
  code: 'function f(){return 1}let n=2;const o={k:3};n=4;export{f as $,o as a,n as "b-c"};\n',
};

describe('the entry inline and its lazy chunks', () => {
  it('registers the entry’s exports on a global before its own code, as getters', () => {
    const code = registerExports({ ...entry, exports: ['$', 'a', 'b-c'] });
    expect(code.startsWith('globalThis.__advisorEntry={get $(){return f},get a(){return o},get "b-c"(){return n}};')).toBe(true);
    expect(code).not.toMatch(/\bexport\b/);
    const context: { __advisorEntry?: Record<string, unknown> } = {};
    runInNewContext(`globalThis=this;${code}`, context);
    expect(context.__advisorEntry?.['$']).toBeTypeOf('function');
    expect(context.__advisorEntry?.a).toEqual({ k: 3 });
    expect(context.__advisorEntry?.['b-c'], 'the value once the entry has run').toBe(4);
  });

  it('leaves an entry without exports as it is', () => {
    expect(registerExports({ fileName: 'index-H4sh.js', exports: [], code: 'run();' })).toBe('run();');
  });

  it('turns a lazy chunk’s import of the entry into a read of the global, and leaves its other imports', () => {
    const chunk = { fileName: 'assets/page-X.js', code: 'import{$ as e,a as t}from"../index-H4sh.js";import{q as r}from"./questions-Y.js";e(t,r);' };
    expect(readExports(chunk, entry)).toBe('const{$:e,a:t}=globalThis.__advisorEntry;import{q as r}from"./questions-Y.js";e(t,r);');
  });

  it('fails the build on an import of the entry it cannot rewrite', () => {
    for (const code of ['import*as m from"../index-H4sh.js";m.$();', 'import"../index-H4sh.js";', 'import{$ as e}from"../index-H4sh.js";import("../index-H4sh.js");', "import{$ as e}from\"../index-H4sh.js\";import('../index-H4sh.js');"]) {
      expect(() => readExports({ fileName: 'assets/page-X.js', code }, entry), code).toThrow(/does not rewrite/);
    }
  });

  it('keeps the HTML parser from ending or escaping an inline script or stylesheet early', () => {
    expect(inlineText('const s=`<script></script>`;', 'script', 'index.js')).toBe('const s=`<script><\\/script>`;');
    expect(inlineText('x="</SCRIPT>"', 'script', 'index.js')).toBe('x="<\\/SCRIPT>"');
    expect(() => inlineText('a="<!--"', 'script', 'index.js')).toThrow(/<!--/);
    expect(() => inlineText('a::after{content:"</style>"}', 'style', 'index.css')).toThrow(/<\/style/);
    expect(() => inlineText('a{background:url(./x.png)}', 'style', 'index.css')).toThrow(/url\(\)/);
    expect(inlineText('a{background:url(data:image/png;base64,AA)}', 'style', 'index.css')).toContain('url(data:');
  });
});
