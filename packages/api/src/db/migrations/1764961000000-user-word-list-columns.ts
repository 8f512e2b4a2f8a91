import { MigrationInterface, QueryRunner } from 'typeorm';
import { isSqlite } from './dialect';

/** Users per backfill statement (an id range: a bounded transaction on a million users). */
const BACKFILL_CHUNK = 10_000;

const LIST = ['name', 'primary_email', 'organization_id'];
/** What a search counts and filters by, without the list's columns (for its bounded count). */
const SCAN = 'word, prev_shared, word_starts, pair_starts, heads';

/**
 * What the CRM list shows of a user (name, primary address, organization) on each of their
 * user_word rows (issue 23 item 4), kept by every write of those columns in its transaction
 * (user.words.ts syncUserWordList): a search's words phase answers its page from the words'
 * index range alone instead of reading each user's row by id (at a million users on a 128 MB
 * buffer pool, one random page of crm_user each: an email-prefix search's disk reads). The rows
 * grow, so a narrower index ix_user_word_scan serves the bounded count. Filled in id ranges, then
 * (MySQL/MariaDB) rebuilt with the index.
 */
export class UserWordListColumns1764961000000 implements MigrationInterface {
  name = 'UserWordListColumns1764961000000';

  async up(q: QueryRunner): Promise<void> {
    const sqlite = isSqlite(q);
    if (sqlite) {
      await q.query(`ALTER TABLE "user_word" ADD COLUMN "name" varchar(200) NOT NULL DEFAULT ''`);
      await q.query('ALTER TABLE "user_word" ADD COLUMN "primary_email" varchar(254) NULL');
      await q.query('ALTER TABLE "user_word" ADD COLUMN "organization_id" int NULL');
    } else {
      await q.query(
        "ALTER TABLE `user_word` ADD `name` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '', " +
          'ADD `primary_email` varchar(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL, ADD `organization_id` int NULL',
      );
    }
    const [{ top }] = (await q.query('SELECT MAX(user_id) AS top FROM user_word')) as { top: number | string | null }[];
    const fill = sqlite
      ? `UPDATE user_word SET ${LIST.map((c) => `${c} = (SELECT u.${c} FROM crm_user u WHERE u.id = user_word.user_id)`).join(', ')} ` +
        'WHERE user_id > ? AND user_id <= ?'
      : `UPDATE user_word w JOIN crm_user u ON u.id = w.user_id SET ${LIST.map((c) => `w.${c} = u.${c}`).join(', ')} ` +
        'WHERE w.user_id > ? AND w.user_id <= ?';
    for (let from = 0; from < Number(top ?? 0); from += BACKFILL_CHUNK) await q.query(fill, [from, from + BACKFILL_CHUNK]);
    // FORCE packs the rows again (each grew in place).
    if (sqlite) await q.query(`CREATE INDEX ix_user_word_scan ON user_word (${SCAN})`);
    else await q.query(`ALTER TABLE user_word ADD INDEX ix_user_word_scan (${SCAN}), FORCE`);
  }

  async down(q: QueryRunner): Promise<void> {
    if (isSqlite(q)) {
      await q.query('DROP INDEX ix_user_word_scan');
      for (const c of LIST) await q.query(`ALTER TABLE "user_word" DROP COLUMN "${c}"`);
    } else {
      await q.query(`ALTER TABLE user_word DROP INDEX ix_user_word_scan, ${LIST.map((c) => `DROP COLUMN \`${c}\``).join(', ')}`);
    }
  }
}
