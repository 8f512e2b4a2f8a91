import { insertRows } from '../src/common/insert-rows';
import { EXACT_COUNT_BELOW } from '../src/common/count-cache';
import { User } from '../src/modules/user';
import { startTestApp, TestApp } from './helpers/test-app';

// Issue 18.11: a big users count is kept for a few seconds, keyed by what the asker may see. A
// scoped agent must not get the unscoped count after an admin switches team-scoped visibility on.

const COUNT = 'query { users(first: 1) { totalCount edges { node { id } } } }';
const SCOPED = 'mutation($on: Boolean!) { updateCrmSettings(input: { teamScopedUserVisibility: $on }) { teamScopedUserVisibility } }';

describe('the cached users count follows the asker’s scope', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    const now = new Date();
    const rows = Array.from({ length: EXACT_COUNT_BELOW + 10 }, (_, i) => {
      const name = `Counted ${String(i).padStart(5, '0')}`;
      return { name, nameKey: name.toLowerCase(), isAutoResponder: false, createdAt: now, updatedAt: now };
    });
    await insertRows(t.roster.ds.manager, User, ['name', 'nameKey', 'isAutoResponder', 'createdAt', 'updatedAt'], rows);
  });
  afterAll(() => t?.close());

  it('answers the scoped count at once after the setting changes', async () => {
    const agent = await t.createAgent({
      email: 'scoped.counter@example.com',
      name: 'Scoped Counter',
      permissionGroupIds: [],
      permissions: ['people.view'],
    });
    const before = await t.ok(COUNT, {}, { token: agent.token });
    expect(before.users.totalCount).toBe(EXACT_COUNT_BELOW + 10);
    await t.ok(SCOPED, { on: true }, { token: t.adminToken });
    try {
      // In no team: no organization in scope, so no user (the users have no organization either).
      const after = await t.ok(COUNT, {}, { token: agent.token });
      expect(after.users).toEqual({ totalCount: 0, edges: [] });
    } finally {
      await t.ok(SCOPED, { on: false }, { token: t.adminToken });
    }
    expect((await t.ok(COUNT, {}, { token: agent.token })).users.totalCount).toBe(EXACT_COUNT_BELOW + 10);
  });
});
