import { MigrationInterface, QueryRunner } from 'typeorm';
import { insertRows } from '../../common/insert-rows';
import { AgentWord, agentWordRows } from '../../modules/agent';
import { UserWord, userWordRows } from '../../modules/user';

/** Users (or agents) per backfill step: one read of each source table and one multi-row INSERT. */
const BACKFILL_CHUNK = 5_000;

/**
 * Search by any word of a name or address (issue 18.14): the words tables user_word and
 * agent_word (common/search-words.ts), keyed (word, owner) for prefix ranges and indexed by owner
 * for their upkeep, filled here from the existing users and agents in chunks of ids. Words compare
 * as code points on both databases (utf8mb4_bin on MySQL, like the sort keys); SQLite keeps them
 * WITHOUT ROWID, so the key is the table. On MySQL the tables are filled before they have keys
 * and then indexed in one rebuild: inserted in user order into the word-ordered key, a million
 * users' words took 6 minutes and left the pages half full; sorted once, they are packed.
 */
export class SearchWords1764700000000 implements MigrationInterface {
  name = 'SearchWords1764700000000';

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.options.type === 'mysql';
    const word = mysql ? 'varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL' : 'varchar(255) NOT NULL';
    const tables = [
      {
        table: 'user_word',
        owner: 'user_id',
        ownerTable: 'crm_user',
        extra: ['prev_shared smallint', 'lead_shared smallint', 'word_starts int', 'pair_starts int'],
      },
      { table: 'agent_word', owner: 'agent_id', ownerTable: 'agent', extra: [] },
    ];
    for (const { table, owner, ownerTable, extra } of tables) {
      const columns = [`word ${word}`, `${owner} int NOT NULL`, ...extra.map((c) => `${c} NOT NULL`)];
      const fk = `FOREIGN KEY (${owner}) REFERENCES ${ownerTable} (id) ON DELETE CASCADE`;
      if (mysql) await q.query(`CREATE TABLE ${table} (${columns.join(', ')}) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4`);
      else {
        await q.query(`CREATE TABLE ${table} (${columns.join(', ')}, PRIMARY KEY (word, ${owner}), ${fk}) WITHOUT ROWID`);
        await q.query(`CREATE INDEX ix_${table}_owner ON ${table} (${owner}, word)`);
      }
    }
    await fillUserWords(q);
    await fillAgentWords(q);
    if (mysql) {
      // The rows were just read from their owners (nothing else runs during migrations): the
      // foreign keys need no check, which lets MySQL add them in the same in-place rebuild.
      await q.query('SET SESSION foreign_key_checks = 0');
      try {
        for (const { table, owner, ownerTable } of tables) {
          await q.query(
            `ALTER TABLE ${table} ADD PRIMARY KEY (word, ${owner}), ADD KEY ix_${table}_owner (${owner}, word), ` +
              `ADD CONSTRAINT fk_${table}_owner FOREIGN KEY (${owner}) REFERENCES ${ownerTable} (id) ON DELETE CASCADE`,
          );
        }
      } finally {
        await q.query('SET SESSION foreign_key_checks = 1');
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE agent_word');
    await q.query('DROP TABLE user_word');
  }
}

async function fillUserWords(q: QueryRunner): Promise<void> {
  for (let lastId = 0; ;) {
    const users: { id: number; nameKey: string }[] = (
      await q.query('SELECT id, name_key FROM crm_user WHERE id > ? AND merged_into_id IS NULL ORDER BY id LIMIT ?', [
        lastId,
        BACKFILL_CHUNK,
      ])
    ).map((r: { id: number | string; name_key: string }) => ({ id: Number(r.id), nameKey: r.name_key }));
    if (!users.length) return;
    const to = users[users.length - 1].id;
    const emails: { userId: number; address: string }[] = (
      await q.query('SELECT user_id, address FROM user_email WHERE user_id > ? AND user_id <= ?', [lastId, to])
    ).map((r: { user_id: number | string; address: string }) => ({ userId: Number(r.user_id), address: r.address }));
    await insertRows(
      q.manager,
      UserWord,
      ['word', 'userId', 'prevShared', 'leadShared', 'wordStarts', 'pairStarts'],
      userWordRows(users, emails),
    );
    lastId = to;
  }
}

async function fillAgentWords(q: QueryRunner): Promise<void> {
  for (let lastId = 0; ;) {
    const agents: { id: number | string; name: string; alias: string | null; email: string }[] = await q.query(
      'SELECT id, name, alias, email FROM agent WHERE id > ? ORDER BY id LIMIT ?',
      [lastId, BACKFILL_CHUNK],
    );
    if (!agents.length) return;
    await insertRows(q.manager, AgentWord, ['word', 'agentId'], agentWordRows(agents.map((a) => ({ ...a, id: Number(a.id) }))));
    lastId = Number(agents[agents.length - 1].id);
  }
}
