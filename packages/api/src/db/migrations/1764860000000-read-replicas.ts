import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';

/**
 * Read replicas (src/db/read-replicas.ts): when a session or API token last wrote (its reads stay
 * on the primary for READ_YOUR_WRITES_SECONDS after), and the heartbeat row whose age, read on a
 * replica, is that replica's lag.
 */
export class ReadReplicas1764860000000 implements MigrationInterface {
  name = 'ReadReplicas1764860000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['session', 'api_token']) {
      await q.addColumn(table, new TableColumn({ name: 'last_write_at', type: 'datetime', precision: 3, isNullable: true }));
    }
    await q.createTable(
      new Table({
        name: 'replica_heartbeat',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'beat_at', type: 'datetime', precision: 6, isNullable: false },
        ],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('replica_heartbeat', true);
    for (const table of ['session', 'api_token']) await q.dropColumn(table, 'last_write_at');
  }
}
