// MySQL/MariaDB suites run in parallel workers, each on its own database: worker 1 uses the
// TEST_DATABASE_URL database itself, worker n the same name with `_n` appended (created by
// create-worker-databases.ts). Runs before every suite (jest setupFiles), so everything that reads
// TEST_DATABASE_URL (test-db.ts, child processes started with this environment) sees the worker's.
import { workerDatabaseUrl } from './worker-database-url';

const base = (process.env.TEST_DATABASE_BASE_URL ??= process.env.TEST_DATABASE_URL);
if (base && /^(mysql|mariadb):\/\//.test(base))
  process.env.TEST_DATABASE_URL = workerDatabaseUrl(base, Number(process.env.JEST_WORKER_ID ?? 1));
