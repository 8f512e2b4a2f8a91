import { graphql } from '../gql';
import type { PermissionGroupInput } from '../gql/graphql';
import { TestApp, withToken } from './test-app';

// Documents and helpers shared by the permission group suites (groups-*.int-spec.ts). Typed
// documents: run `pnpm --filter @roster/api codegen:test` after changing one (test/gql).

graphql(`
  fragment GroupsGroup on PermissionGroup {
    id
    name
    builtIn
    permissions
    departments {
      department {
        id
        name
      }
      access
    }
  }
`);
export const GROUPS = graphql(`
  query GroupsList {
    permissionGroups {
      ...GroupsGroup
    }
  }
`);
export const CREATE = graphql(`
  mutation GroupsCreate($i: PermissionGroupInput!) {
    createPermissionGroup(input: $i) {
      ...GroupsGroup
    }
  }
`);
export const UPDATE = graphql(`
  mutation GroupsUpdate($id: ID!, $i: UpdatePermissionGroupInput!) {
    updatePermissionGroup(id: $id, input: $i) {
      ...GroupsGroup
    }
  }
`);
export const DELETE = graphql(`
  mutation GroupsDeletePermissionGroup($id: ID!) {
    deletePermissionGroup(id: $id)
  }
`);

/** The viewer's (the start-up admin's) groups. */
export const VIEWER_GROUPS = graphql(`
  query GroupsViewer {
    viewer {
      permissionGroups {
        id
      }
    }
  }
`);
const CREATE_DEPARTMENT = graphql(`
  mutation GroupsCreateDepartment($n: String!) {
    createDepartment(name: $n) {
      id
    }
  }
`);

export const sorted = (a: string[]) => [...a].sort();

/**
 * Helpers bound to a suite's app. `app` is read on every call, so the suite can pass `() => t`
 * and assign `t = await startTestApp()` in its own beforeAll.
 */
export function groupHelpers(app: () => TestApp) {
  const { ok: asAdmin, gql: tryAdmin } = withToken(app, () => app().adminToken);
  const groups = async () => (await asAdmin(GROUPS)).permissionGroups;
  const group = async (id: string) => (await groups()).find((g) => g.id === id)!;
  const createGroup = async (i: PermissionGroupInput) => (await asAdmin(CREATE, { i })).createPermissionGroup;
  const department = async (name: string): Promise<string> => (await asAdmin(CREATE_DEPARTMENT, { n: name })).createDepartment.id;
  return { asAdmin, tryAdmin, groups, group, createGroup, department };
}
