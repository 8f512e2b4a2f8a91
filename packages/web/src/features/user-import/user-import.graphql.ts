import { graphql } from '../../gql';

/** A user CSV import job: its progress, counts, the first page of row outcomes and the first 200 errors. */
export const USER_IMPORT_QUERY = graphql(`
  query UserImport($id: ID!) {
    userImport(id: $id) {
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
export const USER_IMPORT_ROWS_QUERY = graphql(`
  query UserImportRows($id: ID!, $after: String!) {
    userImport(id: $id) {
      id
      rows(first: 100, after: $after) {
        ...ImportRowPage
      }
    }
  }
`);
