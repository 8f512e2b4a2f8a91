import { MigrationInterface, QueryRunner } from 'typeorm';
import { isSqlite } from './dialect';

const COLUMNS = [
  { table: 'agent', column: 'type' },
  { table: 'invitation', column: 'agent_type' },
] as const;

/**
 * Light agents: the agent's type (FULL uses a license seat, LIGHT none) and the type an invitation
 * creates. Existing rows are FULL. Plain ALTERs: SQLite's ADD COLUMN keeps the table.
 */
export class LightAgents1764850000000 implements MigrationInterface {
  name = 'LightAgents1764850000000';

  async up(q: QueryRunner): Promise<void> {
    for (const { table, column } of COLUMNS) {
      if (isSqlite(q)) await q.query(`ALTER TABLE "${table}" ADD COLUMN "${column}" varchar(8) NOT NULL DEFAULT 'FULL'`);
      else await q.query(`ALTER TABLE \`${table}\` ADD \`${column}\` varchar(8) NOT NULL DEFAULT 'FULL'`);
    }
    // The license counts agents by type on every seat check.
    await q.query('CREATE INDEX ix_agent_type ON agent (type)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(isSqlite(q) ? 'DROP INDEX ix_agent_type' : 'DROP INDEX ix_agent_type ON agent');
    for (const { table, column } of COLUMNS) {
      if (isSqlite(q)) await q.query(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
      else await q.query(`ALTER TABLE \`${table}\` DROP COLUMN \`${column}\``);
    }
  }
}
