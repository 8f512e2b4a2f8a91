import type { DataSource } from 'typeorm';

/**
 * With TEST_REPLICA_URLS (the CI's replica run, scripts/replication.sh): waits until every replica
 * has applied what the primary has written so far (MariaDB's GTID position, MASTER_GTID_WAIT). The
 * app sends the reads of an actor that did not write lately to a replica up to
 * REPLICA_MAX_LAG_SECONDS behind (by design); the test app's requests call this first
 * (test-app.ts; not when started with replicaLag: the replica suite). Without replicas it does nothing.
 */
export async function replicasCaughtUp(ds: DataSource): Promise<void> {
  const replicas = process.env.TEST_REPLICA_URLS;
  if (!replicas || (ds.options.type !== 'mysql' && ds.options.type !== 'mariadb')) return;
  const [{ pos }] = (await ds.query('SELECT @@gtid_binlog_pos AS pos')) as { pos: string }[];
  const mysql = require('mysql2/promise') as typeof import('mysql2/promise');
  for (const url of replicas.split(',')) {
    const c = await mysql.createConnection(url.trim());
    try {
      const [rows] = (await c.query('SELECT MASTER_GTID_WAIT(?, 10) AS w', [pos])) as unknown as [{ w: number | string }[]];
      if (Number(rows[0].w) !== 0) throw new Error(`replica ${url} did not reach GTID ${pos} within 10 s`);
    } finally {
      await c.end();
    }
  }
}
