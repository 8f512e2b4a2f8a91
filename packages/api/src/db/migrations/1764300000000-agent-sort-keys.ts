import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';
import { sortKey } from '@roster/shared';

const BACKFILL_CHUNK = 500;

/**
 * Agents are ordered and prefix-searched by stored keys (`sortKey` of name and alias) instead of
 * LOWER(name): SQLite's LOWER folds ASCII only, and MySQL cannot use an index for ORDER BY
 * LOWER(name). The keys compare as code points on both databases (utf8mb4_bin on MySQL).
 */
export class AgentSortKeys1764300000000 implements MigrationInterface {
  name = 'AgentSortKeys1764300000000';

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.options.type === 'mysql';
    // Plain ALTER TABLE on both: TypeORM's addColumn rebuilds a SQLite table, and dropping the
    // old agent table would cascade into every table that references it. SQLite cannot add a
    // NOT NULL column without a default; MySQL drops its default below, so a writer that forgot
    // the key fails there instead of storing ''.
    const binary = mysql ? ' CHARACTER SET utf8mb4 COLLATE utf8mb4_bin' : '';
    await q.query(`ALTER TABLE agent ADD COLUMN name_key varchar(255)${binary} NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE agent ADD COLUMN alias_key varchar(255)${binary} NULL`);
    for (let lastId = 0; ;) {
      const rows: { id: number; name: string; alias: string | null }[] = await q.query(
        'SELECT id, name, alias FROM agent WHERE id > ? ORDER BY id LIMIT ?',
        [lastId, BACKFILL_CHUNK],
      );
      for (const r of rows) {
        await q.query('UPDATE agent SET name_key = ?, alias_key = ? WHERE id = ?', [
          sortKey(r.name),
          r.alias === null ? null : sortKey(r.alias),
          r.id,
        ]);
      }
      if (rows.length < BACKFILL_CHUNK) break;
      lastId = rows[rows.length - 1].id;
    }
    if (mysql) await q.query('ALTER TABLE agent ALTER COLUMN name_key DROP DEFAULT');
    await q.dropIndex('agent', 'ix_agent_name');
    await q.createIndex('agent', new TableIndex({ name: 'ix_agent_name_key', columnNames: ['name_key', 'id'] }));
    await q.createIndex('agent', new TableIndex({ name: 'ix_agent_alias_key', columnNames: ['alias_key'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('agent', 'ix_agent_alias_key');
    await q.dropIndex('agent', 'ix_agent_name_key');
    await q.createIndex('agent', new TableIndex({ name: 'ix_agent_name', columnNames: ['name', 'id'] }));
    await q.query('ALTER TABLE agent DROP COLUMN alias_key');
    await q.query('ALTER TABLE agent DROP COLUMN name_key');
  }
}
