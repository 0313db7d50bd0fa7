import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const UI_PACKAGES = ['react', 'react-dom', 'react-dom/*', 'react/*', 'zustand', 'zustand/*', 'react-router', 'react-router/*'];
const BROWSER_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'fetch', 'XMLHttpRequest'];
// A module specifier naming a UI package or one of its subpaths. esquery reads a regex up to the
// first "/", so the slash is written as \u002F.
const UI_SPECIFIER = String.raw`/^(react|react-dom|zustand|react-router)($|\u002F)/`;
const PURE = 'src/decision/ is pure TypeScript: no UI or state libraries.';

// Features never import each other: what several share lives in src/features/shared/, and src/app/
// composes them (bulletproof-react's rule). A feature is a folder of src/features/ that holds code.
const ROOT = path.dirname(fileURLToPath(import.meta.url));
const FEATURES = readdirSync(path.join(ROOT, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .filter((name) => readdirSync(path.join(ROOT, 'src/features', name), { recursive: true }).some((file) => /\.tsx?$/.test(String(file))));
// One zone per feature, as import/no-restricted-paths writes them: files in `target` may not import from `from`.
// Absolute paths, so that the rule means the same wherever ESLint is started.
const featureFolder = (name) => path.join(ROOT, 'src/features', name);
const ZONES = [
  ...FEATURES.filter((feature) => feature !== 'shared').map((feature) => ({
    target: featureFolder(feature),
    from: FEATURES.filter((other) => other !== feature && other !== 'shared').map(featureFolder),
    message: `Features never import each other: move what ${feature}/ needs to features/shared/, or compose the two in src/app/.`,
  })),
  {
    target: featureFolder('shared'),
    from: FEATURES.filter((other) => other !== 'shared').map(featureFolder),
    message: 'features/shared/ is what every feature may use, so it uses none of them.',
  },
  { target: path.join(ROOT, 'src/features'), from: [path.join(ROOT, 'src/app')], message: 'Imports run one way: decision ← features ← app.' },
];

const inside = (file, folder) => file === folder || file.startsWith(`${folder}${path.sep}`);

/**
 * The zones' rule. It resolves each relative specifier against the importing file, so it sees
 * where an import lands however many folders it climbs, and it reads every way in: import and
 * export declarations, import() and vi.mock().
 */
const restrictedPaths = {
  meta: { type: 'problem', schema: [{ type: 'object', properties: { zones: { type: 'array' } }, additionalProperties: false }] },
  create(context) {
    const file = context.filename;
    const zones = (context.options[0]?.zones ?? []).filter((zone) => inside(file, zone.target));
    if (zones.length === 0) return {};
    function check(node, specifier) {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), specifier);
      const zone = zones.find((candidate) => candidate.from.some((folder) => inside(target, folder)));
      if (zone !== undefined) context.report({ node, message: `'${specifier}': ${zone.message}` });
    }
    const literal = (node) => (node?.type === 'Literal' ? node.value : node?.type === 'TemplateLiteral' && node.expressions.length === 0 ? node.quasis[0].value.cooked : undefined);
    return {
      'ImportDeclaration, ExportNamedDeclaration, ExportAllDeclaration, ImportExpression': (node) => node.source && check(node.source, literal(node.source)),
      "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock|importActual)$/]": (node) => check(node.arguments[0], literal(node.arguments[0])),
    };
  },
};

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
    plugins: { boundaries: { rules: { 'restricted-paths': restrictedPaths } } },
    rules: { 'boundaries/restricted-paths': ['error', { zones: ZONES }] },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.{ts,js,mjs}', 'scripts/**/*.{ts,js,mjs}', 'build/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
