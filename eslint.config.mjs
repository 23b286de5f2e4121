// Lint: typescript-eslint's recommended rules, without type information so it stays fast; formatting is Prettier's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.data/', 'schema/*.graphql', '**/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Entity and resolver lists are class constructors: TypeORM and type-graphql type them as Function.
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    // A partner's subgraph builds on the kit's published API only, as it would from its own repository.
    files: ['partners/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/subgraphs/**', '**/gateway/**', '**/demo/**', '**/scripts/**', '**/schema/**'],
              message: 'A partner imports only @rinnalla/subgraph-kit.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
