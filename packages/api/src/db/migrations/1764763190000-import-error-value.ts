import { MigrationInterface, QueryRunner } from 'typeorm';
import { isSqlite } from './dialect';

/**
 * A row error about one cell's value (an invalid email) keeps what the cell held, cut to
 * ERROR_VALUE_MAX characters (import.cells.ts): import_job_error.value. A plain ALTER on both
 * dialects (SQLite's ADD COLUMN keeps the table; TypeORM's addColumn would copy it).
 */
export class ImportErrorValue1764763190000 implements MigrationInterface {
  name = 'ImportErrorValue1764763190000';

  async up(q: QueryRunner): Promise<void> {
    if (isSqlite(q)) await q.query('ALTER TABLE "import_job_error" ADD COLUMN "value" varchar(255)');
    else await q.query('ALTER TABLE `import_job_error` ADD `value` varchar(255) NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      isSqlite(q) ? 'ALTER TABLE "import_job_error" DROP COLUMN "value"' : 'ALTER TABLE `import_job_error` DROP COLUMN `value`',
    );
  }
}
