import { graphql } from '../gql';

// Documents of the team-scoped visibility suite (crm-visibility.int-spec.ts).

export const CRM_SETTINGS = graphql(`
  query VisibilityCrmSettings {
    crmSettings {
      teamScopedUserVisibility
      updatedAt
      updatedByName
    }
  }
`);
export const UPDATE_CRM_SETTINGS = graphql(`
  mutation VisibilityUpdateCrmSettings($i: CrmSettingsInput!) {
    updateCrmSettings(input: $i) {
      teamScopedUserVisibility
      updatedByName
    }
  }
`);
export const SET_TEAM_ORGS = graphql(`
  mutation VisibilitySetTeamOrganizations($id: ID!, $o: [ID!]!) {
    setTeamOrganizations(id: $id, organizationIds: $o) {
      id
      organizations {
        id
        name
      }
    }
  }
`);
export const TEAM_ORGS = graphql(`
  query VisibilityTeamOrganizations {
    teams {
      id
      name
      organizations {
        id
        name
      }
    }
  }
`);
export const ACTIVITY = graphql(`
  query VisibilityActivity($u: ID!) {
    userActivity(userId: $u, first: 5) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
export const USER_FILES = graphql(`
  query VisibilityUserFiles($id: ID!) {
    user(id: $id) {
      id
      files {
        id
      }
    }
  }
`);
export const DELETE_FILE = graphql(`
  mutation VisibilityDeleteFile($u: ID!, $f: ID!) {
    deleteUserFile(userId: $u, fileId: $f) {
      id
    }
  }
`);
export const MERGE_IDS = graphql(`
  mutation VisibilityMerge($t: ID!, $s: ID!) {
    mergeUsers(targetUserId: $t, sourceUserId: $s) {
      id
      merges {
        id
      }
    }
  }
`);
export const ORG_TEAMS = graphql(`
  query VisibilityOrganizationTeams {
    organizations(first: 100) {
      edges {
        node {
          name
          teams {
            name
          }
        }
      }
    }
  }
`);
