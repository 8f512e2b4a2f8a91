// A scratch folder for one jest run, shared by its workers (they inherit the environment that
// globalSetup leaves): the migrated SQLite template (test/helpers/sqlite-template.ts) and each
// MariaDB worker database's snapshot (test/helpers/mysql-reset.ts). A new run starts from none, so
// an edited migration is never served from an older run's template.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const RUN_DIR_ENV = 'ROSTER_TEST_RUN_DIR';

/** The run's folder; undefined outside a jest run started with the globalSetup (then suites migrate from scratch). */
export function testRunDir(): string | undefined {
  const dir = process.env[RUN_DIR_ENV];
  return dir && fs.existsSync(dir) ? dir : undefined;
}

export function createRunDir(): void {
  process.env[RUN_DIR_ENV] = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-jest-run-'));
}

export function removeRunDir(): void {
  const dir = process.env[RUN_DIR_ENV];
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  delete process.env[RUN_DIR_ENV];
}
