import { createHash } from 'node:crypto';
import { graphql } from '../gql';
import { TestApp } from './test-app';

// Documents and helpers shared by the access suites (access-*.int-spec.ts): role and token
// denials, through HTTP against a real database. Typed documents: run
// `pnpm --filter @roster/api codegen:test` after changing one (test/gql).

export const VIEWER = graphql(`
  query AccessViewer {
    viewer {
      id
      name
      alias
      phone
      isAdmin
    }
  }
`);
export const CREATE_AGENT = graphql(`
  mutation AccessCreateAgent($i: CreateAgentInput!) {
    createAgent(input: $i) {
      agent {
        id
        isAdmin
      }
    }
  }
`);
export const UPDATE_AGENT = graphql(`
  mutation AccessUpdateAgent($id: ID!, $i: UpdateAgentInput!) {
    updateAgent(id: $id, input: $i) {
      id
      name
      alias
      phone
      isAdmin
    }
  }
`);
export const CREATE_TOKEN = graphql(`
  mutation AccessCreateApiToken($n: String!, $s: [String!]!) {
    createApiToken(name: $n, scopes: $s) {
      token
      apiToken {
        id
        name
        prefix
        scopes
        lastUsedAt
        revokedAt
      }
    }
  }
`);
export const API_TOKENS = graphql(`
  query AccessApiTokens {
    apiTokens(includeRevoked: true) {
      id
      name
      prefix
      lastUsedAt
      revokedAt
    }
  }
`);
export const AGENTS = graphql(`
  query AccessAgents {
    agents(first: 100) {
      totalCount
      edges {
        node {
          id
          email
        }
      }
    }
  }
`);

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
let seq = 0;
/** A fresh, valid CreateAgentInput (the welcome email and forced password change off). */
export const newAgentInput = (extra: Record<string, unknown> = {}) => {
  seq += 1;
  return {
    email: `made-${seq}@example.com`,
    name: `Made ${seq}`,
    sendWelcomeEmail: false,
    password: 'made-password-1',
    forcePasswordChange: false,
    ...extra,
  };
};

/**
 * Helpers bound to a suite's app. `app` is read on every call, so the suite can pass `() => t`
 * and assign `t = await startTestApp()` in its own beforeAll.
 */
export function accessHelpers(app: () => TestApp) {
  const count = async (table: string): Promise<number> => Number((await app().roster.ds.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const agentRow = async (id: string) =>
    (
      await app().roster.ds.query(
        'SELECT name, alias, phones, is_admin, is_reports_admin, status, permissions, can_edit_own_ticket_notifications FROM agent WHERE id = ?',
        [Number(id)],
      )
    )[0];
  /** Creates an API token as `as` (the admin by default) and returns the secret and its record. */
  const newToken = async (scopes: string[], as = app().adminToken, name = 'integration') =>
    (await app().ok(CREATE_TOKEN, { n: name, s: scopes }, { token: as })).createApiToken as {
      token: string;
      apiToken: { id: string; name: string; prefix: string; lastUsedAt: string | null };
    };
  return { count, agentRow, newToken };
}
