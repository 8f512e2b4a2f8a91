import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { isSqlite } from './dialect';

const agentFk = { columnNames: ['agent_id'], referencedTableName: 'agent', referencedColumnNames: ['id'], onDelete: 'CASCADE' };

/**
 * Two-step sign-in: agents' second factors (TOTP secrets, sealed), their single-use recovery
 * codes (keyed hashes), and the stage of a session that is not complete yet (second step
 * pending, or enrolment required): null for a full session, as every existing one is.
 */
export class TwoStepSignIn1764800000000 implements MigrationInterface {
  name = 'TwoStepSignIn1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'second_factor',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'agent_id', type: 'integer', isNullable: false },
          { name: 'kind', type: 'varchar', length: '16', isNullable: false },
          { name: 'secret_sealed', type: 'varchar', length: '255', isNullable: false },
          { name: 'created_at', type: 'datetime', precision: 3, isNullable: false },
          { name: 'confirmed_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'last_used_step', type: 'integer', isNullable: true },
        ],
        foreignKeys: [agentFk],
        indices: [{ name: 'ix_second_factor_agent', columnNames: ['agent_id'] }],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'recovery_code',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'agent_id', type: 'integer', isNullable: false },
          { name: 'code_hash', type: 'varchar', length: '64', isNullable: false },
          { name: 'created_at', type: 'datetime', precision: 3, isNullable: false },
          { name: 'used_at', type: 'datetime', precision: 3, isNullable: true },
        ],
        foreignKeys: [agentFk],
        indices: [{ name: 'ix_recovery_code_agent', columnNames: ['agent_id'] }],
      }),
      true,
    );
    if (isSqlite(q)) await q.query('ALTER TABLE "session" ADD COLUMN "stage" varchar(16) NULL');
    else await q.query('ALTER TABLE `session` ADD `stage` varchar(16) NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    if (isSqlite(q)) await q.query('ALTER TABLE "session" DROP COLUMN "stage"');
    else await q.query('ALTER TABLE `session` DROP COLUMN `stage`');
    await q.dropTable('recovery_code', true);
    await q.dropTable('second_factor', true);
  }
}
