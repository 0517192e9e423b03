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

// The task pane's start bundle holds what the first paint needs and nothing more: the renderers
// load with import() on the first download or write, and the editor in parallel with Office's
// start. Type-only imports are erased and always allowed; import() is not checked.
const renderers = [
  {
    regex: '^(\\.\\./)+render(/|$)',
    caseSensitive: true,
    allowTypeImports: true,
    message:
      "The renderers load on the first download or write: import() them, never statically (they would join the pane's start bundle).",
  },
  {
    regex: '^(pptxgenjs|docx|jszip|fflate)(/|$)',
    caseSensitive: true,
    allowTypeImports: true,
    message:
      'Only src/render knows the document libraries; the pane reaches them with import() of src/render.',
  },
];

// src/plan and src/office are reached through their index files, which say what they offer.
const throughIndex = [
  {
    regex: '^(\\.\\./)+(plan|office)/.',
    caseSensitive: true,
    message:
      'Import src/plan and src/office through their index files (add an export there when something is missing).',
  },
];

// The files of the pane's first paint: the entry, the shell, the header, the step navigator and
// their words. The editor, the session and the plan reader load after it.
const startFiles = [
  'src/taskpane/index.tsx',
  'src/taskpane/App.tsx',
  'src/taskpane/layout/Header.tsx',
  'src/taskpane/layout/StepNavigator.tsx',
  'src/taskpane/i18n/shell.ts',
];
const editor = [
  {
    // session/download stays: the entry hands it to the pane as its download service, and it
    // loads the renderers itself.
    regex: '^(\\.{1,2}/)+(Workspace|steps|components|session(?!/download$))(/|$)',
    caseSensitive: true,
    allowTypeImports: true,
    message:
      "The first paint must not wait for the editor: the entry loads Workspace (with steps/, components/, session/) by import(), in parallel with Office's start.",
  },
  {
    regex: '^(zod|jsonc-parser)(/|$)',
    caseSensitive: true,
    allowTypeImports: true,
    message: 'The plan reader (zod, jsonc-parser) loads with the editor, after the first paint.',
  },
];

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
    files: ['src/taskpane/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [...renderers, ...throughIndex] },
      ],
    },
  },
  {
    files: startFiles,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [...renderers, ...throughIndex, ...editor] },
      ],
    },
  },
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
