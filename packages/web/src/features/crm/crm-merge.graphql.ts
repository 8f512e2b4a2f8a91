import { graphql } from '../../gql';

// The record's files, merges (with their undo), merge candidates and activity stream. Kept apart
// from the record's own query so each section loads (and refetches) on its own.

export const CRM_USER_FILES_QUERY = graphql(`
  query CrmUserFiles($id: ID!) {
    user(id: $id) {
      id
      files {
        id
        fileName
        contentType
        size
        uploadedByName
        createdAt
      }
    }
  }
`);

export const CRM_DELETE_USER_FILE = graphql(`
  mutation CrmDeleteUserFile($userId: ID!, $fileId: ID!) {
    deleteUserFile(userId: $userId, fileId: $fileId) {
      id
      files {
        id
      }
    }
  }
`);

export const CRM_USER_MERGES_QUERY = graphql(`
  query CrmUserMerges($id: ID!) {
    user(id: $id) {
      id
      merges {
        id
        sourceUserId
        sourceName
        actorName
        createdAt
        undoUntil
        undoable
      }
    }
  }
`);

export const CRM_USER_DUPLICATES_QUERY = graphql(`
  query CrmUserDuplicates($userId: ID!) {
    userDuplicates(userId: $userId, first: 10) {
      reasons
      user {
        id
        name
        primaryEmail
        organization {
          id
          name
        }
      }
    }
  }
`);

export const CRM_MERGE_USERS = graphql(`
  mutation CrmMergeUsers($targetUserId: ID!, $sourceUserId: ID!) {
    mergeUsers(targetUserId: $targetUserId, sourceUserId: $sourceUserId) {
      id
      name
    }
  }
`);

export const CRM_UNDO_USER_MERGE = graphql(`
  mutation CrmUndoUserMerge($mergeId: ID!) {
    undoUserMerge(mergeId: $mergeId) {
      id
      name
    }
  }
`);

export const CRM_USER_ACTIVITY_QUERY = graphql(`
  query CrmUserActivity($userId: ID!, $first: Int, $after: String) {
    userActivity(userId: $userId, first: $first, after: $after) {
      edges {
        node {
          id
          kind
          createdAt
          actorName
          field
          oldValue
          newValue
          text
          relatedUserId
          movedFrom {
            userId
            name
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The merge dialog's search: a few users by name or email. */
export const CRM_MERGE_SEARCH_QUERY = graphql(`
  query CrmMergeSearch($search: String!) {
    users(filter: { search: $search }, first: 8) {
      edges {
        node {
          id
          name
          primaryEmail
        }
      }
    }
  }
`);

/** What a merge would move from the chosen user, for the dialog's summary. */
export const CRM_MERGE_SOURCE_QUERY = graphql(`
  query CrmMergeSource($id: ID!) {
    user(id: $id) {
      id
      name
      primaryEmail
      emails {
        address
      }
      notes {
        id
      }
      files {
        id
      }
      usergroups {
        id
        name
      }
    }
  }
`);
