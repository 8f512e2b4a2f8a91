import { DataSource } from 'typeorm';
import { createDataSource, initDataSource, migrations } from '../src/db/data-source';
import { InvitationSentAt1764721000000 } from '../src/db/migrations/1764721000000-invitation-sent-at';
import { UserMergeMovedItem1764722000000 } from '../src/db/migrations/1764722000000-user-merge-moved-item';
import { Invitation } from '../src/modules/invitation';
import { dataSourceBefore, testDbConfig } from './helpers/test-db';

// Migration 1764721000000: invitations record when their email last went out. Invitations stored
// before it were last sent when created; the down migration drops the column again.
// Migration 1764722000000: an index finds the merge that moved a change-log entry.

describe('issue 19 migrations', () => {
  let ds: DataSource | undefined;
  afterAll(() => ds?.destroy());

  it('backfills last_sent_at from created_at, and rolls back (the later migrations first)', async () => {
    const db = testDbConfig();
    const before = await dataSourceBefore(InvitationSentAt1764721000000, db);
    await before.query(
      `INSERT INTO invitation (email, name, is_admin, team_ids, permission_group_ids, token_hash, stored_status, invited_by_name, created_at, expires_at)
       VALUES ('old@example.com', NULL, 0, '[]', '[1]', 'h1', 'PENDING', 'Admin', '2026-01-02 03:04:05.678', '2026-01-09 03:04:05.678')`,
    );
    await before.destroy();

    ds = await initDataSource(createDataSource(db));
    const [inv] = await ds.manager.find(Invitation);
    expect(inv.lastSentAt.toISOString()).toBe('2026-01-02T03:04:05.678Z');
    expect(inv.createdAt.toISOString()).toBe('2026-01-02T03:04:05.678Z');

    for (let i = migrations.indexOf(InvitationSentAt1764721000000); i < migrations.length; i++)
      await ds.undoLastMigration({ transaction: 'each' });
    const cols = (await ds.createQueryRunner().getTable('invitation'))!.columns.map((c) => c.name);
    expect(cols).not.toContain('last_sent_at');
    expect(cols).toContain('created_at');
  });

  it('adds and drops the user_merge_moved (kind, item_id) index', async () => {
    ds ??= await initDataSource(createDataSource(testDbConfig()));
    // Everything up (the test before rolled some migrations back).
    await ds.runMigrations({ transaction: 'each' });
    const indexNames = async () => {
      const runner = ds!.createQueryRunner();
      try {
        return (await runner.getTable('user_merge_moved'))!.indices.map((i) => i.name);
      } finally {
        await runner.release();
      }
    };
    expect(await indexNames()).toContain('IDX_user_merge_moved_item');
    for (let i = migrations.indexOf(UserMergeMovedItem1764722000000); i < migrations.length; i++)
      await ds.undoLastMigration({ transaction: 'each' });
    expect(await indexNames()).not.toContain('IDX_user_merge_moved_item');
    await ds.runMigrations({ transaction: 'each' });
    expect(await indexNames()).toContain('IDX_user_merge_moved_item');
  });
});
