import { graphql } from './gql';
import { CREATE_ORG, crmHelpers, MERGE } from './helpers/crm-fixtures';
import { startTestApp, TestApp } from './helpers/test-app';

// What a delete affects, for its confirmation: Department.agentCount and permissionGroupCount,
// Organization.userCount (issue 19), each counted in one statement for a whole list.

const DEPARTMENT = graphql(`
  mutation ImpactCreateDepartment($n: String!) {
    createDepartment(name: $n) {
      id
    }
  }
`);
const GIVE_ACCESS = graphql(`
  mutation ImpactGiveAccess($id: ID!, $d: [DepartmentAccessInput!]!) {
    updateAgent(id: $id, input: { departments: $d }) {
      id
    }
  }
`);
const GROUP = graphql(`
  mutation ImpactCreateGroup($i: PermissionGroupInput!) {
    createPermissionGroup(input: $i) {
      id
    }
  }
`);
const DEPARTMENTS = graphql(`
  query ImpactDepartments {
    departments {
      id
      agentCount
      permissionGroupCount
    }
  }
`);
const ORGANIZATIONS = graphql(`
  query ImpactOrganizations {
    organizations(first: 100) {
      edges {
        node {
          id
          userCount
        }
      }
    }
  }
`);

describe('delete impact counts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());
  const { ok, createUser } = crmHelpers(() => t);

  it('counts the agents and permission groups with access to each department', async () => {
    const billing = (await ok(DEPARTMENT, { n: 'Impact Billing' })).createDepartment.id;
    const sales = (await ok(DEPARTMENT, { n: 'Impact Sales' })).createDepartment.id;
    for (const [i, access] of (['FULL', 'ASSIGN', 'FULL'] as const).entries()) {
      const agent = await t.createAgent({ email: `impact-${i}@example.com`, name: `Impact ${i}` });
      await ok(GIVE_ACCESS, { id: agent.id, d: [{ departmentId: billing, access }] });
    }
    for (const name of ['Impact G1', 'Impact G2'])
      await ok(GROUP, { i: { name, permissions: [], departments: [{ departmentId: billing, access: 'FULL' }] } });

    const before = t.sql.count;
    const depts = (await ok(DEPARTMENTS, {})).departments;
    expect(depts.find((d) => d.id === billing)).toMatchObject({ agentCount: 3, permissionGroupCount: 2 });
    expect(depts.find((d) => d.id === sales)).toMatchObject({ agentCount: 0, permissionGroupCount: 0 });
    // The list, then one GROUP BY per count (plus the session's reads), however many departments.
    expect(t.sql.count - before).toBeLessThanOrEqual(6);
  });

  it('counts the users of each organization, not those merged away', async () => {
    const acme = (await ok(CREATE_ORG, { n: 'Impact Acme' })).createOrganization.id;
    const empty = (await ok(CREATE_ORG, { n: 'Impact Empty' })).createOrganization.id;
    const kept = await createUser('Impact One', { organizationId: acme });
    await createUser('Impact Two', { organizationId: acme });
    const merged = await createUser('Impact Three', { organizationId: acme });
    await ok(MERGE, { t: kept.id, s: merged.id });
    const orgs = (await ok(ORGANIZATIONS, {})).organizations.edges.map((e) => e.node);
    expect(orgs.find((o) => o.id === acme)!.userCount).toBe(2);
    expect(orgs.find((o) => o.id === empty)!.userCount).toBe(0);
  });
});
