import { MigrationInterface, QueryRunner } from 'typeorm';
import { isSqlite } from './dialect';

/**
 * The language of an invitation (issue 24): its email's, and the language of the agent accepting
 * creates. Invitations sent before stay null: English, as they were sent. Plain ALTERs, as in
 * 1764850000000-light-agents: TypeORM's add/dropColumn rebuild a SQLite table from its parsed
 * definition, which mangled the columns earlier migrations added by ALTER (undoing them failed).
 */
export class InvitationLanguage1764930000000 implements MigrationInterface {
  name = 'InvitationLanguage1764930000000';

  async up(q: QueryRunner): Promise<void> {
    if (isSqlite(q)) await q.query('ALTER TABLE "invitation" ADD COLUMN "language" varchar(16) NULL');
    else await q.query('ALTER TABLE `invitation` ADD `language` varchar(16) NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    if (isSqlite(q)) await q.query('ALTER TABLE "invitation" DROP COLUMN "language"');
    else await q.query('ALTER TABLE `invitation` DROP COLUMN `language`');
  }
}
