// jest globalSetup: on MySQL/MariaDB, creates the databases of workers 2..maxWorkers
// (worker-database.ts) when they are missing. The user of TEST_DATABASE_URL needs CREATE on them,
// or an administrator creates them beforehand (.ci/run does).
import { createConnection } from 'mysql2/promise';
import { workerDatabaseUrl } from './worker-database-url';

export default async function createWorkerDatabases(globalConfig: { maxWorkers: number }): Promise<void> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base || !/^(mysql|mariadb):\/\//.test(base) || globalConfig.maxWorkers < 2) return;
  const url = new URL(base.replace(/^mariadb:/, 'mysql:'));
  const conn = await createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  });
  try {
    for (let worker = 2; worker <= globalConfig.maxWorkers; worker++) {
      const name = new URL(workerDatabaseUrl(base, worker)).pathname.slice(1);
      try {
        await conn.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4`);
      } catch (e) {
        throw new Error(
          `Cannot create ${name} for jest worker ${worker} (${(e as Error).message}): create it and grant the test user on it, or run with JEST_WORKERS=1`,
        );
      }
    }
  } finally {
    await conn.end();
  }
}
