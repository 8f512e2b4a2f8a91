import { graphql } from '../../gql';

export const DEPARTMENTS_QUERY = graphql(`
  query Departments {
    departments {
      id
      name
      agentCount
      permissionGroupCount
    }
  }
`);

export const CREATE_DEPARTMENT_MUTATION = graphql(`
  mutation CreateDepartment($name: String!) {
    createDepartment(name: $name) {
      id
      name
    }
  }
`);

export const RENAME_DEPARTMENT_MUTATION = graphql(`
  mutation RenameDepartment($id: ID!, $name: String!) {
    renameDepartment(id: $id, name: $name) {
      id
      name
    }
  }
`);

export const DELETE_DEPARTMENT_MUTATION = graphql(`
  mutation DeleteDepartment($id: ID!) {
    deleteDepartment(id: $id)
  }
`);
