// Lint for the whole workspace: typescript-eslint's recommended rules, no import cycles, and
// `packages/api/src/common` kept a leaf (it may not import modules, the GraphQL edge or db), and
// modules kept below the edges (they may not import src/graphql, src/http, db or the app).
// import-x/no-cycle skips type-only imports (it has no option to count them): the architecture
// test (packages/api/src/architecture.spec.ts) checks every import, type-only ones included,
// for cycles, together with the rest of the layering.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'packages/web/src/gql/**',
      'packages/api/test/gql/**',
      '**/*.d.ts',
      'data/**',
      '**/data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['packages/*/tsconfig.json'], noWarnOnMultipleProjects: true })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    files: ['packages/api/src/common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/modules/**', '**/graphql/**', '**/db/**', '../app', '../main'],
              message: 'src/common is a leaf: move the code that needs this to a module or the GraphQL edge.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/api/src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../graphql/**', '../../http/**', '../../db/**', '../../app', '../../main'],
              message:
                'Modules sit below the edges: take the request type from src/common/request.ts, and let the edge (src/graphql, src/http) call the module.',
            },
          ],
        },
      ],
    },
  },
  {
    // TypeORM's In writes numbers into the SQL text on SQLite: each id set a statement of its own,
    // prepared again and kept in the statement cache (docs/performance.md, "inList").
    files: ['packages/api/src/**/*.ts'],
    ignores: ['packages/api/src/common/relations.ts', 'packages/api/src/db/migrations/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='typeorm'] > ImportSpecifier[imported.name='In']",
          message:
            "Use inList (src/common/relations.ts), not TypeORM's In: In writes numbers into the SQL text on SQLite, so every id set is a new statement to prepare and cache.",
        },
        {
          selector: "MemberExpression[object.name='typeorm'][property.name='In']",
          message: "Use inList (src/common/relations.ts), not TypeORM's In.",
        },
      ],
    },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Every word the SPA shows comes from its messages (src/i18n/locales): text in JSX, and the
    // attributes people read (labels, titles, placeholders, alt text).
    files: ['packages/web/src/**/*.tsx'],
    ignores: ['packages/web/src/**/*.test.tsx', 'packages/web/src/test/**'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'aria-label',
              'aria-description',
              'aria-valuetext',
              'title',
              'placeholder',
              'alt',
              'label',
              'what',
              'summary',
              'hint',
              'description',
              'heading',
              'emptyText',
              'confirmLabel',
              'submitLabel',
            ],
          },
          // Field names and form-library calls are code, not text.
          callees: {
            exclude: [
              'i18n(ext)?',
              't',
              'require',
              'addEventListener',
              'removeEventListener',
              'postMessage',
              'getElementById',
              'dispatch',
              'commit',
              'includes',
              'indexOf',
              'endsWith',
              'startsWith',
              'register',
              'watch',
              'setValue',
              'getValues',
              'resetField',
              'trigger',
              'setFocus',
              'clearErrors',
              'setError',
              'field',
              'text',
              'list',
              'useController',
              'useWatch',
            ],
          },
          'object-properties': {
            exclude: [
              '[A-Z_-]+',
              'type',
              'autoComplete',
              'inputMode',
              'name',
              'id',
              'role',
              'variant',
              'size',
              'mode',
              'to',
              'pathname',
              'search',
              'hash',
              'key',
              'className',
            ],
          },
          words: { exclude: ['[0-9!-/:-@[-`{-~·…–—×→←✓]+', '[A-Z_-]+', 'Roster', 'CSV', 'API', 'SSO', 'OIDC', 'SAML', 'SCIM'] },
        },
      ],
    },
  },
  {
    // Playwright reads fixture dependencies from the destructuring pattern, so `{}` is how a
    // fixture says it needs none.
    files: ['packages/web/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
