import { graphql } from './gql';
import { OTHER_NOTIFICATION_EVENTS, TICKET_NOTIFICATION_EVENTS } from '@roster/shared';
import { Agent } from '../src/modules/agent';
import { agentHelpers, CREATE, fields, LICENSE, LIST, LOG, UPDATE, viewerOf } from './helpers/agent-fixtures';
import { ADMIN_EMAIL, codeOf, startTestApp, TestApp } from './helpers/test-app';

const AGENT_CHANGES_DELETE_AGENT2_DOC = graphql(`
  mutation AgentChangesDeleteAgent2($id: ID!) {
    deleteAgent(id: $id)
  }
`);

// Agents through the real HTTP API and a real database (SQLite, or MariaDB with TEST_DATABASE_URL):
// updates and the change log, status, admin access and deletion, copyAgentSettings, departments and notifications.
// Creating agents and the directory: agents.int-spec.ts.

describe('agents', () => {
  let t: TestApp;
  let adminId: string;
  let adminName: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ id: adminId, name: adminName } = await viewerOf(t));
  });
  afterAll(() => t.close());

  const { asAdmin, tryAdmin, create, get, update, log, team, department, businessUnit, changeLogRows, agentRows, activeAdmins } =
    agentHelpers(() => t);

  describe('updateAgent and the change log', () => {
    it('changes fields and logs one entry per changed field with old and new values and the actor', async () => {
      const a = await create({ email: 'logme@example.com', name: 'Log Me', timezone: 'UTC', alias: 'Lo' });
      const created = await log(a.id);
      expect(created.map((e) => e.field)).toContain('created');
      expect(created.every((e) => e.actorName === adminName)).toBe(true);

      await businessUnit('Ops');
      const before = (await log(a.id)).length;
      const u = await update(a.id, { name: 'Logged Me', timezone: 'Europe/Paris', alias: 'Lo', businessUnit: 'Ops' });
      expect(u).toMatchObject({ name: 'Logged Me', timezone: 'Europe/Paris', alias: 'Lo', businessUnit: 'Ops' });
      expect(await get(a.id)).toMatchObject({ name: 'Logged Me', timezone: 'Europe/Paris', businessUnit: 'Ops' });
      const entries = await log(a.id);
      const added = entries.slice(0, entries.length - before); // newest first
      expect(
        added
          .map((e) => ({ field: e.field, oldValue: e.oldValue, newValue: e.newValue, actorName: e.actorName }))
          .sort((x, y) => x.field.localeCompare(y.field)),
      ).toEqual([
        { field: 'businessUnit', oldValue: null, newValue: 'Ops', actorName: adminName },
        { field: 'name', oldValue: 'Log Me', newValue: 'Logged Me', actorName: adminName },
        { field: 'timezone', oldValue: 'UTC', newValue: 'Europe/Paris', actorName: adminName },
      ]);

      // An update that changes nothing writes nothing.
      const rows = await changeLogRows();
      await update(a.id, { name: 'Logged Me', timezone: 'Europe/Paris' });
      expect(await changeLogRows()).toBe(rows);

      // Links are logged too.
      const tm = await team('Logged Team');
      await update(a.id, { teamIds: [tm], permissionGroupIds: ['2'] });
      const latest = (await log(a.id)).slice(0, 2);
      expect(latest.map((e) => e.field).sort()).toEqual(['permissionGroups', 'teams']);
      expect(latest.find((e) => e.field === 'teams')).toMatchObject({ oldValue: '', newValue: tm });
      expect(latest.find((e) => e.field === 'permissionGroups')).toMatchObject({ oldValue: '1', newValue: '2' });
    });

    it('logs changes made by an agent to their own preferences under their name', async () => {
      const { id, token } = await t.createAgent({ email: 'self.editor@example.com', name: 'Self Editor' });
      const r = await t.ok(UPDATE, { id, i: { alias: 'Selfie', phone: '+1 415 555 0100' } }, { token });
      expect(r.updateAgent).toMatchObject({ alias: 'Selfie', phone: '+14155550100' });
      const mine = await t.ok(LOG, { id, first: 2 }, { token });
      expect(mine.changeLog.edges.map((e) => e.node.actorName)).toEqual(['Self Editor', 'Self Editor']);
      // An agent cannot give themselves admin access, or edit someone else, or read someone else's history.
      expect(codeOf(await t.gql(UPDATE, { id, i: { isAdmin: true } }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(UPDATE, { id, i: { permissionGroupIds: ['1'] } }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(UPDATE, { id: adminId, i: { alias: 'x' } }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(LOG, { id: adminId }, { token }))).toBe('FORBIDDEN');
      expect((await get(id)).isAdmin).toBe(false);
    });

    it('refuses an unknown agent with NOT_FOUND', async () => {
      expect(codeOf(await tryAdmin(UPDATE, { id: '987654', i: { name: 'Ghost' } }))).toBe('NOT_FOUND');
      expect(
        codeOf(
          await tryAdmin(
            graphql(`
              mutation AgentChangesDeleteAgent {
                deleteAgent(id: "987654")
              }
            `),
          ),
        ),
      ).toBe('NOT_FOUND');
    });
  });

  describe('status, admin access and deletion', () => {
    it('disables an agent: no sign-in, sessions end, history and directory entry stay', async () => {
      const { id, token } = await t.createAgent({ email: 'disable.me@example.com', name: 'Disable Me' });
      expect((await update(id, { status: 'DISABLED' as const })).status).toBe('DISABLED');
      expect(
        codeOf(
          await t.gql(
            graphql(`
              query AgentChangesViewer {
                viewer {
                  id
                }
              }
            `),
            {},
            { token },
          ),
        ),
      ).toBe('UNAUTHENTICATED');
      expect(
        codeOf(
          await t.gql(
            graphql(`
              mutation AgentChangesLogin {
                login(email: "disable.me@example.com", password: "agent-password-1") {
                  token
                }
              }
            `),
          ),
        ),
      ).toBe('UNAUTHENTICATED');
      expect((await get(id)).status).toBe('DISABLED');
      expect((await log(id)).find((e) => e.field === 'status')).toMatchObject({ oldValue: 'ACTIVE', newValue: 'DISABLED' });
      expect((await update(id, { status: 'ACTIVE' })).status).toBe('ACTIVE');
      expect(await t.login('disable.me@example.com', 'agent-password-1')).toBeTruthy();
    });

    it('deletes an agent: gone from the directory, seat freed, history kept', async () => {
      const a = await create({ email: 'delete.me@example.com', name: 'Delete Me' });
      await update(a.id, { alias: 'Deletable' });
      const used = (await asAdmin(LICENSE)).license;
      expect(used.used).toBe(await agentRows());
      expect((await asAdmin(AGENT_CHANGES_DELETE_AGENT2_DOC, { id: a.id })).deleteAgent).toBe(true);

      expect(await get(a.id)).toBeNull();
      expect((await asAdmin(LIST, { f: { search: 'delete.me' } })).agents.totalCount).toBe(0);
      const after = (await asAdmin(LICENSE)).license;
      expect(after.used).toBe(used.used - 1);
      expect(after.available).toBe(used.available + 1);

      const history = await log(a.id);
      expect(history[0]).toMatchObject({
        field: 'deleted',
        oldValue: 'Delete Me <delete.me@example.com>',
        newValue: null,
        actorName: adminName,
      });
      expect(history.map((e) => e.field)).toEqual(expect.arrayContaining(['created', 'alias', 'deleted']));
      // The address can be used again.
      expect((await create({ email: 'delete.me@example.com', name: 'Delete Me Again' })).id).not.toBe(a.id);
    });

    it('does not let an admin delete themselves', async () => {
      const r = await tryAdmin(
        graphql(`
          mutation AgentChangesDeleteAgent2($id: ID!) {
            deleteAgent(id: $id)
          }
        `),
        { id: adminId },
      );
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect((await get(adminId)).email).toBe(ADMIN_EMAIL);
    });

    it('keeps at least one active administrator', async () => {
      const admin2 = await create({ email: 'admin.two@example.com', name: 'Admin Two', isAdmin: true });
      // Disable every other active admin, so that the start-up admin is the only active one.
      const others = (await activeAdmins()).filter((id) => id !== adminId);
      expect(others).toContain(admin2.id);
      for (const id of others) await update(id, { status: 'DISABLED' as const });
      expect(await activeAdmins()).toEqual([adminId]);
      for (const i of [{ isAdmin: false }, { status: 'DISABLED' as const }]) {
        const r = await tryAdmin(UPDATE, { id: adminId, i });
        expect(codeOf(r)).toBe('CONFLICT');
        expect(fields(r)['input.isAdmin']).toBeTruthy();
      }
      expect(await get(adminId)).toMatchObject({ isAdmin: true, status: 'ACTIVE' });
      // A second active admin makes the change possible; it is then admin two who cannot step down.
      await update(admin2.id, { status: 'ACTIVE' });
      const token2 = await t.login('admin.two@example.com', 'agent-password-1');
      expect((await update(adminId, { isAdmin: false })).isAdmin).toBe(false);
      const r = await t.gql(UPDATE, { id: admin2.id, i: { isAdmin: false } }, { token: token2 });
      expect(codeOf(r)).toBe('CONFLICT');
      expect(codeOf(await t.gql(AGENT_CHANGES_DELETE_AGENT2_DOC, { id: admin2.id }, { token: token2 }))).toBe('FORBIDDEN');
      // Restore: the start-up admin gets admin access back, the others are active again, admin two goes.
      expect((await t.ok(UPDATE, { id: adminId, i: { isAdmin: true } }, { token: token2 })).updateAgent.isAdmin).toBe(true);
      for (const id of others) if (id !== admin2.id) await update(id, { status: 'ACTIVE' });
      await asAdmin(
        graphql(`
          mutation AgentChangesDeleteAgent2($id: ID!) {
            deleteAgent(id: $id)
          }
        `),
        { id: admin2.id },
      );
    });

    it('lets only administrators create or delete agents', async () => {
      const { token } = await t.createAgent({ email: 'plain.agent@example.com', name: 'Plain Agent' });
      const r = await t.gql(CREATE, { i: { email: 'sneaky@example.com', name: 'Sneaky', sendWelcomeEmail: false } }, { token });
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(AGENT_CHANGES_DELETE_AGENT2_DOC, { id: adminId }, { token }))).toBe('FORBIDDEN');
      expect(await t.roster.ds.getRepository(Agent).findOneBy({ email: 'sneaky@example.com' })).toBeNull();
    });
  });

  describe('copyAgentSettings', () => {
    const COPY = graphql(`
      mutation AgentChangesCopy($s: ID!, $t: [ID!]!, $sec: [AgentSettingsSection!]!) {
        copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: $sec) {
          ...TestAgent
        }
      }
    `);

    it('copies only the chosen sections to several agents', async () => {
      const [t1, t2] = [await team('Copy Alpha'), await team('Copy Beta')];
      const src = await create({
        email: 'settings.src@example.com',
        name: 'Settings Src',
        teamIds: [t1, t2],
        signature: '<b>Team sig</b>',
        permissionGroupIds: ['2'],
        timezone: 'America/New_York',
      });
      const a = await create({ email: 'settings.a@example.com', name: 'Settings A', signature: '<i>old a</i>' });
      const b = await create({ email: 'settings.b@example.com', name: 'Settings B', permissionGroupIds: [] });
      const logs = await changeLogRows();
      const r = (await asAdmin(COPY, { s: src.id, t: [a.id, b.id], sec: ['TEAMS', 'SIGNATURE'] })).copyAgentSettings;
      expect(r.map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
      for (const id of [a.id, b.id]) {
        const x = await get(id);
        expect(x.teams.map((tm) => tm.id).sort()).toEqual([t1, t2].sort());
        expect(x.signature).toBe('<b>Team sig</b>');
        expect(x.timezone).toBe('UTC');
      }
      expect((await get(a.id)).permissionGroups.map((g) => g.id)).toEqual(['1']);
      expect((await get(b.id)).permissionGroups).toEqual([]);
      // teams + signature for each target.
      expect(await changeLogRows()).toBe(logs + 4);
      expect(
        (await log(a.id))
          .slice(0, 2)
          .map((e) => e.field)
          .sort(),
      ).toEqual(['signature', 'teams']);
    });

    it('is all or nothing across the targets', async () => {
      const src = await create({ email: 'allornothing.src@example.com', name: 'Aon Src', signature: '<b>src</b>' });
      const admin3 = await create({ email: 'aon.admin3@example.com', name: 'Aon Admin Three', isAdmin: true, signature: '<b>three</b>' });
      const admin4 = await create({ email: 'aon.admin4@example.com', name: 'Aon Admin Four', isAdmin: true, signature: '<b>four</b>' });
      const admins = await activeAdmins();
      expect(admins.length).toBeGreaterThanOrEqual(3);
      const logs = await changeLogRows();
      // Copying "not an admin" onto every active admin: all but the last target pass the check and are written
      // (and logged) before the last one fails, so the whole copy must roll back.
      const r = await tryAdmin(COPY, { s: src.id, t: admins, sec: ['SIGNATURE', 'ADMIN_ACCESS'] });
      expect(codeOf(r)).toBe('CONFLICT');
      expect(await changeLogRows()).toBe(logs);
      expect(await activeAdmins()).toEqual(admins);
      expect(await get(admin3.id)).toMatchObject({ isAdmin: true, signature: '<b>three</b>' });
      expect(await get(admin4.id)).toMatchObject({ isAdmin: true, signature: '<b>four</b>' });
      expect(await get(adminId)).toMatchObject({ isAdmin: true, signature: null });

      const bad = await tryAdmin(COPY, { s: src.id, t: [admin3.id, '987654'], sec: ['SIGNATURE'] });
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(fields(bad).targetAgentIds).toMatch(/987654/);
      expect((await get(admin3.id)).signature).toBe('<b>three</b>');
      expect(codeOf(await tryAdmin(COPY, { s: src.id, t: [admin3.id], sec: [] }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await tryAdmin(COPY, { s: '987654', t: [admin3.id], sec: ['SIGNATURE'] }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await tryAdmin(COPY, { s: src.id, t: [src.id], sec: ['SIGNATURE'] }))).toBe('BAD_USER_INPUT');
      await asAdmin(
        graphql(`
          mutation AgentChangesDeleteAgent2($id: ID!) {
            deleteAgent(id: $id)
          }
        `),
        { id: admin3.id },
      );
      await asAdmin(
        graphql(`
          mutation AgentChangesDeleteAgent2($id: ID!) {
            deleteAgent(id: $id)
          }
        `),
        { id: admin4.id },
      );
    });
  });

  describe('departments and notifications', () => {
    it('grants departments at FULL or ASSIGN level', async () => {
      const [sales, billing, legal] = [await department('Dept Sales'), await department('Dept Billing'), await department('Dept Legal')];
      const a = await create({ email: 'dept.agent@example.com', name: 'Dept Agent' });
      expect(a.departments).toEqual([]);
      const u = await update(a.id, {
        departments: [
          { departmentId: sales, access: 'FULL' },
          { departmentId: billing, access: 'ASSIGN' },
          { departmentId: legal, access: 'ASSIGN' },
          { departmentId: legal, access: 'FULL' },
        ],
      });
      const expected = [
        { department: { id: billing, name: 'Dept Billing' }, access: 'ASSIGN' },
        { department: { id: legal, name: 'Dept Legal' }, access: 'FULL' },
        { department: { id: sales, name: 'Dept Sales' }, access: 'FULL' },
      ];
      expect(u.departments).toEqual(expected);
      expect((await get(a.id)).departments).toEqual(expected);
      const r = await tryAdmin(UPDATE, { id: a.id, i: { departments: [{ departmentId: '987654', access: 'FULL' }] } });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(Object.keys(fields(r))[0]).toMatch(/^input\.departments/);
      expect((await get(a.id)).departments).toEqual(expected);
      expect((await update(a.id, { departments: [] })).departments).toEqual([]);
    });

    it('has default notifications and saves a changed event', async () => {
      const { id, token } = await t.createAgent({ email: 'notify@example.com', name: 'Notify Me' });
      const a = await get(id);
      const defaults = (list: readonly { event: string; email: boolean; browser: boolean }[]) =>
        list.map(({ event, email, browser }) => ({ event, email, browser }));
      expect(a.ticketNotifications).toEqual(defaults(TICKET_NOTIFICATION_EVENTS));
      expect(a.otherNotifications).toEqual(defaults(OTHER_NOTIFICATION_EVENTS));
      expect(a.ticketNotifications.find((n) => n.event === 'ticket.agent_reply')).toEqual({
        event: 'ticket.agent_reply',
        email: false,
        browser: true,
      });

      // The agent edits their own.
      await t.ok(UPDATE, { id, i: { ticketNotifications: [{ event: 'ticket.new', email: false, browser: false }] } }, { token });
      const after = await get(id);
      expect(after.ticketNotifications.find((n) => n.event === 'ticket.new')).toEqual({
        event: 'ticket.new',
        email: false,
        browser: false,
      });
      expect(after.ticketNotifications.filter((n) => n.event !== 'ticket.new')).toEqual(
        defaults(TICKET_NOTIFICATION_EVENTS).filter((n) => n.event !== 'ticket.new'),
      );
      expect(after.otherNotifications).toEqual(defaults(OTHER_NOTIFICATION_EVENTS));

      const bad = await t.gql(UPDATE, { id, i: { otherNotifications: [{ event: 'nope.event', email: true, browser: true }] } }, { token });
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(fields(bad)['input.otherNotifications']).toMatch(/nope\.event/);

      // An admin can take away editing own ticket notifications; other notifications stay editable.
      await update(id, { canEditOwnTicketNotifications: false });
      const denied = await t.gql(
        UPDATE,
        { id, i: { ticketNotifications: [{ event: 'ticket.new', email: true, browser: true }] } },
        { token },
      );
      expect(codeOf(denied)).toBe('FORBIDDEN');
      await t.ok(UPDATE, { id, i: { otherNotifications: [{ event: 'mention', email: false, browser: false }] } }, { token });
      const final = await get(id);
      expect(final.ticketNotifications.find((n) => n.event === 'ticket.new')).toEqual({
        event: 'ticket.new',
        email: false,
        browser: false,
      });
      expect(final.otherNotifications.find((n) => n.event === 'mention')).toEqual({ event: 'mention', email: false, browser: false });
      expect(final.canEditOwnTicketNotifications).toBe(false);
    });
  });
});
