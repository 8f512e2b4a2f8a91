import { graphql } from './gql';
import { fields } from './helpers/agent-fixtures';
import { AGENTS, CREATE_TEAM, DELETE_TEAM, LOG, RENAME_TEAM, SET_MEMBERS, TEAMS, teamHelpers, UPDATE_AGENT } from './helpers/team-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// Teams through the real HTTP API and database (departments: departments.int-spec.ts).

describe('teams and departments', () => {
  let t: TestApp;
  let adminName: string;
  beforeAll(async () => {
    t = await startTestApp();
    adminName = (
      await t.ok(
        graphql(`
          query TeamsDepartmentsViewer {
            viewer {
              name
            }
          }
        `),
        {},
        { token: t.adminToken },
      )
    ).viewer.name;
  });
  afterAll(() => t.close());

  const { asAdmin, tryAdmin, teams, createTeam, agent, log, logRows, teamAgents, newAgent } = teamHelpers(() => t);

  describe('teams', () => {
    it('creates, lists by name, renames and deletes a team', async () => {
      const zulu = await createTeam('  Zulu Squad ');
      expect(zulu).toEqual({ id: expect.any(String), name: 'Zulu Squad', members: [] });
      const alpha = await createTeam('Alpha Squad');
      const names = (await teams()).map((x) => x.name);
      expect(names.indexOf('Alpha Squad')).toBeLessThan(names.indexOf('Zulu Squad'));

      expect((await asAdmin(RENAME_TEAM, { id: zulu.id, n: 'Yankee Squad' })).renameTeam).toEqual({ id: zulu.id, name: 'Yankee Squad' });
      expect((await teams()).find((x) => x.id === zulu.id)!.name).toBe('Yankee Squad');
      // Renaming to the same name is a no-op, not a conflict.
      expect((await asAdmin(RENAME_TEAM, { id: zulu.id, n: 'Yankee Squad' })).renameTeam.name).toBe('Yankee Squad');

      expect((await asAdmin(DELETE_TEAM, { id: alpha.id })).deleteTeam).toBe(true);
      expect((await teams()).map((x) => x.id)).not.toContain(alpha.id);
      expect(codeOf(await tryAdmin(DELETE_TEAM, { id: alpha.id }))).toBe('NOT_FOUND');
      expect(codeOf(await tryAdmin(RENAME_TEAM, { id: alpha.id, n: 'Ghost' }))).toBe('NOT_FOUND');
      expect(codeOf(await tryAdmin(SET_MEMBERS, { id: alpha.id, a: [] }))).toBe('NOT_FOUND');
    });

    it('refuses empty and duplicate team names', async () => {
      const a = await createTeam('Billing');
      const b = await createTeam('Escalations');
      const rows = await logRows();
      for (const n of ['Billing', '  Billing  ', 'BILLING', 'billing']) {
        const r = await tryAdmin(CREATE_TEAM, { n });
        expect({ n, code: codeOf(r) }).toEqual({ n, code: 'CONFLICT' });
        expect(fields(r).name).toBeTruthy();
      }
      const r = await tryAdmin(RENAME_TEAM, { id: b.id, n: 'billing' });
      expect(codeOf(r)).toBe('CONFLICT');
      expect(fields(r).name).toBeTruthy();
      expect(fields(await tryAdmin(CREATE_TEAM, { n: '   ' })).name).toBeTruthy();
      expect(codeOf(await tryAdmin(CREATE_TEAM, { n: 'x'.repeat(201) }))).toBe('BAD_USER_INPUT');
      expect((await teams()).filter((x) => x.name.toLowerCase() === 'billing')).toHaveLength(1);
      expect(await logRows()).toBe(rows);
      // A change of case on the team itself is a rename, not a conflict.
      expect((await asAdmin(RENAME_TEAM, { id: a.id, n: 'BILLING' })).renameTeam.name).toBe('BILLING');
    });

    it('lets exactly one of several simultaneous creates with the same name win', async () => {
      const results = await Promise.all([1, 2, 3].map(() => tryAdmin(CREATE_TEAM, { n: 'Race Team' })));
      expect(results.map((r) => codeOf(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
      expect((await teams()).filter((x) => x.name === 'Race Team')).toHaveLength(1);
    });

    it('sets members, shows them on the team and the agents, and filters agents by team', async () => {
      const team = await createTeam('Front Line');
      const other = await createTeam('Back Office');
      const [a, b, c] = [await newAgent('Member Cee'), await newAgent('Member Ay'), await newAgent('Member Bee', { teamIds: [other.id] })];
      const set = (await asAdmin(SET_MEMBERS, { id: team.id, a: [a.id, b.id, b.id] })).setTeamMembers;
      // Members come sorted by name.
      expect(set.members).toEqual([
        { id: b.id, name: 'Member Ay' },
        { id: a.id, name: 'Member Cee' },
      ]);
      expect((await teams()).find((x) => x.id === team.id)!.members.map((m) => m.id)).toEqual([b.id, a.id]);
      expect((await agent(a.id)).teams).toEqual([{ id: team.id, name: 'Front Line' }]);
      expect(await teamAgents(team.id)).toEqual([a.id, b.id].sort());

      // Replaces, not appends; the agents' other teams are untouched.
      await asAdmin(SET_MEMBERS, { id: team.id, a: [c.id, b.id] });
      expect(await teamAgents(team.id)).toEqual([b.id, c.id].sort());
      expect((await agent(a.id)).teams).toEqual([]);
      expect((await agent(c.id)).teams.map((x) => x.name)).toEqual(['Back Office', 'Front Line']);
      expect(await teamAgents(other.id)).toEqual([c.id]);

      const bad = await tryAdmin(SET_MEMBERS, { id: team.id, a: [a.id, '987654'] });
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(fields(bad).agentIds).toMatch(/987654/);
      expect(await teamAgents(team.id)).toEqual([b.id, c.id].sort());

      // Membership also changes from the agent side.
      await asAdmin(UPDATE_AGENT, { id: a.id, i: { teamIds: [team.id] } });
      expect(await teamAgents(team.id)).toEqual([a.id, b.id, c.id].sort());

      await asAdmin(SET_MEMBERS, { id: team.id, a: [] });
      expect(await teamAgents(team.id)).toEqual([]);
      expect((await teams()).find((x) => x.id === team.id)!.members).toEqual([]);
    });

    it('takes a deleted team away from its members', async () => {
      const team = await createTeam('Doomed Team');
      const keep = await createTeam('Kept Team');
      const a = await newAgent('Doomed Member', { teamIds: [team.id, keep.id] });
      await asAdmin(DELETE_TEAM, { id: team.id });
      expect((await agent(a.id)).teams).toEqual([{ id: keep.id, name: 'Kept Team' }]);
      expect((await asAdmin(AGENTS, { f: { teamId: team.id } })).agents.totalCount).toBe(0);
      // A new team with the old name is a different team with no members.
      const again = await createTeam('Doomed Team');
      expect(again.id).not.toBe(team.id);
      expect(again.members).toEqual([]);
    });

    it('records team changes in the change log', async () => {
      const team = await createTeam('Logged Team');
      const [a, b] = [await newAgent('Logged One'), await newAgent('Logged Two')];
      await asAdmin(RENAME_TEAM, { id: team.id, n: 'Logged Squad' });
      await asAdmin(SET_MEMBERS, { id: team.id, a: [a.id, b.id] });
      const rows = await logRows();
      await asAdmin(SET_MEMBERS, { id: team.id, a: [b.id, a.id] }); // same set: nothing to log
      expect(await logRows()).toBe(rows);
      await asAdmin(SET_MEMBERS, { id: team.id, a: [b.id] });
      await asAdmin(DELETE_TEAM, { id: team.id });
      const history = await log('TEAM', team.id);
      const [lo, hi] = [a.id, b.id].sort();
      expect(history).toEqual([
        { field: 'deleted', oldValue: 'Logged Squad', newValue: null, actorName: adminName },
        { field: 'members', oldValue: `${lo}, ${hi}`, newValue: b.id, actorName: adminName },
        { field: 'members', oldValue: '', newValue: `${lo}, ${hi}`, actorName: adminName },
        { field: 'name', oldValue: 'Logged Team', newValue: 'Logged Squad', actorName: adminName },
        { field: 'created', oldValue: null, newValue: 'Logged Team', actorName: adminName },
      ]);
    });

    it('lets only administrators manage teams, and agents read them', async () => {
      const { token } = await newAgent('Plain Teamer');
      const team = await createTeam('Admin Managed');
      expect(codeOf(await t.gql(CREATE_TEAM, { n: 'Agent Made' }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(RENAME_TEAM, { id: team.id, n: 'Agent Renamed' }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(SET_MEMBERS, { id: team.id, a: [] }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(DELETE_TEAM, { id: team.id }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(LOG, { type: 'TEAM', id: team.id }, { token }))).toBe('FORBIDDEN');
      expect((await t.ok(TEAMS, {}, { token })).teams.map((x) => x.name)).toContain('Admin Managed');
      expect((await teams()).map((x) => x.name)).not.toContain('Agent Made');
    });
  });
});
