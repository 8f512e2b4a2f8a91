import { graphql } from '../../gql';

// User custom fields: the admin page's operations and the definitions the CRM record reads.

export const USER_CUSTOM_FIELD_FIELDS = graphql(`
  fragment UserCustomFieldFields on UserCustomField {
    id
    name
    type
    description
    options
    position
    enabled
  }
`);

export const USER_CUSTOM_FIELDS_QUERY = graphql(`
  query UserCustomFields {
    userCustomFields {
      ...UserCustomFieldFields
    }
  }
`);

export const CREATE_USER_CUSTOM_FIELD = graphql(`
  mutation CreateUserCustomField($input: CreateUserCustomFieldInput!) {
    createUserCustomField(input: $input) {
      ...UserCustomFieldFields
    }
  }
`);

export const UPDATE_USER_CUSTOM_FIELD = graphql(`
  mutation UpdateUserCustomField($id: ID!, $input: UpdateUserCustomFieldInput!) {
    updateUserCustomField(id: $id, input: $input) {
      ...UserCustomFieldFields
    }
  }
`);

export const DELETE_USER_CUSTOM_FIELD = graphql(`
  mutation DeleteUserCustomField($id: ID!) {
    deleteUserCustomField(id: $id)
  }
`);

export const REORDER_USER_CUSTOM_FIELDS = graphql(`
  mutation ReorderUserCustomFields($ids: [ID!]!) {
    reorderUserCustomFields(ids: $ids) {
      id
      position
    }
  }
`);
