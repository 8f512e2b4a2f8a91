import { MigrationInterface, QueryRunner } from 'typeorm';
import { isSqlite } from './dialect';

/**
 * Import rows that change nothing (existing: UPDATE, every value already held) get their own
 * outcome, UNCHANGED, and count. Plain ALTERs on both dialects: SQLite's ADD COLUMN keeps the
 * table (TypeORM's addColumn would copy it and its rows), and SQLite does not enforce varchar
 * lengths, so only MySQL/MariaDB widens import_job_row.action for the 9-letter outcome.
 */
export class ImportUnchanged1764680000000 implements MigrationInterface {
  name = 'ImportUnchanged1764680000000';

  async up(q: QueryRunner): Promise<void> {
    if (isSqlite(q)) {
      await q.query('ALTER TABLE "import_job" ADD COLUMN "unchanged_count" integer NOT NULL DEFAULT (0)');
    } else {
      await q.query('ALTER TABLE `import_job` ADD `unchanged_count` int NOT NULL DEFAULT 0');
      await q.query('ALTER TABLE `import_job_row` MODIFY `action` varchar(16) NOT NULL');
    }
  }

  async down(q: QueryRunner): Promise<void> {
    // Before this migration such rows were reported as updates.
    await q.query("UPDATE import_job_row SET action = 'UPDATE' WHERE action = 'UNCHANGED'");
    await q.query('UPDATE import_job SET updated_count = updated_count + unchanged_count');
    if (isSqlite(q)) {
      await q.query('ALTER TABLE "import_job" DROP COLUMN "unchanged_count"');
    } else {
      await q.query('ALTER TABLE `import_job_row` MODIFY `action` varchar(8) NOT NULL');
      await q.query('ALTER TABLE `import_job` DROP COLUMN `unchanged_count`');
    }
  }
}
