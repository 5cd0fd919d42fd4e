import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// What the pure model must never import: it runs in the validator command, workers and tests.
const UI_AND_RUNTIME_MODULES = [
  'react',
  'react-dom',
  'react-dom/*',
  'react-router',
  '@xyflow/*',
  'zustand',
  'zustand/*',
  // not immer: domain commands are immer recipes (pure: no DOM, runs in the validator and workers)
  'elkjs',
  'elkjs/*',
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Map content is text: never render it as HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'tests/component/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: UI_AND_RUNTIME_MODULES,
              message: 'src/domain is the pure model: no React, stores, layout engines or DOM.',
            },
            {
              group: ['**/store/**', '**/features/**', '**/app/**', '**/io/**', '**/components/**', '**/layout/**'],
              message: 'src/domain must not depend on outer layers.',
            },
          ],
        },
      ],
    },
  },
);
