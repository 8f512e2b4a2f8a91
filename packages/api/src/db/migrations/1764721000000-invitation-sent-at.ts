import { MigrationInterface, QueryRunner } from 'typeorm';
import { isSqlite } from './dialect';

/**
 * Invitations record when their email last went out (`last_sent_at`: the invite, then each resend),
 * so the list's "Sent" time moves with a resend. Existing rows were last sent when created, as far
 * as anything recorded says. A plain ALTER on both dialects (SQLite's ADD COLUMN keeps the table).
 */
export class InvitationSentAt1764721000000 implements MigrationInterface {
  name = 'InvitationSentAt1764721000000';

  async up(q: QueryRunner): Promise<void> {
    if (isSqlite(q)) await q.query('ALTER TABLE "invitation" ADD COLUMN "last_sent_at" datetime(3)');
    else await q.query('ALTER TABLE `invitation` ADD `last_sent_at` datetime(3) NULL');
    await q.query('UPDATE invitation SET last_sent_at = created_at');
  }

  async down(q: QueryRunner): Promise<void> {
    if (isSqlite(q)) await q.query('ALTER TABLE "invitation" DROP COLUMN "last_sent_at"');
    else await q.query('ALTER TABLE `invitation` DROP COLUMN `last_sent_at`');
  }
}
