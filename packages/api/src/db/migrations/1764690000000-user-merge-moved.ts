import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * What a merge moved becomes rows (issue 18.10): user_merge.moved held every moved id as one JSON
 * text, which MySQL caps at 64 kB, so a user with 10,000 change-log entries could not be merged.
 * Now user_merge_moved holds one row per moved item (merge_id, kind, item_id), and the column,
 * renamed `filled`, keeps only the values the target took ({ fields, customFields }: bounded by
 * the fields' limits; MEDIUMTEXT on MySQL so that even the largest fit).
 *
 * Existing merges are converted one by one; a merge already converted (a run that stopped half-way
 * on MySQL, where DDL commits) is recognised by its new format and left alone.
 */

/** The stored JSON before this migration (fileIds and customFields are absent in the oldest merges). */
interface OldMoved {
  emailIds: number[];
  primaryEmailId: number | null;
  noteIds: number[];
  fileIds?: number[];
  usergroupIds: number[];
  changeLogIds: number[];
  filled: Record<string, unknown>;
  customFields?: Record<string, string>;
}

/** Kinds of user_merge_moved rows and the old lists they come from (as in MovedKind, written out: migrations stay as they were). */
const LISTS = [
  ['email', 'emailIds'],
  ['note', 'noteIds'],
  ['file', 'fileIds'],
  ['usergroup', 'usergroupIds'],
  ['change_log', 'changeLogIds'],
] as const;

/** Rows per INSERT: 3 placeholders each, far under SQLite's and MySQL's limits. */
const CHUNK = 1000;
/** Merges read at a time. */
const PAGE = 100;

const isMysql = (q: QueryRunner) => q.connection.options.type === 'mysql';

async function insertMoved(q: QueryRunner, rows: [mergeId: number, kind: string, itemId: number][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await q.query(`INSERT INTO user_merge_moved (merge_id, kind, item_id) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')}`, chunk.flat());
  }
}

/** Every merge's (id, JSON text) in pages by id. */
async function* merges(q: QueryRunner, column: string): AsyncGenerator<{ id: number; json: string }> {
  let after = 0;
  for (;;) {
    const page: { id: number; json: string }[] = await q.query(
      `SELECT id, ${column} AS json FROM user_merge WHERE id > ? ORDER BY id LIMIT ${PAGE}`,
      [after],
    );
    for (const m of page) yield { id: Number(m.id), json: m.json };
    if (page.length < PAGE) return;
    after = Number(page[page.length - 1].id);
  }
}

export class UserMergeMoved1764690000000 implements MigrationInterface {
  name = 'UserMergeMoved1764690000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'user_merge_moved',
        columns: [
          { name: 'merge_id', type: 'integer', isPrimary: true, isNullable: false },
          { name: 'kind', type: 'varchar', length: '16', isPrimary: true, isNullable: false },
          { name: 'item_id', type: 'integer', isPrimary: true, isNullable: false },
        ],
        foreignKeys: [{ columnNames: ['merge_id'], referencedTableName: 'user_merge', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
      true,
    );
    for await (const m of merges(q, 'moved')) {
      const old = JSON.parse(m.json) as OldMoved;
      if (!Array.isArray(old.emailIds)) continue; // converted already
      await q.query('DELETE FROM user_merge_moved WHERE merge_id = ?', [m.id]);
      const rows: [number, string, number][] = [];
      for (const [kind, list] of LISTS) for (const itemId of old[list] ?? []) rows.push([m.id, kind, itemId]);
      if (old.primaryEmailId !== null && old.primaryEmailId !== undefined) rows.push([m.id, 'primary_email', old.primaryEmailId]);
      await insertMoved(q, rows);
      const filled = { fields: old.filled ?? {}, customFields: old.customFields ?? {} };
      await q.query('UPDATE user_merge SET moved = ? WHERE id = ?', [JSON.stringify(filled), m.id]);
    }
    if (isMysql(q)) await q.query('ALTER TABLE user_merge CHANGE moved filled mediumtext NOT NULL');
    else await q.query('ALTER TABLE user_merge RENAME COLUMN moved TO filled');
  }

  async down(q: QueryRunner): Promise<void> {
    // LONGTEXT on MySQL: the lists of a large merge did not fit in the old TEXT.
    if (isMysql(q)) await q.query('ALTER TABLE user_merge CHANGE filled moved longtext NOT NULL');
    else await q.query('ALTER TABLE user_merge RENAME COLUMN filled TO moved');
    for await (const m of merges(q, 'moved')) {
      const { fields, customFields } = JSON.parse(m.json) as { fields: Record<string, unknown>; customFields: Record<string, string> };
      const rows: { kind: string; item_id: number }[] = await q.query(
        'SELECT kind, item_id FROM user_merge_moved WHERE merge_id = ? ORDER BY kind, item_id',
        [m.id],
      );
      const ids = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => Number(r.item_id));
      const old: OldMoved = {
        emailIds: ids('email'),
        primaryEmailId: ids('primary_email')[0] ?? null,
        noteIds: ids('note'),
        fileIds: ids('file'),
        usergroupIds: ids('usergroup'),
        changeLogIds: ids('change_log'),
        filled: fields,
        customFields,
      };
      await q.query('UPDATE user_merge SET moved = ? WHERE id = ?', [JSON.stringify(old), m.id]);
    }
    await q.dropTable('user_merge_moved', true);
  }
}
