import { graphql } from '../../gql';

/** What the matrix and the department access table show of a group; mutations answer it. */
export const PERMISSION_GROUP_FIELDS = graphql(`
  fragment PermissionGroupFields on PermissionGroup {
    id
    name
    builtIn
    permissions
    departments {
      access
      department {
        id
      }
    }
  }
`);

export const PERMISSION_GROUPS_QUERY = graphql(`
  query PermissionGroupsPage {
    permissionCatalog {
      key
      label
      category
      destructive
    }
    permissionGroups {
      ...PermissionGroupFields
    }
    departments {
      id
      name
    }
  }
`);

export const CREATE_PERMISSION_GROUP_MUTATION = graphql(`
  mutation CreatePermissionGroup($input: PermissionGroupInput!) {
    createPermissionGroup(input: $input) {
      ...PermissionGroupFields
    }
  }
`);

export const UPDATE_PERMISSION_GROUP_MUTATION = graphql(`
  mutation UpdatePermissionGroup($id: ID!, $input: UpdatePermissionGroupInput!) {
    updatePermissionGroup(id: $id, input: $input) {
      ...PermissionGroupFields
    }
  }
`);

export const DELETE_PERMISSION_GROUP_MUTATION = graphql(`
  mutation DeletePermissionGroup($id: ID!) {
    deletePermissionGroup(id: $id)
  }
`);

/** How many agents are in a group (for the delete confirmation). */
export const GROUP_MEMBER_COUNT_QUERY = graphql(`
  query PermissionGroupMemberCount($id: ID!) {
    agents(first: 1, filter: { permissionGroupId: $id }) {
      totalCount
    }
  }
`);
