import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the SPA's operations (src/gql/, committed, never edited by hand).
// Write operations with `graphql(...)` from src/gql and regenerate with `pnpm schema`
// (or `pnpm --filter @roster/web codegen` after changing only the SPA's operations).
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  generates: {
    'src/gql/': {
      preset: 'client',
      config: { scalars: { DateTime: 'string' }, enumsAsTypes: true, useTypeImports: true },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
