import { graphql } from '../../gql';

// The CRM pane's operations (users, organizations, notes, the change log). Mutations answer the
// whole record (CrmUserFields) so Apollo's cache updates the content pane by itself.

export const CRM_USER_FIELDS = graphql(`
  fragment CrmUserFields on User {
    id
    name
    primaryEmail
    summary
    updatedAt
    phone
    website
    im
    twitter
    linkedin
    facebook
    address
    isAutoResponder
    usergroups {
      id
      name
    }
    emails {
      address
      isPrimary
    }
    organization {
      id
      name
    }
    notes {
      id
      text
      authorName
      createdAt
    }
    noteConnection {
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    timezone
    language
    localTime
    customFields {
      field {
        id
      }
      value
    }
  }
`);

export const CRM_USERS_QUERY = graphql(`
  query CrmUsers($filter: UserFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountIsExact
      edges {
        cursor
        node {
          id
          name
          primaryEmail
          organization {
            id
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

export const CRM_USER_QUERY = graphql(`
  query CrmUser($id: ID!) {
    user(id: $id) {
      ...CrmUserFields
    }
  }
`);

export const CRM_ORGANIZATIONS_QUERY = graphql(`
  query CrmOrganizations($search: String, $first: Int) {
    organizations(search: $search, first: $first) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CRM_USERGROUPS_QUERY = graphql(`
  query CrmUsergroups {
    usergroups {
      id
      name
    }
  }
`);

export const CRM_CREATE_USER = graphql(`
  mutation CrmCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...CrmUserFields
    }
  }
`);

export const CRM_UPDATE_USER = graphql(`
  mutation CrmUpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...CrmUserFields
    }
  }
`);

export const CRM_ADD_EMAIL = graphql(`
  mutation CrmAddUserEmail($userId: ID!, $email: String!) {
    addUserEmail(userId: $userId, email: $email) {
      ...CrmUserFields
    }
  }
`);

export const CRM_REMOVE_EMAIL = graphql(`
  mutation CrmRemoveUserEmail($userId: ID!, $email: String!) {
    removeUserEmail(userId: $userId, email: $email) {
      ...CrmUserFields
    }
  }
`);

export const CRM_SET_PRIMARY_EMAIL = graphql(`
  mutation CrmSetPrimaryUserEmail($userId: ID!, $email: String!) {
    setPrimaryUserEmail(userId: $userId, email: $email) {
      ...CrmUserFields
    }
  }
`);

export const CRM_ADD_NOTE = graphql(`
  mutation CrmAddUserNote($userId: ID!, $text: String!) {
    addUserNote(userId: $userId, text: $text) {
      ...CrmUserFields
    }
  }
`);

export const CRM_CREATE_ORGANIZATION = graphql(`
  mutation CrmCreateOrganization($name: String!) {
    createOrganization(name: $name) {
      id
      name
    }
  }
`);

export const CRM_USER_CHANGE_LOG_QUERY = graphql(`
  query CrmUserChangeLog($entityId: ID!, $first: Int, $after: String) {
    changeLog(entityType: USER, entityId: $entityId, first: $first, after: $after) {
      ...ChangeLogPageFields
      edges {
        node {
          id
          movedFrom {
            userId
            name
          }
        }
      }
    }
  }
`);

/** Older notes of a user, after the newest ones the record shows (NotesSection's "Load older notes"). */
export const CRM_USER_NOTES_PAGE = graphql(`
  query CrmUserNotesPage($userId: ID!, $after: String) {
    user(id: $userId) {
      id
      noteConnection(first: 50, after: $after) {
        ...NotesPageFields
      }
    }
  }
`);
