import { PERMISSION_CATALOG } from '@roster/shared';
import { ChangeLogEntry } from '../../src/common/change-log';
import { Agent, claimAgentEmails, newAgentRow, syncAgentWords } from '../../src/modules/agent';
import { graphql } from '../gql';
import type { CreateAgentInput, UpdateAgentInput } from '../gql/graphql';
import { GqlResult, TestApp, withToken } from './test-app';

// Queries and helpers shared by the agent suites (agents.int-spec.ts, agent-changes.int-spec.ts).
// Typed documents: run `pnpm --filter @roster/api codegen:test` after changing one (test/gql).

/** Every field of an agent the suites compare (spread it as `...TestAgent`). */
export const AGENT = graphql(`
  fragment TestAgent on Agent {
    id
    email
    name
    alias
    phone
    landlinePhone
    mobilePhone
    timezone
    language
    businessUnit
    businessUnitId
    isAdmin
    isReportsAdmin
    status
    mustChangePassword
    signature
    permissions
    effectivePermissions
    canEditOwnTicketNotifications
    permissionGroups {
      id
      name
      builtIn
    }
    teams {
      id
      name
    }
    departments {
      department {
        id
        name
      }
      access
    }
    ticketNotifications {
      event
      email
      browser
    }
    otherNotifications {
      event
      email
      browser
    }
  }
`);

export const CREATE = graphql(`
  mutation TestCreateAgent($i: CreateAgentInput!) {
    createAgent(input: $i) {
      temporaryPassword
      agent {
        ...TestAgent
      }
    }
  }
`);
export const UPDATE = graphql(`
  mutation TestUpdateAgent($id: ID!, $i: UpdateAgentInput!) {
    updateAgent(id: $id, input: $i) {
      ...TestAgent
    }
  }
`);
export const GET = graphql(`
  query TestGetAgent($id: ID!) {
    agent(id: $id) {
      ...TestAgent
    }
  }
`);
export const LIST = graphql(`
  query TestListAgents($f: AgentFilter, $first: Int, $after: String) {
    agents(filter: $f, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          email
        }
      }
    }
  }
`);
export const LOG = graphql(`
  query TestAgentLog($id: ID!, $first: Int) {
    changeLog(entityType: AGENT, entityId: $id, first: $first) {
      totalCount
      edges {
        node {
          id
          field
          oldValue
          newValue
          actorName
          createdAt
        }
      }
    }
  }
`);
export const LICENSE = graphql(`
  query TestLicense {
    license {
      seats
      used
      available
    }
  }
`);
const VIEWER = graphql(`
  query TestViewer {
    viewer {
      id
      name
    }
  }
`);
const CREATE_TEAM = graphql(`
  mutation TestCreateTeam($n: String!) {
    createTeam(name: $n) {
      id
    }
  }
`);
const CREATE_BUSINESS_UNIT = graphql(`
  mutation TestCreateBusinessUnit($n: String!) {
    createBusinessUnit(name: $n) {
      id
    }
  }
`);
const CREATE_DEPARTMENT = graphql(`
  mutation TestCreateDepartment($n: String!) {
    createDepartment(name: $n) {
      id
    }
  }
`);

export const ALL_KEYS = PERMISSION_CATALOG.map((p) => p.key);
export const NON_DESTRUCTIVE_KEYS = PERMISSION_CATALOG.filter((p) => !p.destructive).map((p) => p.key);

export type Entry = { id: string; field: string; oldValue: string | null; newValue: string | null; actorName: string };

/** The per-field messages of the first error (extensions.fields), or {}. */
export const fields = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.fields ?? {};

/** The id and name of the admin the app was started with. */
export async function viewerOf(t: TestApp): Promise<{ id: string; name: string }> {
  const v = await t.ok(VIEWER, {}, { token: t.adminToken });
  return { id: v.viewer!.id, name: v.viewer!.name };
}

/** Defaults of `create`: no welcome email, no forced password change, a known password. */
type NewAgent = Omit<CreateAgentInput, 'email' | 'name'> & Partial<Pick<CreateAgentInput, 'email' | 'name'>>;
const newAgent = (input: NewAgent) =>
  ({ sendWelcomeEmail: false, forcePasswordChange: false, password: 'agent-password-1', ...input }) as CreateAgentInput;

/**
 * Helpers bound to a suite's app. `app` is read on every call, so the suite can pass `() => t`
 * and assign `t = await startTestApp()` in its own beforeAll.
 */
export function agentHelpers(app: () => TestApp) {
  const { ok: asAdmin, gql: tryAdmin } = withToken(app, () => app().adminToken);
  /** Creates an agent as admin without a welcome email or forced password change; returns the full agent. */
  async function create(input: NewAgent) {
    const d = await asAdmin(CREATE, { i: newAgent(input) });
    return d.createAgent.agent;
  }
  const tryCreate = (input: NewAgent) => tryAdmin(CREATE, { i: newAgent(input) });
  const get = async (id: string) => (await asAdmin(GET, { id })).agent!;
  const update = async (id: string, i: UpdateAgentInput) => (await asAdmin(UPDATE, { id, i })).updateAgent;
  const log = async (id: string): Promise<Entry[]> => (await asAdmin(LOG, { id, first: 100 })).changeLog.edges.map((e) => e.node);
  const team = async (name: string): Promise<string> => (await asAdmin(CREATE_TEAM, { n: name })).createTeam.id;
  const department = async (name: string): Promise<string> => (await asAdmin(CREATE_DEPARTMENT, { n: name })).createDepartment.id;
  const businessUnit = async (name: string): Promise<string> => (await asAdmin(CREATE_BUSINESS_UNIT, { n: name })).createBusinessUnit.id;
  const changeLogRows = () => app().roster.ds.getRepository(ChangeLogEntry).count();
  const agentRows = () => app().roster.ds.getRepository(Agent).count();
  const activeAdmins = async (): Promise<string[]> =>
    (await asAdmin(LIST, { f: { isAdmin: true, status: 'ACTIVE' }, first: 100 })).agents.edges
      .map((e) => e.node.id)
      .sort((a, b) => Number(a) - Number(b));
  return {
    asAdmin,
    tryAdmin,
    create,
    tryCreate,
    get,
    update,
    log,
    team,
    department,
    businessUnit,
    changeLogRows,
    agentRows,
    activeAdmins,
  };
}

/** Inserts `n` plain agents straight into the table (`<prefix><i>@example.com`), 200 per INSERT; returns their ids. */
export async function insertAgents(t: TestApp, prefix: string, n: number): Promise<string[]> {
  const repo = t.roster.ds.getRepository(Agent);
  const rows = Array.from({ length: n }, (_, i) => newAgentRow({ email: `${prefix}${i}@example.com`, name: `${prefix} ${i}` }));
  for (let i = 0; i < rows.length; i += 200) await repo.insert(rows.slice(i, i + 200));
  const found: { id: number | string; email: string }[] = await repo
    .createQueryBuilder('a')
    .select('a.id', 'id')
    .addSelect('a.email', 'email')
    .where('a.email LIKE :p', { p: `${prefix}%` })
    .orderBy('a.id')
    .getRawMany();
  const ids = found.map((r) => Number(r.id));
  // Straight into the table, so their addresses (agent_email) and search words too, as every write path keeps them.
  await claimAgentEmails(
    t.roster.ds.manager,
    found.map((r) => ({ id: Number(r.id), email: r.email, extraEmails: [] })),
    { fresh: true },
  );
  await syncAgentWords(t.roster.ds.manager, ids);
  return ids.map(String);
}
