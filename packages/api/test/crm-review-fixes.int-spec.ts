import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CREATE_TOKEN } from './helpers/access-fixtures';
import { ADD_AGENT_NOTE, UPDATE_CRM } from './helpers/agent-crm-fixtures';
import { CREATE_ORG, crmHelpers, fieldsOf, MERGE, uniqueEmail } from './helpers/crm-fixtures';
import { baseUrl } from './helpers/import-helpers';
import { CREATE_TEAM } from './helpers/team-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';
import { csvRows, importUsers } from './helpers/user-import-helpers';
import { SET_TEAM_ORGS, TEAM_ORGS, UPDATE_CRM_SETTINGS } from './helpers/visibility-fixtures';

// What an attacker's review of the CRM found, pinned: an agent's CRM entries in the agent change log,
// team organizations read by anyone, organizations renamed/deleted outside a team scope, formula cells
// in the import errors CSV, merges past the per-user limits, a malformed upload file name.

const AGENT_LOG = `query($id: ID!) { changeLog(entityType: AGENT, entityId: $id) { edges { node { field newValue } } } }`;
const RENAME_ORG = `mutation($id: ID!) { renameOrganization(id: $id, name: "Renamed") { id name } }`;
const DELETE_ORG = `mutation($id: ID!) { deleteOrganization(id: $id) }`;
const SCOPED = ['people.view', 'people.create', 'people.edit', 'people.manage_organizations', 'people.delete_organizations'];

describe('CRM review fixes', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const org: Record<string, string> = {};
  const admin = crmHelpers(() => t);

  beforeAll(async () => {
    t = await startTestApp({ FILES_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'roster-review-')) });
    const agent = async (key: string, permissions: string[], isAdmin = false, teamIds: string[] = []) => {
      const a = await t.createAgent({ email: `${key}@review.example`, name: key, permissionGroupIds: [], permissions, isAdmin, teamIds });
      tok[key] = a.token;
      ids[key] = a.id;
    };
    for (const name of ['Acme', 'Globex']) org[name] = (await admin.ok(CREATE_ORG, { n: `${name} Review` })).createOrganization.id;
    const red = (await admin.ok(CREATE_TEAM, { n: 'Review Red' })).createTeam.id;
    await agent('target', []);
    await agent('viewer', ['people.view']);
    await agent('adminNoView', [], true);
    await agent('red', SCOPED, false, [red]);
    tok.agentsOnly = (await t.ok(CREATE_TOKEN, { n: 'agents only', s: ['agents:read'] }, { token: t.adminToken })).createApiToken.token;
    await t.ok(UPDATE_CRM, { id: ids.target, i: { summary: 'Secret summary' } }, { token: t.adminToken });
    await t.ok(ADD_AGENT_NOTE, { id: ids.target, t: 'Secret note' }, { token: t.adminToken });
    await admin.ok(SET_TEAM_ORGS, { id: red, o: [org.Acme] });
    await admin.ok(UPDATE_CRM_SETTINGS, { i: { teamScopedUserVisibility: true } });
  });
  afterAll(() => t.close());

  it('keeps crm.* entries out of the agent change log without people.view and users:read', async () => {
    for (const who of ['target', 'adminNoView', 'agentsOnly']) {
      const r = await t.gql(AGENT_LOG, { id: ids.target }, { token: tok[who] });
      expect(r.errors).toBeUndefined();
      expect(JSON.stringify(r.data)).not.toMatch(/Secret|crm\./);
    }
    const full = JSON.stringify((await t.gql(AGENT_LOG, { id: ids.target }, { token: t.adminToken })).data);
    expect(full).toContain('Secret note');
  });

  it('shows team organizations to admins only', async () => {
    for (const who of ['viewer', 'red']) expect(codeOf(await t.gql(TEAM_ORGS, {}, { token: tok[who] }))).toBe('FORBIDDEN');
    expect(JSON.stringify((await admin.ok(TEAM_ORGS)).teams)).toContain('Acme Review');
  });

  it("answers NOT_FOUND to a scoped agent renaming or deleting another team's organization", async () => {
    expect(codeOf(await t.gql(RENAME_ORG, { id: org.Globex }, { token: tok.red }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(DELETE_ORG, { id: org.Globex }, { token: tok.red }))).toBe('NOT_FOUND');
    expect((await t.gql(RENAME_ORG, { id: org.Acme }, { token: tok.red })).data?.renameOrganization.name).toBe('Renamed');
  });

  it('guards formula cells in every column of the import errors CSV', async () => {
    const csv = 'Name,Email,"=HYPERLINK(""http://evil.example/"",""Fix"")"\nBob,=1+2,x\n';
    const r = await importUsers(t, csv, { dryRun: true, onError: 'SKIP_INVALID_ROWS' });
    const id = (r as { job: { id: string } }).job.id;
    const res = await fetch(`${baseUrl(t)}/imports/users/${id}/errors.csv`, { headers: { authorization: `Bearer ${t.adminToken}` } });
    const rows = await csvRows(await res.text());
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('refuses a merge that would give the target more addresses than a user may have', async () => {
    const many = Array.from({ length: 15 }, (_, i) => uniqueEmail(`m${i}`));
    const a = await admin.createUser('Many Addresses', { emails: many });
    const b = await admin.createUser('More Addresses', { emails: Array.from({ length: 6 }, (_, i) => uniqueEmail(`n${i}`)) });
    const r = await admin.gql(MERGE, { t: a.id, s: b.id } as never);
    expect(fieldsOf(r)).toEqual({ sourceUserId: 'together the two users have 21 email addresses; a user has at most 20' });
  });

  it('answers 400 to a malformed X-File-Name', async () => {
    const u = await admin.createUser('File Name', { emails: [uniqueEmail('f')] });
    const res = await fetch(`${baseUrl(t)}/users/${u.id}/files`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-file-name': '%E0%A4%A', authorization: `Bearer ${t.adminToken}` },
      body: 'hello',
    });
    expect(res.status).toBe(400);
  });
});
