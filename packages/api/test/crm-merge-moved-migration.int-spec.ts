import { CREATE_GROUP, crmHelpers, MERGE, UNDO_MERGE, uniqueEmail } from './helpers/crm-fixtures';
import { CF_CREATE, CF_SET, CF_USER } from './helpers/custom-field-fixtures';
import { startTestApp, TestApp } from './helpers/test-app';
import { migrations } from '../src/db/data-source';
import { UserMergeMoved1764690000000 } from '../src/db/migrations/1764690000000-user-merge-moved';

// Migration 1764690000000 (issue 18.10): merges stored before it (every moved id in the JSON text
// user_merge.moved) become rows of user_merge_moved and a `filled` cell, and can still be undone.
// Its down migration writes the old JSON back, so: merge, migrate down (the old shape, as an
// older release stored it), migrate up again, and undo through the API.

const rowsOf = (t: TestApp) =>
  t.roster.ds.query('SELECT merge_id, kind, item_id FROM user_merge_moved ORDER BY merge_id, kind, item_id') as Promise<
    { merge_id: number; kind: string; item_id: number }[]
  >;

describe('user_merge_moved migration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());
  const { ok, createUser } = crmHelpers(() => t);

  it('converts stored merges both ways, and a converted merge undoes', async () => {
    const group = (await ok(CREATE_GROUP, { n: 'Migrated G' })).createUsergroup;
    const field = (await ok(CF_CREATE, { i: { name: 'Migrated Tier', type: 'TEXT' } })).createUserCustomField;
    const target = await createUser('Migrated Target');
    const extra = uniqueEmail('migrated-extra');
    const source = await createUser('Migrated Source', { phone: '+14155550177', usergroupIds: [group.id] });
    await t.ok(
      'mutation($u: ID!, $e: String!) { addUserEmail(userId: $u, email: $e) { id } }',
      { u: source.id, e: extra },
      { token: t.adminToken },
    );
    await ok(CF_SET, { id: source.id, i: { customFields: [{ fieldId: field.id, value: 'Gold' }] } });
    await t.ok('mutation($u: ID!) { addUserNote(userId: $u, text: "kept") { id } }', { u: source.id }, { token: t.adminToken });
    const mergeId = Number((await ok(MERGE, { t: target.id, s: source.id })).mergeUsers.merges[0].id);
    const rows = await rowsOf(t);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['email', 'primary_email', 'note', 'usergroup', 'change_log']));

    const ds = t.roster.ds;
    // Back to before the migration under test (the later ones first).
    for (let i = migrations.indexOf(UserMergeMoved1764690000000); i < migrations.length; i++)
      await ds.undoLastMigration({ transaction: 'each' });
    const [{ moved }] = await ds.query('SELECT moved FROM user_merge WHERE id = ?', [mergeId]);
    const ids = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => Number(r.item_id));
    expect(JSON.parse(moved)).toEqual({
      emailIds: ids('email'),
      primaryEmailId: ids('primary_email')[0],
      noteIds: ids('note'),
      fileIds: [],
      usergroupIds: [Number(group.id)],
      changeLogIds: ids('change_log'),
      filled: { phone: '+14155550177' },
      customFields: { [field.id]: 'Gold' },
    });
    // A merge from before files and custom values moved with merges: those lists are absent.
    const oldest = {
      emailIds: [7001],
      primaryEmailId: null,
      noteIds: [7002, 7003],
      usergroupIds: [],
      changeLogIds: [7004],
      filled: { im: 'x' },
    };
    await ds.query(
      `INSERT INTO user_merge (id, target_user_id, source_user_id, source_name, moved, actor_name, created_at, undo_until, undone_at)
       VALUES (?, 1, 2, 'Oldest', ?, 'Admin', ?, ?, ?)`,
      [mergeId + 1, JSON.stringify(oldest), '2025-01-01 00:00:00.000', '2025-01-08 00:00:00.000', '2025-01-02 00:00:00.000'],
    );

    await ds.runMigrations({ transaction: 'each' });
    expect(await rowsOf(t)).toEqual([
      ...rows,
      ...[
        ['change_log', 7004],
        ['email', 7001],
        ['note', 7002],
        ['note', 7003],
      ].map(([kind, item]) => ({ merge_id: mergeId + 1, kind, item_id: item })),
    ]);
    const filled = await ds.query('SELECT id, filled FROM user_merge ORDER BY id');
    expect(filled.map((m: { id: number; filled: string }) => [Number(m.id), JSON.parse(m.filled)])).toEqual([
      [mergeId, { fields: { phone: '+14155550177' }, customFields: { [field.id]: 'Gold' } }],
      [mergeId + 1, { fields: { im: 'x' }, customFields: {} }],
    ]);

    const back = (await ok(UNDO_MERGE, { m: String(mergeId) })).undoUserMerge;
    expect(back).toMatchObject({
      id: source.id,
      phone: '+14155550177',
      emails: [
        { address: source.primaryEmail, isPrimary: true },
        { address: extra, isPrimary: false },
      ],
      notes: [{ text: 'kept' }],
      usergroups: [group],
    });
    const after = await t.ok(
      'query($id: ID!) { user(id: $id) { phone emails { address } usergroups { id } } }',
      { id: target.id },
      { token: t.adminToken },
    );
    expect(after.user).toEqual({ phone: null, emails: [{ address: target.primaryEmail }], usergroups: [] });
    expect((await ok(CF_USER, { id: target.id })).user!.customFields).toEqual([]);
  });
});
