import 'reflect-metadata';
import { buildAppSchema, SCHEMA_FILE } from './graphql/schema';

// Writes packages/api/schema.graphql (committed; a test fails when it is stale).
buildAppSchema(true).then(
  () => console.log(`schema written to ${SCHEMA_FILE}`),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
