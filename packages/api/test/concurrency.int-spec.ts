import { graphql } from './gql';
import { TICKET_NOTIFICATION_EVENTS } from '@roster/shared';
import { agentHelpers, UPDATE, viewerOf } from './helpers/agent-fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, codeOf, startTestApp, TestApp } from './helpers/test-app';

// Read-modify-write under concurrency. Meaningful on MariaDB (TEST_DATABASE_URL): SQLite
// serialises writers and would hide these races; the suite runs on both.

describe('concurrent writes', () => {
  let t: TestApp;
  let firstAdminId: string;
  const { asAdmin, create, get, log, team, activeAdmins } = agentHelpers(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    firstAdminId = (await viewerOf(t)).id;
  });
  afterAll(() => t.close());

  it('keeps an active administrator when two admins demote or disable each other at once', async () => {
    const other = await create({ email: 'twin.admin@example.com', name: 'Twin Admin', isAdmin: true });
    for (let round = 0; round < 10; round++) {
      const change = round % 2 ? { status: 'DISABLED' as const } : { isAdmin: false };
      const [tokenA, tokenB] = await Promise.all([
        t.login(ADMIN_EMAIL, ADMIN_PASSWORD),
        t.login('twin.admin@example.com', 'agent-password-1'),
      ]);
      const results = await Promise.all([
        t.gql(UPDATE, { id: other.id, i: change }, { token: tokenA }),
        t.gql(UPDATE, { id: firstAdminId, i: change }, { token: tokenB }),
      ]);
      const ok = results.filter((r) => !r.errors);
      // The loser is refused: CONFLICT (last active admin) when both ran at once, or, when its
      // request started after it had lost admin access (SQLite serialises the two), FORBIDDEN
      // (demoted) or UNAUTHENTICATED (disabled: its sessions ended).
      expect({ round, ok: ok.length }).toEqual({ round, ok: 1 });
      expect(['CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED']).toContain(codeOf(results.find((r) => r.errors)!));
      const admins = await t.roster.ds.query("SELECT id FROM agent WHERE is_admin = 1 AND status = 'ACTIVE'");
      expect(admins).toHaveLength(1);
      // The survivor restores the other for the next round.
      const survivorToken = results[0].errors ? tokenB : tokenA;
      const loserId = results[0].errors ? firstAdminId : other.id;
      await t.ok(UPDATE, { id: loserId, i: { isAdmin: true, status: 'ACTIVE' } }, { token: survivorToken });
    }
    t.adminToken = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect(await activeAdmins()).toHaveLength(2);
  }, 60_000);

  it('applies every one of several concurrent updates of one agent', async () => {
    const a = await create({ email: 'busy@example.com', name: 'Busy Agent' });
    const events = TICKET_NOTIFICATION_EVENTS.slice(0, 5).map((e) => e.event);
    const results = await Promise.all(
      events.map((event) =>
        t.gql(UPDATE, { id: a.id, i: { ticketNotifications: [{ event, email: false, browser: false }] } }, { token: t.adminToken }),
      ),
    );
    expect(results.map(codeOf)).toEqual(events.map(() => undefined));
    const after = (await get(a.id)).ticketNotifications as { event: string; email: boolean; browser: boolean }[];
    for (const event of events) expect(after.find((s) => s.event === event)).toEqual({ event, email: false, browser: false });
  });

  it("chains the change log's old values through concurrent team changes", async () => {
    const a = await create({ email: 'teamhopper@example.com', name: 'Team Hopper' });
    const teams = await Promise.all(Array.from({ length: 20 }, (_, i) => team(`Hop ${i}`)));
    const results = await Promise.all(teams.map((id) => t.gql(UPDATE, { id: a.id, i: { teamIds: [id] } }, { token: t.adminToken })));
    expect(results.map(codeOf).filter(Boolean)).toEqual([]);
    const entries = (await log(a.id)).filter((e) => e.field === 'teams').reverse(); // oldest first
    expect(entries).toHaveLength(20);
    expect(entries[0].oldValue).toBe('');
    for (let i = 1; i < entries.length; i++) expect({ i, old: entries[i].oldValue }).toEqual({ i, old: entries[i - 1].newValue });
    expect((await get(a.id)).teams.map((x: { id: string }) => x.id)).toEqual([entries[entries.length - 1].newValue]);
    expect(
      await asAdmin(
        graphql(`
          query ConcurrencyViewer {
            viewer {
              id
            }
          }
        `),
      ),
    ).toBeTruthy();
  });
});
