// Lint rules keep the pipeline's direction (plan → story → render → office / taskpane, cli),
// keep Office globals inside src/office, and apply the Office add-in rules to the code that
// talks to Office.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const layers = ['plan', 'story', 'render', 'office', 'taskpane', 'cli'];

/** Imports a layer may not make: every layer it must not know, by relative path and by package. */
function forbid(layer, forbiddenLayers, packages = []) {
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...forbiddenLayers.map((other) => ({
              group: [`**/${other}`, `**/${other}/**`],
              message: `src/${layer} must not import src/${other}: data flows plan → story → render → office / taskpane, cli.`,
            })),
            ...packages.map((name) => ({
              group: [name, `${name}/**`],
              message: `src/${layer} must not depend on ${name}.`,
            })),
          ],
        },
      ],
    },
  };
}

const officeGlobals = ['Office', 'PowerPoint', 'Word', 'OfficeExtension', 'Excel'].map((name) => ({
  name,
  message: 'Only src/office may touch the Office object model; pass a plain function instead.',
}));

const uiPackages = ['react', 'react-dom', '@fluentui/*'];

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'coverage/', 'test-output/', '.tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '*.mjs', 'bin/*.js', 'scripts/*.js'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/office/**'],
    rules: { 'no-restricted-globals': ['error', ...officeGlobals] },
  },
  forbid(
    'plan',
    layers.filter((l) => l !== 'plan'),
    [...uiPackages, 'pptxgenjs', 'docx', 'jszip'],
  ),
  forbid('story', ['render', 'office', 'taskpane', 'cli'], [...uiPackages, 'pptxgenjs', 'docx']),
  forbid('render', ['office', 'taskpane', 'cli'], uiPackages),
  forbid('office', ['taskpane', 'cli'], uiPackages),
  forbid('cli', ['office', 'taskpane'], uiPackages),
  {
    files: ['src/office/**/*.ts', 'test/office/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**', 'bin/**'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
