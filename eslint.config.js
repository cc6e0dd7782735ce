import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // web/src/gql is written by GraphQL Code Generator (npm run codegen)
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'bench/results/**', 'web/src/gql/**', 'test/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    // the application logs through its logger (src/shared/logger.ts); a command prints its result through src/cli/command.ts
    files: ['src/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // The GraphQL layer parses arguments, calls a service or a loader and shapes the answer
    // (.dependency-cruiser.cjs keeps TypeORM and entities out of it; this keeps raw queries out).
    files: ['src/graphql/**/*.ts', 'src/**/*.resolver.ts', 'src/**/*.types.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'MemberExpression[property.name=/^(dataSource|writeSource|getRepository|createQueryBuilder|transaction)$/]', message: 'Resolvers hold no queries: move it into a service or a loader.' },
        // a call only: an argument's `query` field (search, learned preferences) is no query
        { selector: 'CallExpression > MemberExpression.callee[property.name="query"]', message: 'Resolvers hold no queries: move it into a service or a loader.' },
        { selector: "CallExpression[callee.property.name='write']", message: 'Resolvers run no transactions: call a service.' },
      ],
    },
  },
  {
    // GraphQL responses in tests are read field by field; typing each one would add noise, not safety.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
