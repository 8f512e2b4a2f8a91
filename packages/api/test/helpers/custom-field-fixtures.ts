import { graphql } from '../gql';

// Documents of the user custom field suites.

export const CF_FIELDS = graphql(`
  fragment CfFieldFields on UserCustomField {
    id
    name
    type
    description
    options
    position
    enabled
  }
`);
export const CF_LIST = graphql(`
  query CfList {
    userCustomFields {
      ...CfFieldFields
    }
  }
`);
export const CF_CREATE = graphql(`
  mutation CfCreate($i: CreateUserCustomFieldInput!) {
    createUserCustomField(input: $i) {
      ...CfFieldFields
    }
  }
`);
export const CF_UPDATE = graphql(`
  mutation CfUpdate($id: ID!, $i: UpdateUserCustomFieldInput!) {
    updateUserCustomField(id: $id, input: $i) {
      ...CfFieldFields
    }
  }
`);
export const CF_DELETE = graphql(`
  mutation CfDelete($id: ID!) {
    deleteUserCustomField(id: $id)
  }
`);
export const CF_USER = graphql(`
  query CfUser($id: ID!) {
    user(id: $id) {
      id
      customFields {
        field {
          id
          name
        }
        value
      }
    }
  }
`);
export const CF_SET = graphql(`
  mutation CfSet($id: ID!, $i: UpdateUserInput!) {
    updateUser(id: $id, input: $i) {
      id
      customFields {
        field {
          name
        }
        value
      }
    }
  }
`);
export const CF_USERS_PAGE = graphql(`
  query CfUsersPage($first: Int) {
    users(first: $first) {
      edges {
        node {
          id
          customFields {
            field {
              name
            }
            value
          }
        }
      }
    }
  }
`);
export const CF_REORDER = graphql(`
  mutation CfReorder($ids: [ID!]!) {
    reorderUserCustomFields(ids: $ids) {
      id
      position
    }
  }
`);
