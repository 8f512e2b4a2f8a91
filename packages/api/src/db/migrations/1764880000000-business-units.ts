import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { isSqlite } from './dialect';

/**
 * Business units become a managed list (issue 24 item 3): a `business_unit` table (unique name) and
 * `agent.business_unit_id`. Every distinct free-text `agent.business_unit` of today (trimmed; values
 * that differ only in case are one unit, spelled as its first holder by agent id spelled it) becomes
 * a unit and its agents are linked to it; then the text column goes. Plain ALTERs: SQLite's
 * ADD/DROP COLUMN keep the table (TypeORM's addColumn rebuilds it).
 */
export class BusinessUnits1764880000000 implements MigrationInterface {
  name = 'BusinessUnits1764880000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'business_unit',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'name', type: 'varchar', length: '200', isNullable: false },
          { name: 'created_at', type: 'datetime', precision: 3, isNullable: false },
        ],
        uniques: [{ name: 'uq_business_unit_name', columnNames: ['name'] }],
      }),
      true,
    );
    if (isSqlite(q)) {
      // After a down on SQLite the (empty) column is still there: see down().
      const columns = (await q.query('PRAGMA table_info("agent")')) as { name: string }[];
      if (!columns.some((c) => c.name === 'business_unit_id'))
        await q.query(
          'ALTER TABLE "agent" ADD COLUMN "business_unit_id" integer NULL REFERENCES "business_unit" ("id") ON DELETE SET NULL',
        );
    } else {
      await q.query('ALTER TABLE `agent` ADD `business_unit_id` int NULL');
      await q.query(
        'ALTER TABLE `agent` ADD CONSTRAINT `fk_agent_business_unit` FOREIGN KEY (`business_unit_id`) REFERENCES `business_unit` (`id`) ON DELETE SET NULL',
      );
    }
    await q.query('CREATE INDEX ix_agent_business_unit ON agent (business_unit_id)');

    // The distinct values, read in agent id order so that the first spelling of a name wins.
    const rows = (await q.query(
      "SELECT id, business_unit AS unit FROM agent WHERE business_unit IS NOT NULL AND TRIM(business_unit) <> '' ORDER BY id",
    )) as { id: number; unit: string }[];
    const units = new Map<string, { name: string; agentIds: number[] }>();
    for (const r of rows) {
      const name = r.unit.trim();
      const key = name.toLowerCase();
      const unit = units.get(key) ?? { name, agentIds: [] };
      unit.agentIds.push(Number(r.id));
      units.set(key, unit);
    }
    const now = new Date().toISOString().replace('T', ' ').slice(0, 23);
    for (const unit of units.values()) {
      await q.query('INSERT INTO business_unit (name, created_at) VALUES (?, ?)', [unit.name, now]);
      const [{ id }] = (await q.query('SELECT id FROM business_unit WHERE name = ?', [unit.name])) as { id: number }[];
      for (let i = 0; i < unit.agentIds.length; i += 500) {
        const part = unit.agentIds.slice(i, i + 500);
        await q.query(`UPDATE agent SET business_unit_id = ? WHERE id IN (${part.map(() => '?').join(', ')})`, [id, ...part]);
      }
    }
    if (isSqlite(q)) await q.query('ALTER TABLE "agent" DROP COLUMN "business_unit"');
    else await q.query('ALTER TABLE `agent` DROP COLUMN `business_unit`');
  }

  async down(q: QueryRunner): Promise<void> {
    if (isSqlite(q)) await q.query('ALTER TABLE "agent" ADD COLUMN "business_unit" varchar(200) NULL');
    else await q.query('ALTER TABLE `agent` ADD `business_unit` varchar(200) NULL');
    await q.query('UPDATE agent SET business_unit = (SELECT u.name FROM business_unit u WHERE u.id = agent.business_unit_id)');
    // SQLite cannot DROP COLUMN a foreign key column, and TypeORM's rebuild of the agent table (DROP
    // TABLE inside the migration's transaction, where foreign keys stay on) would cascade to its
    // sessions and links: the column stays there, empty, and up() takes it back.
    if (isSqlite(q)) {
      await q.query('DROP INDEX ix_agent_business_unit');
      await q.query('UPDATE agent SET business_unit_id = NULL');
    } else {
      // The foreign key first: MySQL keeps the index while a foreign key needs it.
      await q.query('ALTER TABLE `agent` DROP FOREIGN KEY `fk_agent_business_unit`');
      await q.query('DROP INDEX ix_agent_business_unit ON agent');
      await q.query('ALTER TABLE `agent` DROP COLUMN `business_unit_id`');
    }
    await q.dropTable('business_unit', true);
  }
}
