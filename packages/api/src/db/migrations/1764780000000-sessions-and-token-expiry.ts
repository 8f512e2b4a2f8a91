import { MigrationInterface, QueryRunner } from 'typeorm';
import { isSqlite } from './dialect';

const COLUMNS: [table: string, column: string, type: string][] = [
  ['session', 'ip', 'varchar(64)'],
  ['session', 'user_agent', 'varchar(300)'],
  ['agent', 'last_sign_in_at', 'datetime(3)'],
  ['api_token', 'expires_at', 'datetime(3)'],
];

/**
 * Where each session signed in (IP, browser) for "My sessions", each agent's last sign-in, and an
 * optional expiry for API tokens. All nullable: existing rows have none. Plain ALTERs (SQLite's
 * ADD COLUMN keeps the table).
 */
export class SessionsAndTokenExpiry1764780000000 implements MigrationInterface {
  name = 'SessionsAndTokenExpiry1764780000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, column, type] of COLUMNS) {
      if (isSqlite(q)) await q.query(`ALTER TABLE "${table}" ADD COLUMN "${column}" ${type} NULL`);
      else await q.query(`ALTER TABLE \`${table}\` ADD \`${column}\` ${type} NULL`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, column] of [...COLUMNS].reverse()) {
      if (isSqlite(q)) await q.query(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
      else await q.query(`ALTER TABLE \`${table}\` DROP COLUMN \`${column}\``);
    }
  }
}
