// jest globalSetup: the run's scratch folder (run-dir.ts), then the MySQL/MariaDB worker databases.
import createWorkerDatabases from './create-worker-databases';
import { createRunDir } from './run-dir';

export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  createRunDir();
  await createWorkerDatabases(globalConfig);
}
