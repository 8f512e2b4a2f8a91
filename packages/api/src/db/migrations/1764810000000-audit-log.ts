import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

const str = (name: string, length: number, isNullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});
const int = (name: string): TableColumnOptions => ({ name, type: 'integer', isNullable: true });

/**
 * The audit log (modules/audit): one table, indexed for its filters, each with (occurred_at, id)
 * last for the newest-first keyset pages; and a fourth application lock row (license_lock id 4)
 * whose time is the audit retention job's lease (see modules/audit/audit.retention.ts).
 */
export class AuditLog1764810000000 implements MigrationInterface {
  name = 'AuditLog1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'audit_event',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'occurred_at', type: 'datetime', precision: 3, isNullable: false },
          str('action', 64),
          str('actor_kind', 16),
          int('actor_id'),
          int('actor_agent_id'),
          str('actor_name', 200),
          str('ip', 64, true),
          str('user_agent', 120, true),
          str('target_type', 32, true),
          str('target_id', 64, true),
          str('target_label', 200, true),
          str('outcome', 16),
          { name: 'details', type: 'text', isNullable: true },
        ],
        indices: [
          { name: 'ix_audit_event_time', columnNames: ['occurred_at', 'id'] },
          { name: 'ix_audit_event_actor', columnNames: ['actor_agent_id', 'occurred_at', 'id'] },
          { name: 'ix_audit_event_target', columnNames: ['target_type', 'target_id', 'occurred_at', 'id'] },
          { name: 'ix_audit_event_action', columnNames: ['action', 'occurred_at', 'id'] },
        ],
      }),
      true,
    );
    await q.query('INSERT INTO license_lock (id, touched_at) VALUES (?, ?)', [4, '2000-01-01 00:00:00.000']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM license_lock WHERE id = ?', [4]);
    await q.dropTable('audit_event');
  }
}
