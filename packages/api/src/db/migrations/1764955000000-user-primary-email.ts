import { MigrationInterface, QueryRunner } from 'typeorm';
import { isSqlite } from './dialect';

/** Users per backfill statement (an id range: a bounded transaction on a million users). */
const BACKFILL_CHUNK = 10_000;

const COPY =
  'UPDATE crm_user SET primary_email = (SELECT e.address FROM user_email e WHERE e.user_id = crm_user.id ' +
  'ORDER BY e.is_primary DESC, e.id ASC LIMIT 1) WHERE id > ? AND id <= ?';

/**
 * A CRM list page as one index range (issue 23 item 4): crm_user.primary_email, a copy of the
 * user's primary address (else the oldest) kept by every address write (syncPrimaryEmail), joins
 * ix_crm_user_list, so a page's or a name search's primary addresses are no longer one random
 * leaf of ix_user_email_user_primary each (at a million users on a 128 MB buffer pool: most of a
 * cold name search's disk reads). Filled in id ranges before the table and index are rebuilt with it.
 */
export class UserPrimaryEmail1764955000000 implements MigrationInterface {
  name = 'UserPrimaryEmail1764955000000';

  async up(q: QueryRunner): Promise<void> {
    const sqlite = isSqlite(q);
    // The same comparison as user_email.address (code points on MySQL/MariaDB).
    if (sqlite) await q.query('ALTER TABLE "crm_user" ADD COLUMN "primary_email" varchar(254) NULL');
    else await q.query('ALTER TABLE `crm_user` ADD `primary_email` varchar(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL');
    const [{ top }] = (await q.query('SELECT MAX(id) AS top FROM crm_user')) as { top: number | string | null }[];
    for (let from = 0; from < Number(top ?? 0); from += BACKFILL_CHUNK) await q.query(COPY, [from, from + BACKFILL_CHUNK]);
    const columns = 'name_key, id, merged_into_id, organization_id, name';
    if (sqlite) {
      await q.query('DROP INDEX ix_crm_user_list');
      await q.query(`CREATE INDEX ix_crm_user_list ON crm_user (${columns}, primary_email)`);
    } else {
      // FORCE: the same rebuild packs the rows again (filling the new column in place split
      // pages: on the bench's million users the table's data went from 80 to 172 MB without it).
      await q.query(`ALTER TABLE crm_user DROP INDEX ix_crm_user_list, ADD INDEX ix_crm_user_list (${columns}, primary_email), FORCE`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    const columns = 'name_key, id, merged_into_id, organization_id, name';
    if (isSqlite(q)) {
      await q.query('DROP INDEX ix_crm_user_list');
      await q.query(`CREATE INDEX ix_crm_user_list ON crm_user (${columns})`);
      await q.query('ALTER TABLE "crm_user" DROP COLUMN "primary_email"');
    } else {
      await q.query(`ALTER TABLE crm_user DROP INDEX ix_crm_user_list, ADD INDEX ix_crm_user_list (${columns})`);
      await q.query('ALTER TABLE `crm_user` DROP COLUMN `primary_email`');
    }
  }
}
