import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the API's schema, shared by the API and the SPA. Regenerate with `pnpm schema`.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  generates: {
    'src/generated/schema-types.ts': {
      plugins: ['typescript'],
      config: { scalars: { DateTime: 'string' }, enumsAsTypes: true, avoidOptionals: false },
    },
  },
};
export default config;
