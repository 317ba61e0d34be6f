// ESLint for the project's own code: `npm run lint`. Formatting is prettier's job (`npm run format:check`);
// the configs below contain no layout rules, so the two never disagree.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', 'test-results/**', 'bench/**/.corpus/**', 'bench/**/.work/**', 'samples/**'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error' },
  },

  js.configs.recommended,

  // TypeScript: typescript-eslint's recommended rules with type information (floating promises, unsafe `any`, …),
  // from the project's tsconfig.json (found by the project service).
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unused parameters are named with a leading underscore (tsconfig's noUnusedParameters agrees).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      // Type-only imports are marked `import type`, so the bundles never load a module for its types.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // A promise must be awaited, returned, caught or explicitly `void`ed; node:test's test() and describe()
      // return promises the runner itself tracks, so calling them bare is correct.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] },
          ],
        },
      ],
      // `return promise` inside try/catch skips the catch; there it must be `return await promise`.
      '@typescript-eslint/return-await': ['error', 'error-handling-correctness-only'],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },

  // Plain JavaScript: the same recommended rules, without type information (the scripts are not in a TS project).
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // Where each kind of file runs.
  {
    files: ['scripts/**', 'bench/**', 'test/**', 'eslint.config.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The webview scripts run in the webview's browser, with VS Code's acquireVsCodeApi().
    files: ['media/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, acquireVsCodeApi: 'readonly' } },
  },
);
