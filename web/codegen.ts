import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for every query the console sends, checked against the public schema:
// a field the API does not have fails the build instead of a screen at run time.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { scalars: { DateTime: 'string', JSON: 'unknown' }, enumsAsTypes: true, useTypeImports: true },
    },
  },
  ignoreNoDocuments: false,
};

export default config;
