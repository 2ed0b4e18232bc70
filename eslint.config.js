// Lint rules, including the folder boundaries. The house reads in one direction:
// renderer → contract (shared/api.ts) → door and handlers (electron/api) → services
// (electron/services) → store and index. Each folder's README names its allowed directions; the
// rules below enforce them with no-restricted-imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// scripts/ is build-time code (the content compiler among it): the app never bundles it.
const noBuildTime = {
  group: ['**/scripts/**', 'scripts/*'],
  message: 'scripts/ is build-time code (e.g. the content compiler): the app must not import it.',
};
const noNode = [
  noBuildTime,
  { group: ['electron', 'electron/*'], message: 'Only electron/ may import Electron.' },
  { group: ['node:*'], message: 'shared/ and renderer/ run in the browser: no Node built-ins.' },
  { group: ['better-sqlite3'], message: 'Only electron/services talks to SQLite.' },
  {
    group: ['**/electron/**', '../electron/*'],
    message: 'Reach the main process through the API contract.',
  },
];
const noRenderer = {
  group: ['**/renderer/**', '../renderer/*'],
  message: 'The renderer is the top of the house: nothing imports it.',
};
const noMain = {
  group: ['**/main/*', '**/electron/main/**'],
  message: 'electron/main is the Electron process; lower layers get what they need as arguments.',
};
const noApi = {
  group: ['**/api/*', '**/electron/api/**'],
  message: 'Services serve the door, they never call it.',
};
const noCli = { group: ['**/cli/*', '**/electron/cli/**'], message: 'Nothing imports the CLI.' };
const noElectron = {
  group: ['electron', 'electron/*'],
  message: 'Only electron/main and the preload use Electron; the rest runs in plain Node too.',
};
const mainOnlyModules = {
  group: ['zod', 'zod/*', '**/shared/apiSchemas', '**/errors/zodIssues', '**/content/schema'],
  message: 'Input is validated in the main process: the renderer imports the schema-free contract.',
};

const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

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
  { files: ['shared/**/*.ts'], rules: restrict(...noNode, noRenderer) },
  { files: ['renderer/**/*.{ts,tsx}'], rules: restrict(...noNode, mainOnlyModules) },
  {
    files: ['electron/services/**/*.ts'],
    rules: restrict(noBuildTime, noMain, noApi, noCli, noRenderer, noElectron),
  },
  {
    files: ['electron/api/**/*.ts'],
    rules: restrict(noBuildTime, noMain, noCli, noRenderer, noElectron),
  },
  { files: ['electron/cli/**/*.ts'], rules: restrict(noBuildTime, noMain, noRenderer, noElectron) },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: restrict(noBuildTime, noCli, noRenderer),
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
