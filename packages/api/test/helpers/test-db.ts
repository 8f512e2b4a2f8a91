import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource, Logger } from 'typeorm';
import type { DbConfig } from '../../src/config';
import { createDataSource, initDataSource } from '../../src/db/data-source';

/** SQLite by default; MySQL/MariaDB when TEST_DATABASE_URL=mysql://... is set. */
export function testDbConfig(): DbConfig {
  const url = process.env.TEST_DATABASE_URL;
  if (url && /^(mysql|mariadb):\/\//.test(url)) return { type: 'mysql', url: url.replace(/^mariadb:/, 'mysql:') };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-test-'));
  return { type: 'sqlite', path: path.join(dir, 'test.sqlite') };
}

/** A fresh, migrated database: every suite starts empty (MySQL tables are dropped first). */
export async function freshDataSource(logger?: Logger, db: DbConfig = testDbConfig()): Promise<DataSource> {
  const ds = createDataSource(db, logger);
  await ds.initialize();
  if (db.type === 'mysql') await ds.dropDatabase();
  return initDataSource(ds);
}
