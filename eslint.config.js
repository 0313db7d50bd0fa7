import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

const UI_PACKAGES = ['react', 'react-dom', 'react-dom/*', 'react/*', 'zustand', 'zustand/*', 'react-router', 'react-router/*'];
const BROWSER_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'fetch', 'XMLHttpRequest'];
// A module specifier naming a UI package or one of its subpaths. esquery reads a regex up to the
// first "/", so the slash is written as \u002F.
const UI_SPECIFIER = String.raw`/^(react|react-dom|zustand|react-router)($|\u002F)/`;
const PURE = 'src/decision/ is pure TypeScript: no UI or state libraries.';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'bench/floor/dist', 'bench/results', 'bench/.build', 'test-results', 'coverage', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  // The decision module is a pure library: no UI packages, no browser globals,
  // and nothing from the layers that depend on it.
  {
    files: ['src/decision/**/*.{ts,tsx,mts,cts}'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: UI_PACKAGES.filter((name) => !name.includes('*')).map((name) => ({ name, message: PURE })),
          patterns: [
            { group: UI_PACKAGES.filter((name) => name.includes('*')), message: 'src/decision/ is pure TypeScript.' },
            { group: ['**/features/**', '**/app/**', '**/content/**/*.tsx'], message: 'Imports run one way: decision ← features ← app.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...BROWSER_GLOBALS.map((name) => ({ name, message: 'src/decision/ must not touch the browser.' })),
      ],
      // The same globals reached through the global object: globalThis.window, self.localStorage,
      // globalThis['document'], const { sessionStorage } = self.
      'no-restricted-properties': [
        'error',
        ...['globalThis', 'self'].flatMap((object) =>
          BROWSER_GLOBALS.map((property) => ({ object, property, message: 'src/decision/ must not touch the browser.' })),
        ),
      ],
      // What no-restricted-imports does not see: import('react'), import(`zustand`), require('react-router').
      'no-restricted-syntax': [
        'error',
        { selector: `ImportExpression[source.value=${UI_SPECIFIER}]`, message: PURE },
        { selector: `ImportExpression > TemplateLiteral.source > TemplateElement[value.cooked=${UI_SPECIFIER}]`, message: PURE },
        { selector: `CallExpression[callee.name='require'] > Literal.arguments[value=${UI_SPECIFIER}]`, message: PURE },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/app/**', '../app', '../../app'], message: 'Imports run one way: decision ← features ← app.' }] },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.{ts,js,mjs}', 'scripts/**/*.{ts,js,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
