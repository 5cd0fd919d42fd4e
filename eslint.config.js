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

// The screens: each a feature of its own, none importing another's modules. What several screens
// use is shared: the canvas core (features/canvas), the parts a screen puts together (features/csv,
// import-export, health, layout), and src/components and src/domain. Moving a module there is the
// way to share it (DECISIONS.md §24).
const SCREENS = ['editor', 'viewer', 'session', 'library', 'share'];

/**
 * One block per depth inside src/features: an import that climbs exactly out of its feature and
 * into a screen ('../session/…' from a feature's top folder, '../../session/…' from one below) is
 * another screen's internals. Counting the climb keeps src/domain/session and a feature's own
 * sub-folders (viewer/share) apart from the screens of those names.
 */
const featureBoundaries = [0, 1, 2, 3].map((depth) => ({
  files: [`src/features/*/${'*/'.repeat(depth)}*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./){${depth + 1}}(${SCREENS.join('|')})(/|$)`,
            message:
              "A feature may not import another screen's modules: move what they share to features/canvas, src/components or src/domain.",
          },
        ],
      },
    ],
  },
}));

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
  ...featureBoundaries,
  {
    files: ['src/io/**/*.ts', 'src/layout/**/*.ts', 'src/store/**/*.ts', 'src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**'],
              message: 'src/io, src/layout, src/store and src/components are below the features: they must not import features or the app.',
            },
          ],
        },
      ],
    },
  },
);
