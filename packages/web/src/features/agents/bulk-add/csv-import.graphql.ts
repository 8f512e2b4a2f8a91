import { graphql } from '../../../gql';

/** An agent CSV import job: its progress, counts, the first page of row outcomes and the first 200 errors. */
export const AGENT_IMPORT_QUERY = graphql(`
  query AgentImport($id: ID!) {
    agentImport(id: $id) {
      ...ImportJobView
      rows(first: 100) {
        ...ImportRowPage
      }
      errors(first: 200) {
        ...ImportRowErrorView
      }
    }
  }
`);

/** A further page of a dry run's row outcomes (the API gives at most 100 at a time). */
export const AGENT_IMPORT_ROWS_QUERY = graphql(`
  query AgentImportRows($id: ID!, $after: String!) {
    agentImport(id: $id) {
      id
      rows(first: 100, after: $after) {
        ...ImportRowPage
      }
    }
  }
`);
