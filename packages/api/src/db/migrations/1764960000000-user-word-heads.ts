import { MigrationInterface, QueryRunner } from 'typeorm';
import { HEAD_LENGTH, HEADS_MAX_LENGTH, wordHeads } from '../../common/search-words';
import { isSqlite } from './dialect';

/** Users per backfill statement (an id range: a bounded transaction on a million users). */
const BACKFILL_CHUNK = 10_000;

/**
 * wordHeads in SQL, for an id range: the distinct first HEAD_LENGTH characters of each user's
 * words, cut at a space, in code point order (utf8mb4_bin), each after a space; null past
 * HEADS_MAX_LENGTH characters. test/user-word-heads.int-spec.ts compares it with wordHeads.
 */
const HEAD = `NULLIF(SUBSTRING_INDEX(LEFT(word, ${HEAD_LENGTH}), ' ', 1), '')`;
const FILL_MYSQL =
  `UPDATE user_word w JOIN (SELECT user_id, CONCAT(' ', GROUP_CONCAT(DISTINCT ${HEAD} ORDER BY ${HEAD} SEPARATOR ' ')) AS heads ` +
  'FROM user_word WHERE user_id > ? AND user_id <= ? GROUP BY user_id) h ON h.user_id = w.user_id ' +
  `SET w.heads = IF(CHAR_LENGTH(h.heads) > ${HEADS_MAX_LENGTH}, NULL, h.heads) WHERE w.user_id > ? AND w.user_id <= ?`;

/**
 * user_word.heads (issue 23 item 4): how each user's words start, exactly, on every row of the
 * user (common/search-words.ts wordHeads), so that a search of several words settles its other
 * words of up to three characters on the driving word's rows: the SPA's counted search of "zoe jo"
 * looked "jo" up in ix_user_word_owner for each of ~1,000 users, one random page each. Filled in
 * id ranges; on MySQL/MariaDB the table is then rebuilt (the rows grew in place).
 */
export class UserWordHeads1764960000000 implements MigrationInterface {
  name = 'UserWordHeads1764960000000';

  async up(q: QueryRunner): Promise<void> {
    const sqlite = isSqlite(q);
    if (sqlite) await q.query('ALTER TABLE "user_word" ADD COLUMN "heads" varchar(255) NULL');
    else await q.query('ALTER TABLE `user_word` ADD `heads` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL');
    const [{ top }] = (await q.query('SELECT MAX(user_id) AS top FROM user_word')) as { top: number | string | null }[];
    if (!sqlite) await q.query('SET SESSION group_concat_max_len = 1048576');
    for (let from = 0; from < Number(top ?? 0); from += BACKFILL_CHUNK) {
      const to = from + BACKFILL_CHUNK;
      if (sqlite) await fillSqlite(q, from, to);
      else await q.query(FILL_MYSQL, [from, to, from, to]);
    }
    // FORCE packs the rows again (each grew by its heads in place).
    if (!sqlite) await q.query('ALTER TABLE user_word FORCE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(isSqlite(q) ? 'ALTER TABLE "user_word" DROP COLUMN "heads"' : 'ALTER TABLE `user_word` DROP COLUMN `heads`');
  }
}

/** SQLite (no ordered GROUP_CONCAT with a separator before 3.44): the same heads computed here. */
async function fillSqlite(q: QueryRunner, from: number, to: number): Promise<void> {
  const rows: { user_id: number | string; word: string }[] = await q.query(
    'SELECT user_id, word FROM user_word WHERE user_id > ? AND user_id <= ?',
    [from, to],
  );
  const words = new Map<number, string[]>();
  for (const r of rows) {
    const id = Number(r.user_id);
    const list = words.get(id);
    if (list) list.push(r.word);
    else words.set(id, [r.word]);
  }
  for (const [id, list] of words) await q.query('UPDATE user_word SET heads = ? WHERE user_id = ?', [wordHeads(list), id]);
}
