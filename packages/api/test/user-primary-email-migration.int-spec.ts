import { DataSource } from 'typeorm';
import { sortKey } from '@roster/shared';
import { migrations } from '../src/db/data-source';
import { UserPrimaryEmail1764955000000 } from '../src/db/migrations/1764955000000-user-primary-email';
import { insertRows } from '../src/common/insert-rows';
import { User, UserEmail } from '../src/modules/user/user.entity';
import { NEW_USER_DEFAULTS } from '../src/modules/user/user.service';
import { columnsNow, dataSourceBefore, migrateLogged, testDbConfig } from './helpers/test-db';

// Migration 1764955000000 (issue 23 item 4): crm_user.primary_email is filled from the existing
// addresses (the primary one, else the oldest; null without any) and joins ix_crm_user_list; the
// down migration puts the index back as it was and drops the column.

describe('user primary email migration', () => {
  let ds: DataSource | undefined;
  afterAll(() => ds?.destroy());

  it('copies the primary (else oldest) address of each user, rebuilds the list index with it, and rolls back', async () => {
    const db = testDbConfig();
    const before = await dataSourceBefore(UserPrimaryEmail1764955000000, db);
    const now = new Date();
    const users = ['Primary Second', 'No Primary', 'No Address', 'One Address'].map((name) => ({
      ...NEW_USER_DEFAULTS,
      name,
      nameKey: sortKey(name),
      createdAt: now,
      updatedAt: now,
    }));
    await insertRows(before.manager, User, await columnsNow(before, User, Object.keys(users[0])), users as Partial<User>[]);
    const id: Record<string, number> = Object.fromEntries(
      ((await before.query('SELECT id, name FROM crm_user')) as { id: number | string; name: string }[]).map((r) => [r.name, Number(r.id)]),
    );
    const email = (user: string, address: string, isPrimary: boolean) => ({
      userId: id[user],
      address,
      domain: 'mig.example',
      isPrimary,
      createdAt: now,
    });
    await insertRows(
      before.manager,
      UserEmail,
      ['userId', 'address', 'domain', 'isPrimary', 'createdAt'],
      [
        email('Primary Second', 'ps.old@mig.example', false),
        email('Primary Second', 'ps.primary@mig.example', true),
        email('No Primary', 'np.oldest@mig.example', false),
        email('No Primary', 'np.newer@mig.example', false),
        email('One Address', 'one@mig.example', true),
      ],
    );
    await before.destroy();

    ds = (await migrateLogged(db)).ds;
    const rows = (await ds.query('SELECT name, primary_email FROM crm_user ORDER BY name')) as {
      name: string;
      primary_email: string | null;
    }[];
    expect(rows).toEqual([
      { name: 'No Address', primary_email: null },
      { name: 'No Primary', primary_email: 'np.oldest@mig.example' },
      { name: 'One Address', primary_email: 'one@mig.example' },
      { name: 'Primary Second', primary_email: 'ps.primary@mig.example' },
    ]);
    const indexColumns = async () => {
      if (ds!.options.type === 'mysql') {
        const r = (await ds!.query("SHOW INDEX FROM crm_user WHERE Key_name = 'ix_crm_user_list'")) as { Column_name: string }[];
        return r.map((c) => c.Column_name);
      }
      return ((await ds!.query("PRAGMA index_info('ix_crm_user_list')")) as { name: string }[]).map((c) => c.name);
    };
    expect(await indexColumns()).toEqual(['name_key', 'id', 'merged_into_id', 'organization_id', 'name', 'primary_email']);

    for (let i = migrations.indexOf(UserPrimaryEmail1764955000000); i < migrations.length; i++)
      await ds.undoLastMigration({ transaction: 'each' });
    expect(await indexColumns()).toEqual(['name_key', 'id', 'merged_into_id', 'organization_id', 'name']);
    expect(await columnsNow(ds, User, ['primaryEmail', 'name'])).toEqual(['name']);
  });
});
