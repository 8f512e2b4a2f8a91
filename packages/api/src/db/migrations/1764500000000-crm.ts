import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const int = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable });
const str = (name: string, length: number, isNullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});
const text = (name: string, isNullable = true): TableColumnOptions => ({ name, type: 'text', isNullable });
const bool = (name: string): TableColumnOptions => ({ name, type: 'boolean', isNullable: false, default: 0 });
const date = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable });
const fk = (column: string, table: string, onDelete = 'CASCADE') => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
  onDelete,
});

/**
 * The CRM: end users (crm_user: `user` is a reserved word in places), their emails (one address,
 * one user: a unique index on the lower-cased address), notes, files (metadata; the bytes are in FILES_DIR), organizations, usergroups and
 * merges (what moved, so that a merge can be undone). Names are ordered and prefix-searched by
 * stored sort keys like agents' (binary collation on MySQL, set after the tables exist).
 */
export class Crm1764500000000 implements MigrationInterface {
  name = 'Crm1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'organization',
        columns: [id, str('name', 200), str('name_key', 255), date('created_at')],
        // Unique on the folded name: "ACME" and "Acme" are one organization on both databases.
        uniques: [{ name: 'uq_organization_name_key', columnNames: ['name_key'] }],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'usergroup',
        columns: [id, str('name', 200), date('created_at')],
        uniques: [{ name: 'uq_usergroup_name', columnNames: ['name'] }],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'crm_user',
        columns: [
          id,
          str('name', 200),
          str('name_key', 255),
          int('organization_id', true),
          text('summary'),
          str('phone', 50, true),
          str('phone_key', 50, true),
          str('website', 500, true),
          str('im', 200, true),
          str('twitter', 50, true),
          str('linkedin', 500, true),
          str('facebook', 500, true),
          text('address'),
          str('timezone', 64, true),
          str('language', 16, true),
          bool('is_auto_responder'),
          int('merged_into_id', true),
          date('created_at'),
          date('updated_at'),
        ],
        foreignKeys: [fk('organization_id', 'organization', 'SET NULL')],
        indices: [
          { name: 'ix_crm_user_name_key', columnNames: ['name_key', 'id'] },
          { name: 'ix_crm_user_org', columnNames: ['organization_id', 'name_key', 'id'] },
          { name: 'ix_crm_user_phone_key', columnNames: ['phone_key'] },
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'user_email',
        columns: [id, int('user_id'), str('address', 254), str('domain', 254), bool('is_primary'), date('created_at')],
        uniques: [{ name: 'uq_user_email_address', columnNames: ['address'] }],
        foreignKeys: [fk('user_id', 'crm_user')],
        indices: [
          { name: 'ix_user_email_user', columnNames: ['user_id'] },
          { name: 'ix_user_email_domain', columnNames: ['domain'] },
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'user_usergroup',
        columns: [
          { ...int('user_id'), isPrimary: true },
          { ...int('usergroup_id'), isPrimary: true },
        ],
        foreignKeys: [fk('user_id', 'crm_user'), fk('usergroup_id', 'usergroup')],
        indices: [{ name: 'ix_user_usergroup_group', columnNames: ['usergroup_id', 'user_id'] }],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'user_note',
        columns: [
          id,
          int('user_id'),
          text('text', false),
          str('author_kind', 16),
          int('author_id', true),
          str('author_name', 200),
          date('created_at'),
        ],
        foreignKeys: [fk('user_id', 'crm_user')],
        indices: [{ name: 'ix_user_note_user', columnNames: ['user_id', 'id'] }],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'user_file',
        columns: [
          id,
          int('user_id'),
          str('file_name', 255),
          str('content_type', 100),
          int('size'),
          str('storage_key', 100),
          str('uploaded_by_name', 200),
          date('created_at'),
        ],
        foreignKeys: [fk('user_id', 'crm_user')],
        indices: [{ name: 'ix_user_file_user', columnNames: ['user_id', 'id'] }],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'user_merge',
        columns: [
          id,
          int('target_user_id'),
          int('source_user_id'),
          str('source_name', 200),
          text('moved', false),
          str('actor_name', 200),
          date('created_at'),
          date('undo_until'),
          date('undone_at', true),
        ],
        indices: [
          { name: 'ix_user_merge_target', columnNames: ['target_user_id', 'id'] },
          { name: 'ix_user_merge_source', columnNames: ['source_user_id', 'id'] },
        ],
      }),
      true,
    );
    if (q.connection.options.type === 'mysql') {
      // Sort keys and normalised addresses compare as code points, like ORDER BY on SQLite.
      await q.query('ALTER TABLE organization MODIFY name_key varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL');
      await q.query('ALTER TABLE crm_user MODIFY name_key varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL');
      await q.query('ALTER TABLE user_email MODIFY address varchar(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL');
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['user_merge', 'user_file', 'user_note', 'user_usergroup', 'user_email', 'crm_user', 'usergroup', 'organization'])
      await q.dropTable(t, true);
  }
}
