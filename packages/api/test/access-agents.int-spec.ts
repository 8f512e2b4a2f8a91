import { graphql } from './gql';
import {
  accessHelpers,
  AGENTS,
  API_TOKENS,
  CREATE_AGENT,
  CREATE_TOKEN,
  newAgentInput,
  UPDATE_AGENT,
  VIEWER,
} from './helpers/access-fixtures';
import { AnyDocument, codeOf, startTestApp, TestApp } from './helpers/test-app';

// What a non-admin agent may not do (and may), each denial paired with a check that nothing changed.

describe('access control', () => {
  let t: TestApp;
  let admin: string;
  const { count, agentRow } = accessHelpers(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    admin = t.adminToken;
  });
  afterAll(() => t.close());

  describe('a non-admin agent', () => {
    let agent: { id: string; token: string };
    let other: { id: string; token: string };
    let adminId: string;
    beforeAll(async () => {
      agent = await t.createAgent({ email: 'plain@example.com', name: 'Plain Agent' }, 'plain-password-1');
      other = await t.createAgent({ email: 'other@example.com', name: 'Other Agent', alias: 'Otto' }, 'other-password-1');
      adminId = (await t.ok(VIEWER, {}, { token: admin })).viewer.id;
      expect((await t.ok(VIEWER, {}, { token: agent.token })).viewer.isAdmin).toBe(false);
    });

    it('gets FORBIDDEN for every admin operation and changes nothing', async () => {
      const team = (
        await t.ok(
          graphql(`
            mutation AccessCreateTeam {
              createTeam(name: "Existing Team") {
                id
              }
            }
          `),
          {},
          { token: admin },
        )
      ).createTeam.id;
      const unit = (
        await t.ok(
          graphql(`
            mutation AccessCreateBusinessUnit {
              createBusinessUnit(name: "Existing Unit") {
                id
              }
            }
          `),
          {},
          { token: admin },
        )
      ).createBusinessUnit.id;
      const denied: [string, AnyDocument, Record<string, unknown>][] = [
        ['createAgent', CREATE_AGENT, { i: newAgentInput() }],
        [
          'createBusinessUnit',
          graphql(`
            mutation AccessCreateBusinessUnit2 {
              createBusinessUnit(name: "Sneaky Unit") {
                id
              }
            }
          `),
          {},
        ],
        [
          'renameBusinessUnit',
          graphql(`
            mutation AccessRenameBusinessUnit($id: ID!) {
              renameBusinessUnit(id: $id, name: "Renamed Unit") {
                id
              }
            }
          `),
          { id: unit },
        ],
        [
          'deleteBusinessUnit',
          graphql(`
            mutation AccessDeleteBusinessUnit($id: ID!) {
              deleteBusinessUnit(id: $id)
            }
          `),
          { id: unit },
        ],
        [
          'deleteAgent',
          graphql(`
            mutation AccessDeleteAgent($id: ID!) {
              deleteAgent(id: $id)
            }
          `),
          { id: other.id },
        ],
        [
          'createTeam',
          graphql(`
            mutation AccessCreateTeam2 {
              createTeam(name: "Sneaky Team") {
                id
              }
            }
          `),
          {},
        ],
        [
          'setTeamMembers',
          graphql(`
            mutation AccessSetTeamMembers($id: ID!, $a: [ID!]!) {
              setTeamMembers(id: $id, agentIds: $a) {
                id
              }
            }
          `),
          { id: team, a: [agent.id] },
        ],
        [
          'createPermissionGroup',
          graphql(`
            mutation AccessCreatePermissionGroup2 {
              createPermissionGroup(input: { name: "Sneaky Group", permissions: [] }) {
                id
              }
            }
          `),
          {},
        ],
        [
          'createDepartment',
          graphql(`
            mutation AccessCreateDepartment {
              createDepartment(name: "Sneaky Department") {
                id
              }
            }
          `),
          {},
        ],
        [
          'inviteAgent',
          graphql(`
            mutation AccessInviteAgent {
              inviteAgent(input: { email: "invitee@example.com" }) {
                id
              }
            }
          `),
          {},
        ],
        [
          'license',
          graphql(`
            query AccessLicense {
              license {
                seats
                used
                available
              }
            }
          `),
          {},
        ],
        [
          'invitations',
          graphql(`
            query AccessInvitations {
              invitations {
                id
              }
            }
          `),
          {},
        ],
        [
          'copyAgentSettings',
          graphql(`
            mutation AccessCopyAgentSettings($s: ID!, $t: [ID!]!) {
              copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS]) {
                id
              }
            }
          `),
          { s: other.id, t: [agent.id] },
        ],
        ['apiTokens', API_TOKENS, {}],
        ['createApiToken', CREATE_TOKEN, { n: 'mine', s: ['agents:read'] }],
      ];
      const before = await Promise.all(
        ['agent', 'team', 'team_member', 'permission_group', 'department', 'business_unit', 'invitation', 'api_token'].map(count),
      );
      for (const [name, query, vars] of denied) {
        const r = await t.gql(query, vars, { token: agent.token });
        expect({ name, code: codeOf(r) }).toEqual({ name, code: 'FORBIDDEN' });
        expect(r.data ?? null).toBeNull();
      }
      const after = await Promise.all(
        ['agent', 'team', 'team_member', 'permission_group', 'department', 'business_unit', 'invitation', 'api_token'].map(count),
      );
      expect(after).toEqual(before);
      // The same calls are not broken: an admin may make them.
      expect(
        (
          await t.ok(
            graphql(`
              query AccessLicense2 {
                license {
                  seats
                }
              }
            `),
            {},
            { token: admin },
          )
        ).license.seats,
      ).toBe(100);
      expect(
        (
          await t.ok(
            graphql(`
              mutation AccessCreateDepartment2 {
                createDepartment(name: "Admin Department") {
                  name
                }
              }
            `),
            {},
            { token: admin },
          )
        ).createDepartment.name,
      ).toBe('Admin Department');
    });

    it('cannot give itself admin or any other admin-only setting', async () => {
      const attempts: Record<string, unknown>[] = [
        { isAdmin: true },
        { name: 'Harmless', isAdmin: true },
        { isReportsAdmin: true },
        { permissions: ['agents.delete'] },
        { permissionGroupIds: ['1'] },
        { teamIds: [] },
        { status: 'DISABLED' },
        { canEditOwnTicketNotifications: true },
        { businessUnit: 'Existing Unit' },
      ];
      const before = await agentRow(agent.id);
      for (const input of attempts) {
        const r = await t.gql(UPDATE_AGENT, { id: agent.id, i: input }, { token: agent.token });
        expect({ input, code: codeOf(r) }).toEqual({ input, code: 'FORBIDDEN' });
      }
      expect(await agentRow(agent.id)).toEqual(before);
      expect((await t.ok(VIEWER, {}, { token: agent.token })).viewer.isAdmin).toBe(false);
    });

    it('cannot edit another agent, not even harmless fields', async () => {
      const before = await agentRow(other.id);
      expect(codeOf(await t.gql(UPDATE_AGENT, { id: other.id, i: { name: 'Renamed By Peer' } }, { token: agent.token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(UPDATE_AGENT, { id: other.id, i: { phone: '+1 415 555 0100' } }, { token: agent.token }))).toBe(
        'FORBIDDEN',
      );
      const phones = [{ label: 'WORK' as const, number: '+44 20 7946 0001' }];
      expect(codeOf(await t.gql(UPDATE_AGENT, { id: other.id, i: { phones } }, { token: agent.token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(UPDATE_AGENT, { id: adminId, i: { isAdmin: false } }, { token: agent.token }))).toBe('FORBIDDEN');
      expect(await agentRow(other.id)).toEqual(before);
      expect((await t.ok(VIEWER, {}, { token: admin })).viewer.isAdmin).toBe(true);
    });

    it('reads the agent directory and edits its own name, alias and phone', async () => {
      const list = (await t.ok(AGENTS, {}, { token: agent.token })).agents;
      expect(list.totalCount).toBe(await count('agent'));
      expect(list.edges.map((e: { node: { email: string } }) => e.node.email)).toEqual(
        expect.arrayContaining(['plain@example.com', 'other@example.com']),
      );
      expect(
        (
          await t.ok(
            graphql(`
              query AccessAgent($id: ID!) {
                agent(id: $id) {
                  alias
                }
              }
            `),
            { id: other.id },
            { token: agent.token },
          )
        ).agent!.alias,
      ).toBe('Otto');
      const lists = await t.ok(
        graphql(`
          query AccessTeams {
            businessUnits {
              name
              agentCount
            }
            teams {
              id
            }
            permissionGroups {
              id
            }
            departments {
              id
            }
            permissionCatalog {
              key
            }
          }
        `),
        {},
        { token: agent.token },
      );
      expect(lists.businessUnits).toEqual([{ name: 'Existing Unit', agentCount: 0 }]);

      const r = await t.ok(
        UPDATE_AGENT,
        { id: agent.id, i: { name: 'Plain Renamed', alias: 'Plainy', phone: '+44 20 7946 0000' } },
        { token: agent.token },
      );
      expect(r.updateAgent).toMatchObject({
        id: agent.id,
        name: 'Plain Renamed',
        alias: 'Plainy',
        phone: '+442079460000',
        isAdmin: false,
      });
      expect(await agentRow(agent.id)).toMatchObject({
        name: 'Plain Renamed',
        alias: 'Plainy',
        phones: '[{"label":"SMS","number":"+442079460000"}]',
      });
      // The whole list too (Preferences): replaced, in E.164.
      const own = await t.ok(
        UPDATE_AGENT,
        { id: agent.id, i: { phones: [{ label: 'MOBILE', country: 'GB', number: '07911 123456' }] } },
        { token: agent.token },
      );
      expect(own.updateAgent.phone).toBeNull();
      expect(JSON.parse((await agentRow(agent.id)).phones)).toEqual([{ label: 'MOBILE', number: '+447911123456' }]);
    });

    it('follows canEditOwnTicketNotifications set by an admin', async () => {
      const NOTIFS = graphql(`
        query AccessAgent2($id: ID!) {
          agent(id: $id) {
            canEditOwnTicketNotifications
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
        }
      `);
      const read = async () => (await t.ok(NOTIFS, { id: agent.id }, { token: admin })).agent!;
      await t.ok(UPDATE_AGENT, { id: agent.id, i: { canEditOwnTicketNotifications: false } }, { token: admin });
      const before = await read();
      expect(before.canEditOwnTicketNotifications).toBe(false);
      expect(before.ticketNotifications).toContainEqual({ event: 'ticket.new', email: true, browser: true });

      const ticket = { ticketNotifications: [{ event: 'ticket.new', email: false, browser: false }] };
      expect(codeOf(await t.gql(UPDATE_AGENT, { id: agent.id, i: ticket }, { token: agent.token }))).toBe('FORBIDDEN');
      // Sneaking it in next to an allowed field is refused as a whole.
      expect(codeOf(await t.gql(UPDATE_AGENT, { id: agent.id, i: { ...ticket, name: 'Still Plain' } }, { token: agent.token }))).toBe(
        'FORBIDDEN',
      );
      const denied = await read();
      expect(denied.ticketNotifications).toEqual(before.ticketNotifications);

      await t.ok(
        UPDATE_AGENT,
        { id: agent.id, i: { otherNotifications: [{ event: 'task.due', email: false, browser: true }] } },
        { token: agent.token },
      );
      const allowed = await read();
      expect(allowed.otherNotifications).toContainEqual({ event: 'task.due', email: false, browser: true });
      expect(allowed.ticketNotifications).toEqual(before.ticketNotifications);

      // Switched back on, the same edit goes through: the denial above came from the flag.
      await t.ok(UPDATE_AGENT, { id: agent.id, i: { canEditOwnTicketNotifications: true } }, { token: admin });
      await t.ok(UPDATE_AGENT, { id: agent.id, i: ticket }, { token: agent.token });
      expect((await read()).ticketNotifications).toContainEqual({ event: 'ticket.new', email: false, browser: false });
    });
  });
});
