import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// Issue 18.12: a team-scoped agent who creates or renames an organization to a name already used
// by an organization outside their scope learns that the name is taken (names are unique), but
// not the stored spelling of that organization.

const CREATE = 'mutation($n: String!) { createOrganization(name: $n) { id name } }';
const RENAME = 'mutation($id: ID!, $n: String!) { renameOrganization(id: $id, name: $n) { id name } }';
const SCOPED = 'mutation($on: Boolean!) { updateCrmSettings(input: { teamScopedUserVisibility: $on }) { teamScopedUserVisibility } }';

describe('organization name clashes outside the scope', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('answer CONFLICT in the caller’s own spelling, and the stored one inside the scope', async () => {
    const admin = { token: t.adminToken };
    await t.ok(CREATE, { n: 'OutScopeOrg' }, admin);
    const inScope = (await t.ok(CREATE, { n: 'InScope Org' }, admin)).createOrganization;
    const team = (await t.ok('mutation { createTeam(name: "Oracle team") { id } }', {}, admin)).createTeam.id;
    await t.ok(
      'mutation($id: ID!, $o: [ID!]!) { setTeamOrganizations(id: $id, organizationIds: $o) { id } }',
      { id: team, o: [inScope.id] },
      admin,
    );
    const agent = await t.createAgent({
      email: 'oracle.agent@example.com',
      name: 'Oracle Agent',
      permissionGroupIds: [],
      permissions: ['people.view', 'people.manage_organizations'],
      teamIds: [team],
    });
    const as = { token: agent.token };
    await t.ok(SCOPED, { on: true }, admin);
    try {
      const created = await t.gql(CREATE, { n: 'outscopeorg' }, as);
      expect(codeOf(created)).toBe('CONFLICT');
      expect(created.errors![0].message).toBe('An organization named "outscopeorg" already exists');
      expect(JSON.stringify(created)).not.toContain('OutScopeOrg');
      const renamed = await t.gql(RENAME, { id: inScope.id, n: 'OUTSCOPEORG' }, as);
      expect(codeOf(renamed)).toBe('CONFLICT');
      expect(JSON.stringify(renamed)).not.toContain('OutScopeOrg');
      // An organization the agent may see is named as stored.
      const visible = await t.gql(CREATE, { n: 'inscope org' }, as);
      expect(visible.errors![0].message).toBe('An organization named "InScope Org" already exists');
    } finally {
      await t.ok(SCOPED, { on: false }, admin);
    }
  });
});
