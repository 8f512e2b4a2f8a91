import { graphql } from '../../gql';

/** Every unit with its agent count: the admin page, the agent form's select and the agents list's filter. */
export const BUSINESS_UNITS_QUERY = graphql(`
  query BusinessUnits {
    businessUnits {
      id
      name
      agentCount
    }
  }
`);

export const CREATE_BUSINESS_UNIT_MUTATION = graphql(`
  mutation CreateBusinessUnit($name: String!) {
    createBusinessUnit(name: $name) {
      id
      name
      agentCount
    }
  }
`);

export const RENAME_BUSINESS_UNIT_MUTATION = graphql(`
  mutation RenameBusinessUnit($id: ID!, $name: String!) {
    renameBusinessUnit(id: $id, name: $name) {
      id
      name
    }
  }
`);

export const DELETE_BUSINESS_UNIT_MUTATION = graphql(`
  mutation DeleteBusinessUnit($id: ID!) {
    deleteBusinessUnit(id: $id)
  }
`);
