// Lint rules, including the folder boundaries: shared/ and renderer/ run in the browser and must
// never reach for Electron, Node built-ins or the database driver.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// scripts/ is build-time code (the content compiler among it): the app never bundles it.
const noBuildTime = {
  group: ['**/scripts/**', 'scripts/*'],
  message: 'scripts/ is build-time code (e.g. the content compiler): the app must not import it.',
};

const nodeOnly = {
  patterns: [
    noBuildTime,
    { group: ['electron', 'electron/*'], message: 'Only electron/ may import Electron.' },
    { group: ['node:*'], message: 'shared/ and renderer/ run in the browser: no Node built-ins.' },
    { group: ['better-sqlite3'], message: 'Only electron/ talks to SQLite.' },
    {
      group: ['**/electron/**', '../electron/*'],
      message: 'Reach the main process through the API contract.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-output/**', 'content/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', nodeOnly] },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noBuildTime] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
