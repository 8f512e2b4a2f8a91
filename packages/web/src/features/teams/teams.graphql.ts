import { graphql } from '../../gql';

export const TEAMS_QUERY = graphql(`
  query Teams {
    teams {
      id
      name
      members {
        id
        name
        email
      }
      organizations {
        id
        name
      }
    }
  }
`);

export const CREATE_TEAM_MUTATION = graphql(`
  mutation CreateTeam($name: String!) {
    createTeam(name: $name) {
      id
      name
    }
  }
`);

export const RENAME_TEAM_MUTATION = graphql(`
  mutation RenameTeam($id: ID!, $name: String!) {
    renameTeam(id: $id, name: $name) {
      id
      name
    }
  }
`);

export const DELETE_TEAM_MUTATION = graphql(`
  mutation DeleteTeam($id: ID!) {
    deleteTeam(id: $id)
  }
`);

export const SET_TEAM_MEMBERS_MUTATION = graphql(`
  mutation SetTeamMembers($id: ID!, $agentIds: [ID!]!) {
    setTeamMembers(id: $id, agentIds: $agentIds) {
      id
      members {
        id
        name
        email
      }
    }
  }
`);

export const MEMBER_CANDIDATES_QUERY = graphql(`
  query TeamMemberCandidates($search: String) {
    agents(first: 100, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          name
          email
        }
      }
    }
  }
`);

export const SET_TEAM_ORGANIZATIONS_MUTATION = graphql(`
  mutation SetTeamOrganizations($id: ID!, $organizationIds: [ID!]!) {
    setTeamOrganizations(id: $id, organizationIds: $organizationIds) {
      id
      organizations {
        id
        name
      }
    }
  }
`);

export const ORGANIZATION_CANDIDATES_QUERY = graphql(`
  query TeamOrganizationCandidates($search: String) {
    organizations(first: 100, search: $search) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
