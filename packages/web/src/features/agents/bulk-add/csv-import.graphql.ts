import { graphql } from '../../../gql';

/** A CSV import job: its progress, counts, and (first 200) row outcomes and errors. */
export const AGENT_IMPORT_QUERY = graphql(`
  query AgentImport($id: ID!) {
    agentImport(id: $id) {
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
      rows(first: 200) {
        totalCount
        edges {
          node {
            row
            email
            action
          }
        }
      }
      errors(first: 200) {
        row
        column
        code
        message
      }
    }
  }
`);
