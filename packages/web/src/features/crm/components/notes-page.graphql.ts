import { graphql } from '../../../gql';

/** One page of older notes (a user's noteConnection, an agent's crmNoteConnection), as notesPage reads it. */
export const NOTES_PAGE_FIELDS = graphql(`
  fragment NotesPageFields on NoteConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        text
        authorName
        createdAt
      }
    }
  }
`);
