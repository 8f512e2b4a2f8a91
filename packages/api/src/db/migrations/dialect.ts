import type { QueryRunner } from 'typeorm';

/** Whether a migration runs on SQLite (better-sqlite3), where ALTER TABLE does less than on MySQL/MariaDB. */
export const isSqlite = (q: QueryRunner): boolean =>
  q.connection.options.type === 'better-sqlite3' || q.connection.options.type === 'sqlite';
