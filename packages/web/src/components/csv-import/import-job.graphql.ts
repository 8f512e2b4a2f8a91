import { graphql } from '../../gql';

// What the import screens show of a job, whatever it imports (the API's ImportJob interface): each
// kind's query spreads it. Its rows and errors stay inline in those queries: GraphQL Armor's cost
// limit counts a fragment spread inside a paged connection far above the same fields inline (one
// more 1.5x level, times `first`). Measured with the __typename fields Apollo Client adds, against
// the API's limit of 20,000 (ARMOR_LIMITS in packages/api/src/app.ts): the job query costs 8,603
// inline; 21,541 with fragments for the row page and the errors (refused: the import e2e specs
// fail), 16,478 with the row page alone, 13,666 with the errors alone; the rows query 5,705 inline,
// 13,580 with the row-page fragment. Share them once the cost model counts a spread like its fields.

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
