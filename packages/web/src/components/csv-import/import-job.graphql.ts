import { graphql } from '../../gql';

// What the import screens show of a job, whatever it imports (the API's ImportJob interface): each
// kind's query spreads it. Its rows and errors stay inline in those queries: GraphQL Armor's cost
// limit counts a fragment spread inside a paged connection far above the same fields inline.

export const IMPORT_JOB_FIELDS = graphql(`
  fragment ImportJobView on ImportJob {
    id
    status
    dryRun
    onError
    existing
    failure
    totalRows
    processedRows
    createdCount
    updatedCount
    skippedCount
    errorCount
  }
`);
