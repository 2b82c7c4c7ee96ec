// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', '.test-tmp/', '.scratch/', 'server/db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { parserOptions: { ecmaVersion: 2023, sourceType: 'module' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Leaving fields out of an object with a rest pattern is the clear way to drop them.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/web/src/**'], message: 'The server and common code never import the web app.' },
          ],
        },
      ],
    },
  },
  {
    // Layers: routes never touch SQL; only repositories and the db folder do.
    files: ['server/modules/**/*.routes.ts', 'server/modules/**/*.service.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'drizzle-orm', message: 'Queries belong in the repository.' },
            { name: 'pg', message: 'Queries belong in the repository.' },
          ],
        },
      ],
    },
  },
  {
    // Web features never import each other; they compose in web/src/app.
    files: ['web/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/*/**', '!./**', '!../**/api/**'],
              message: 'Features never import each other.',
            },
          ],
        },
      ],
    },
  },
  {
    // The web app may read the server's contracts for their types, never import server code.
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**'],
              allowTypeImports: true,
              message: 'Only type imports from the server (its contracts) may reach the browser.',
            },
          ],
        },
      ],
    },
  },
  {
    // Vitest fixtures must destructure their first argument, even when they need nothing from it.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['cli/samspel.js', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly' } },
  },
);
