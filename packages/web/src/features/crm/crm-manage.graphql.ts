import { graphql } from '../../gql';

// Deleting a user and managing usergroups and organizations (record actions, the usergroups
// dialog, /crm/manage). Kept apart from crm.graphql.ts so that the record's editors stay short.

export const CRM_DELETE_USER = graphql(`
  mutation CrmDeleteUser($id: ID!) {
    deleteUser(id: $id)
  }
`);

export const CRM_CREATE_USERGROUP = graphql(`
  mutation CrmCreateUsergroup($name: String!) {
    createUsergroup(name: $name) {
      id
      name
    }
  }
`);

export const CRM_RENAME_USERGROUP = graphql(`
  mutation CrmRenameUsergroup($id: ID!, $name: String!) {
    renameUsergroup(id: $id, name: $name) {
      id
      name
    }
  }
`);

export const CRM_DELETE_USERGROUP = graphql(`
  mutation CrmDeleteUsergroup($id: ID!) {
    deleteUsergroup(id: $id)
  }
`);

export const CRM_MANAGE_ORGANIZATIONS_QUERY = graphql(`
  query CrmManageOrganizations($search: String, $first: Int) {
    organizations(search: $search, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          userCount
        }
      }
    }
  }
`);

export const CRM_RENAME_ORGANIZATION = graphql(`
  mutation CrmRenameOrganization($id: ID!, $name: String!) {
    renameOrganization(id: $id, name: $name) {
      id
      name
    }
  }
`);

export const CRM_DELETE_ORGANIZATION = graphql(`
  mutation CrmDeleteOrganization($id: ID!) {
    deleteOrganization(id: $id)
  }
`);
