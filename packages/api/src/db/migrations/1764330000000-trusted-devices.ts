import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** Browsers agents signed in from (device cookies), so a lockout from elsewhere does not lock them out. */
export class TrustedDevices1764330000000 implements MigrationInterface {
  name = 'TrustedDevices1764330000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'trusted_device',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'token_hash', type: 'varchar', length: '64', isNullable: false },
          { name: 'agent_id', type: 'integer', isNullable: false },
          { name: 'created_at', type: 'datetime', precision: 3, isNullable: false },
          { name: 'expires_at', type: 'datetime', precision: 3, isNullable: false },
        ],
        uniques: [{ name: 'uq_trusted_device_token', columnNames: ['token_hash'] }],
        foreignKeys: [{ columnNames: ['agent_id'], referencedTableName: 'agent', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ name: 'ix_trusted_device_agent', columnNames: ['agent_id'] }],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('trusted_device', true);
  }
}
