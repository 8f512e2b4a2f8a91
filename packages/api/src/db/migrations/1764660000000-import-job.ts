import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One import engine (modules/import): the job tables hold every kind's jobs (agents, users), so
 * they lose the agent_ prefix. A rename on both dialects: rows, ids, indexes and foreign keys stay
 * (MySQL's RENAME TABLE and SQLite's ALTER TABLE ... RENAME TO both move the child tables' foreign
 * keys to the new parent name); nothing is copied.
 */
const RENAMES: [from: string, to: string][] = [
  ['agent_import_error', 'import_job_error'],
  ['agent_import_row', 'import_job_row'],
  ['agent_import', 'import_job'],
];

async function rename(q: QueryRunner, pairs: readonly [string, string][]): Promise<void> {
  if (q.connection.options.type === 'better-sqlite3' || q.connection.options.type === 'sqlite') {
    for (const [from, to] of pairs) await q.query(`ALTER TABLE "${from}" RENAME TO "${to}"`);
  } else {
    // One statement: atomic on MySQL/MariaDB.
    await q.query(`RENAME TABLE ${pairs.map(([from, to]) => `\`${from}\` TO \`${to}\``).join(', ')}`);
  }
}

export class ImportJob1764660000000 implements MigrationInterface {
  name = 'ImportJob1764660000000';

  async up(q: QueryRunner): Promise<void> {
    await rename(q, RENAMES);
  }

  async down(q: QueryRunner): Promise<void> {
    await rename(
      q,
      RENAMES.map(([from, to]) => [to, from]),
    );
  }
}
