import { MigrationInterface, QueryRunner } from 'typeorm';
import { isSqlite } from './dialect';

/**
 * Temporary passwords expire (TEMPORARY_PASSWORD_TTL_DAYS): the agent's column says until when
 * the current one works; null for a password the agent chose. Existing temporary passwords get
 * no expiry (nobody was told they would expire). Plain ALTERs: SQLite's ADD COLUMN keeps the table.
 */
export class TemporaryPasswordExpiry1764770000000 implements MigrationInterface {
  name = 'TemporaryPasswordExpiry1764770000000';

  async up(q: QueryRunner): Promise<void> {
    if (isSqlite(q)) await q.query('ALTER TABLE "agent" ADD COLUMN "temporary_password_expires_at" datetime(3) NULL');
    else await q.query('ALTER TABLE `agent` ADD `temporary_password_expires_at` datetime(3) NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    if (isSqlite(q)) await q.query('ALTER TABLE "agent" DROP COLUMN "temporary_password_expires_at"');
    else await q.query('ALTER TABLE `agent` DROP COLUMN `temporary_password_expires_at`');
  }
}
