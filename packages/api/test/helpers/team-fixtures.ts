import { graphql } from '../gql';
import type { ChangeLogEntityType } from '../gql/graphql';
import { ChangeLogEntry } from '../../src/common/change-log';
import { TestApp, withToken } from './test-app';

// Documents and helpers shared by the team and department suites (teams.int-spec.ts,
// departments.int-spec.ts). Typed documents: run `pnpm --filter @roster/api codegen:test` after
// changing one (test/gql).

export const TEAMS = graphql(`
  query TeamsDepartmentsTeams {
    teams {
      id
      name
      members {
        id
        name
      }
    }
  }
`);
export const CREATE_TEAM = graphql(`
  mutation TeamsDepartmentsCreateTeam($n: String!) {
    createTeam(name: $n) {
      id
      name
      members {
        id
      }
    }
  }
`);
export const RENAME_TEAM = graphql(`
  mutation TeamsDepartmentsRenameTeam($id: ID!, $n: String!) {
    renameTeam(id: $id, name: $n) {
      id
      name
    }
  }
`);
export const DELETE_TEAM = graphql(`
  mutation TeamsDepartmentsDeleteTeam($id: ID!) {
    deleteTeam(id: $id)
  }
`);
export const SET_MEMBERS = graphql(`
  mutation TeamsDepartmentsSetTeamMembers($id: ID!, $a: [ID!]!) {
    setTeamMembers(id: $id, agentIds: $a) {
      id
      name
      members {
        id
        name
      }
    }
  }
`);
export const DEPARTMENTS = graphql(`
  query TeamsDepartmentsDepartments {
    departments {
      id
      name
    }
  }
`);
export const CREATE_DEPT = graphql(`
  mutation TeamsDepartmentsCreateDepartment($n: String!) {
    createDepartment(name: $n) {
      id
      name
    }
  }
`);
export const RENAME_DEPT = graphql(`
  mutation TeamsDepartmentsRenameDepartment($id: ID!, $n: String!) {
    renameDepartment(id: $id, name: $n) {
      id
      name
    }
  }
`);
export const DELETE_DEPT = graphql(`
  mutation TeamsDepartmentsDeleteDepartment($id: ID!) {
    deleteDepartment(id: $id)
  }
`);
export const AGENT = graphql(`
  query TeamsDepartmentsAgent($id: ID!) {
    agent(id: $id) {
      id
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
    }
  }
`);
export const UPDATE_AGENT = graphql(`
  mutation TeamsDepartmentsUpdateAgent($id: ID!, $i: UpdateAgentInput!) {
    updateAgent(id: $id, input: $i) {
      id
    }
  }
`);
export const AGENTS = graphql(`
  query TeamsDepartmentsAgents($f: AgentFilter) {
    agents(filter: $f, first: 100) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);
export const LOG = graphql(`
  query TeamsDepartmentsChangeLog($type: ChangeLogEntityType!, $id: ID!) {
    changeLog(entityType: $type, entityId: $id) {
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

/**
 * Helpers bound to a suite's app. `app` is read on every call, so the suite can pass `() => t`
 * and assign `t = await startTestApp()` in its own beforeAll.
 */
export function teamHelpers(app: () => TestApp) {
  const { ok: asAdmin, gql: tryAdmin } = withToken(app, () => app().adminToken);
  const teams = async () => (await asAdmin(TEAMS)).teams;
  const departments = async () => (await asAdmin(DEPARTMENTS)).departments;
  const createTeam = async (n: string) => (await asAdmin(CREATE_TEAM, { n })).createTeam;
  const createDept = async (n: string) => (await asAdmin(CREATE_DEPT, { n })).createDepartment;
  const agent = async (id: string) => (await asAdmin(AGENT, { id })).agent!;
  const log = async (type: ChangeLogEntityType, id: string) => (await asAdmin(LOG, { type, id })).changeLog.edges.map((e) => e.node);
  const logRows = () => app().roster.ds.getRepository(ChangeLogEntry).count();
  const teamAgents = async (teamId: string) => (await asAdmin(AGENTS, { f: { teamId } })).agents.edges.map((e) => e.node.id).sort();
  let seq = 0;
  /** Creates an agent with a unique email (as admin) and returns its id and a signed-in token. */
  const newAgent = (name: string, extra: Record<string, unknown> = {}) =>
    app().createAgent({ email: `agent${++seq}.${name.toLowerCase().replace(/\W/g, '')}@example.com`, name, ...extra });
  return { asAdmin, tryAdmin, teams, departments, createTeam, createDept, agent, log, logRows, teamAgents, newAgent };
}
