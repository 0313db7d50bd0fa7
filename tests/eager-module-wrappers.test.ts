import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { withEagerWrappers } from '../build/eager-module-wrappers.ts';

/**
 * A chunk as Rolldown renders it before minifying: its CommonJS helper and
 * two modules, one that fills `exports` and one that sets `module.exports`.
 * The browser tests check the minified build.
 */
const chunk = [
  'var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);',
  'var require_a = /* @__PURE__ */ __commonJSMin(((exports) => {',
  '\texports.answer = 42;',
  '}));',
  'var require_b = /* @__PURE__ */ __commonJSMin(((exports, module) => {',
  '\tmodule.exports = { twice: require_a().answer * 2 };',
  '}));',
  'result = require_b().twice;',
].join('\n');

describe('the CommonJS wrappers, compiled once', () => {
  it('writes every callback of the helper as a parenthesized function expression', () => {
    const code = withEagerWrappers(chunk, 'index.js');
    expect(code).toContain('__commonJSMin((function(exports) {');
    expect(code).toContain('__commonJSMin((function(exports, module) {');
    expect(code).not.toMatch(/__commonJSMin\(\(\(/);
  });

  it('keeps what the modules do', () => {
    const context: { result?: number } = {};
    runInNewContext(withEagerWrappers(chunk, 'index.js'), context);
    expect(context.result).toBe(84);
  });

  it('leaves a chunk without the helper as it is', () => {
    const code = 'const f = ((x) => { return x; });';
    expect(withEagerWrappers(code, 'lazy.js')).toBe(code);
  });

  it('fails the build when the helper is called in a form it does not rewrite', () => {
    const changed = chunk.replace('__commonJSMin(((exports, module)', '__commonJSMin((async (exports, module)');
    expect(() => withEagerWrappers(changed, 'index.js')).toThrow(/index\.js defines __commonJSMin but calls it in a form/);
  });
});
