import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';

const id = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' as const };
const int = (name: string, extra: object = {}) => ({ name, type: 'integer', isNullable: false, default: 0, ...extra });
const str = (name: string, length: number, isNullable = false) => ({ name, type: 'varchar', length: String(length), isNullable });
const date = (name: string, isNullable = false) => ({ name, type: 'datetime', precision: 3, isNullable });

/** CSV import jobs, their per-row outcomes and errors, set-password links, and a reason on change-log entries. */
export class AgentImport1764400000000 implements MigrationInterface {
  name = 'AgentImport1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'agent_import',
        columns: [
          id,
          str('status', 16),
          { name: 'dry_run', type: 'boolean', isNullable: false, default: false },
          str('on_error', 24),
          str('existing', 16),
          str('file_name', 100),
          int('file_bytes'),
          str('actor_kind', 16),
          { name: 'actor_agent_id', type: 'integer', isNullable: true },
          { name: 'actor_token_id', type: 'integer', isNullable: true },
          str('actor_name', 200),
          int('total_rows'),
          int('processed_rows'),
          int('created_count'),
          int('updated_count'),
          int('skipped_count'),
          int('error_count'),
          int('attempts'),
          date('lease_until', true),
          { name: 'failure', type: 'text', isNullable: true },
          date('created_at'),
          date('finished_at', true),
        ],
        indices: [{ name: 'ix_agent_import_status', columnNames: ['status', 'lease_until'] }],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'agent_import_row',
        columns: [
          { name: 'import_id', type: 'integer', isPrimary: true },
          { name: 'row', type: 'integer', isPrimary: true },
          str('email', 254, true),
          str('action', 8),
          { name: 'cells', type: 'text', isNullable: true },
        ],
        foreignKeys: [
          { columnNames: ['import_id'], referencedTableName: 'agent_import', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'agent_import_error',
        columns: [
          id,
          { name: 'import_id', type: 'integer', isNullable: false },
          { name: 'row', type: 'integer', isNullable: false },
          str('column', 100, true),
          str('code', 32),
          str('message', 500),
        ],
        foreignKeys: [
          { columnNames: ['import_id'], referencedTableName: 'agent_import', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
        indices: [{ name: 'ix_agent_import_error_row', columnNames: ['import_id', 'row', 'id'] }],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'password_link',
        columns: [
          id,
          { name: 'agent_id', type: 'integer', isNullable: false },
          str('token_hash', 64),
          date('created_at'),
          date('expires_at'),
          date('used_at', true),
        ],
        uniques: [{ name: 'uq_password_link_token', columnNames: ['token_hash'] }],
        foreignKeys: [{ columnNames: ['agent_id'], referencedTableName: 'agent', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ name: 'ix_password_link_agent', columnNames: ['agent_id'] }],
      }),
      true,
    );
    await q.addColumn('change_log', new TableColumn({ name: 'reason', type: 'varchar', length: '200', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('change_log', 'reason');
    for (const t of ['password_link', 'agent_import_error', 'agent_import_row', 'agent_import']) await q.dropTable(t, true);
  }
}
