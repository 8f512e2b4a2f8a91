import { graphql } from '../../gql';

// What the import screens show of a job, whatever it imports (the API's ImportJob interface): each
// kind's job query spreads ImportJobView, ImportRowPage (the rows(first: 100) page of row outcomes,
// also the further pages' query) and ImportRowErrorView. The ImportJob interface has no rows or
// errors, so those two fragments sit on the connection and the error types. (The API's one cost
// model, its result-size estimate, counts a spread like the fields it stands for.)

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
    unchangedCount
    skippedCount
    errorCount
  }
`);

/** One page of a job's row outcomes (what each row does or, in a dry run, would do). */
export const IMPORT_ROW_PAGE_FIELDS = graphql(`
  fragment ImportRowPage on ImportRowConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        row
        email
        action
      }
    }
  }
`);

/** One row error of a job (row 0: the header or the file). */
export const IMPORT_ROW_ERROR_FIELDS = graphql(`
  fragment ImportRowErrorView on ImportRowError {
    row
    column
    code
    message
    value
  }
`);
