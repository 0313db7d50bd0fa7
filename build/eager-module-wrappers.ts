import type { Plugin } from 'vite';

/** Rolldown's helper that runs a CommonJS module (React, ReactDOM, the scheduler) on first `require`. */
const HELPER = '__commonJSMin';

/** A call of the helper with its callback as a parenthesized arrow function: `__commonJSMin(((exports, module) => {`. */
const ARROW_CALLBACK = new RegExp(String.raw`${HELPER}\(\(\(([\w$,\s]*)\)\s*=>\s*\{`, 'g');

/**
 * Writes each CommonJS module's callback as `(function (…) {…})` instead of
 * `((…) => {…})`, so that V8 compiles it once, with the page's script.
 *
 * V8 compiles a parenthesized `function` expression eagerly. The V8 in
 * today's Chromium does not do so for Rolldown's parenthesized arrow: it
 * pre-parses ReactDOM's 200 KB callback while compiling the script, then
 * parses it again in full when the module is first required, about 5 ms more
 * before the first screen (decision 0014).
 *
 * The two forms behave alike here: module code sees `this` as undefined in
 * both, and a module body that read `arguments` would already fail as an
 * arrow. The rewrite runs before minification; a chunk that calls the helper
 * in any other form fails the build, so a change in Rolldown's output is
 * noticed rather than silently costing the time again.
 */
export function withEagerWrappers(code: string, file: string): string {
  if (!code.includes(`${HELPER} =`)) return code;
  let rewritten = 0;
  const result = code.replace(ARROW_CALLBACK, (_match, parameters: string) => {
    rewritten += 1;
    return `${HELPER}((function(${parameters}) {`;
  });
  const calls = code.split(`${HELPER}(`).length - 1;
  if (rewritten !== calls) throw new Error(`eager-module-wrappers: ${file} defines ${HELPER} but calls it in a form this plugin does not rewrite`);
  return result;
}

/** The rewrite above, on every chunk of a production build. */
export function eagerModuleWrappers(): Plugin {
  return {
    name: 'eager-module-wrappers',
    apply: 'build',
    renderChunk: (code, chunk) => {
      const result = withEagerWrappers(code, chunk.fileName);
      return result === code ? null : { code: result };
    },
  };
}
