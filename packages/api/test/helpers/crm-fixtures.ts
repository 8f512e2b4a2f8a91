import { graphql } from '../gql';
import type { CreateUserInput } from '../gql/graphql';
import { GqlResult, TestApp, withToken } from './test-app';

// Documents and helpers shared by the CRM suites (crm-*.int-spec.ts).

export const USER_FIELDS = graphql(`
  fragment CrmUserFields on User {
    id
    name
    primaryEmail
    emails {
      address
      isPrimary
    }
    organization {
      id
      name
    }
    usergroups {
      id
      name
    }
    summary
    phone
    website
    im
    twitter
    linkedin
    facebook
    address
    timezone
    localTime
    language
    isAutoResponder
    notes {
      id
      text
      authorName
      createdAt
    }
    merges {
      id
      sourceUserId
      undoneAt
    }
    createdAt
  }
`);

export const CREATE_USER = graphql(`
  mutation CrmCreateUser($i: CreateUserInput!) {
    createUser(input: $i) {
      ...CrmUserFields
    }
  }
`);
export const UPDATE_USER = graphql(`
  mutation CrmUpdateUser($id: ID!, $i: UpdateUserInput!) {
    updateUser(id: $id, input: $i) {
      ...CrmUserFields
    }
  }
`);
export const DELETE_USER = graphql(`
  mutation CrmDeleteUser($id: ID!) {
    deleteUser(id: $id)
  }
`);
export const GET_USER = graphql(`
  query CrmGetUser($id: ID!) {
    user(id: $id) {
      ...CrmUserFields
    }
  }
`);
export const LIST_USERS = graphql(`
  query CrmListUsers($f: UserFilter, $first: Int, $after: String) {
    users(filter: $f, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          name
          primaryEmail
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
export const COUNT_USERS = graphql(`
  query CrmCountUsers($f: UserFilter) {
    users(filter: $f, first: 1) {
      totalCount
    }
  }
`);
export const ADD_EMAIL = graphql(`
  mutation CrmAddEmail($u: ID!, $e: String!) {
    addUserEmail(userId: $u, email: $e) {
      ...CrmUserFields
    }
  }
`);
export const REMOVE_EMAIL = graphql(`
  mutation CrmRemoveEmail($u: ID!, $e: String!) {
    removeUserEmail(userId: $u, email: $e) {
      ...CrmUserFields
    }
  }
`);
export const SET_PRIMARY = graphql(`
  mutation CrmSetPrimary($u: ID!, $e: String!) {
    setPrimaryUserEmail(userId: $u, email: $e) {
      ...CrmUserFields
    }
  }
`);
export const ADD_NOTE = graphql(`
  mutation CrmAddNote($u: ID!, $t: String!) {
    addUserNote(userId: $u, text: $t) {
      ...CrmUserFields
    }
  }
`);
export const MERGE = graphql(`
  mutation CrmMerge($t: ID!, $s: ID!) {
    mergeUsers(targetUserId: $t, sourceUserId: $s) {
      ...CrmUserFields
    }
  }
`);
export const UNDO_MERGE = graphql(`
  mutation CrmUndoMerge($m: ID!) {
    undoUserMerge(mergeId: $m) {
      ...CrmUserFields
    }
  }
`);
export const CREATE_ORG = graphql(`
  mutation CrmCreateOrg($n: String!) {
    createOrganization(name: $n) {
      id
      name
    }
  }
`);
export const ORGS = graphql(`
  query CrmOrgs($s: String, $first: Int, $after: String) {
    organizations(search: $s, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
export const CREATE_GROUP = graphql(`
  mutation CrmCreateGroup($n: String!) {
    createUsergroup(name: $n) {
      id
      name
    }
  }
`);
export const GROUPS = graphql(`
  query CrmGroups {
    usergroups {
      id
      name
    }
  }
`);
export const USER_LOG = graphql(`
  query CrmUserLog($id: ID!, $first: Int) {
    changeLog(entityType: USER, entityId: $id, first: $first) {
      totalCount
      edges {
        node {
          field
          oldValue
          newValue
          actorName
        }
      }
    }
  }
`);

export const DUPLICATES = graphql(`
  query CrmDuplicates($u: ID!) {
    userDuplicates(userId: $u) {
      reasons
      user {
        id
        name
      }
    }
  }
`);

export const fieldsOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.fields ?? {};

let seq = 0;
/** A unique email (per process and suite run). */
export const uniqueEmail = (local = 'u') => `${local}-${process.pid}-${++seq}@example.com`;

/** Helpers bound to a suite's app, acting as `token()` (the admin's by default). */
export function crmHelpers(app: () => TestApp, token: () => string = () => app().adminToken) {
  const { ok, gql } = withToken(app, token);
  const createUser = async (name: string, extra: Partial<CreateUserInput> = {}) =>
    (await ok(CREATE_USER, { i: { name, emails: [uniqueEmail(name.toLowerCase().replace(/\W+/g, '-'))], ...extra } })).createUser;
  const log = async (id: string) => (await ok(USER_LOG, { id, first: 100 })).changeLog.edges.map((e) => e.node);
  return { ok, gql, createUser, log };
}
