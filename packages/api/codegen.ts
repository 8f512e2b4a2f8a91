import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the API integration tests (test/gql/, committed, never edited by hand).
// Write operations with `graphql(...)` from test/gql in the test files and regenerate with
// `pnpm schema` (or `pnpm --filter @roster/api codegen:test` after changing only the tests).
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/**/*.ts', '!test/gql/**/*'],
  generates: {
    'test/gql/': {
      preset: 'client',
      // Results as the server sends them: nullable fields present (null, not left out), no __typename.
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true },
        skipTypename: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
