import { MigrationInterface, QueryRunner } from 'typeorm';
import { isSqlite } from './dialect';

/**
 * How each session signed in (PASSWORD, PASSKEY, SSO): turning "SSO required" on ends the sessions
 * that did not come through single sign-on (break-glass administrators' excepted). Sessions from
 * before stay null and count as not single sign-on. Plain ALTERs (see 1764930000000).
 */
export class SessionSignInMethod1764940000000 implements MigrationInterface {
  name = 'SessionSignInMethod1764940000000';

  async up(q: QueryRunner): Promise<void> {
    if (isSqlite(q)) await q.query('ALTER TABLE "session" ADD COLUMN "sign_in_method" varchar(16) NULL');
    else await q.query('ALTER TABLE `session` ADD `sign_in_method` varchar(16) NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    if (isSqlite(q)) await q.query('ALTER TABLE "session" DROP COLUMN "sign_in_method"');
    else await q.query('ALTER TABLE `session` DROP COLUMN `sign_in_method`');
  }
}
