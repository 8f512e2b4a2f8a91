import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { isSqlite } from './dialect';

/** Passkeys as a second factor, and the session's pending WebAuthn challenge (in the database: any API process may answer). */
export class Passkeys1764801000000 implements MigrationInterface {
  name = 'Passkeys1764801000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'passkey',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'agent_id', type: 'integer', isNullable: false },
          { name: 'name', type: 'varchar', length: '100', isNullable: false },
          { name: 'credential_hash', type: 'varchar', length: '64', isNullable: false },
          { name: 'credential_id', type: 'text', isNullable: false },
          { name: 'public_key', type: 'text', isNullable: false },
          { name: 'sign_count', type: 'integer', isNullable: false, default: 0 },
          { name: 'transports', type: 'varchar', length: '200', isNullable: true },
          { name: 'created_at', type: 'datetime', precision: 3, isNullable: false },
          { name: 'last_used_at', type: 'datetime', precision: 3, isNullable: true },
        ],
        uniques: [{ name: 'uq_passkey_credential', columnNames: ['credential_hash'] }],
        foreignKeys: [{ columnNames: ['agent_id'], referencedTableName: 'agent', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ name: 'ix_passkey_agent', columnNames: ['agent_id'] }],
      }),
      true,
    );
    if (isSqlite(q)) await q.query('ALTER TABLE "session" ADD COLUMN "webauthn_challenge" varchar(128) NULL');
    else await q.query('ALTER TABLE `session` ADD `webauthn_challenge` varchar(128) NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    if (isSqlite(q)) await q.query('ALTER TABLE "session" DROP COLUMN "webauthn_challenge"');
    else await q.query('ALTER TABLE `session` DROP COLUMN `webauthn_challenge`');
    await q.dropTable('passkey', true);
  }
}
