import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from './actor';
import { AppLock, AppLockId } from './lock.entity';
import type { ServiceContext, ServiceDeps } from './service';

export const isMysql = (ds: DataSource | EntityManager): boolean => ('connection' in ds ? ds.connection : ds).options.type === 'mysql';

// One queue per SQLite file. SQLite serves one API process (scaling out means MySQL); within
// it, writers queue here rather than fail with SQLITE_BUSY when two connections upgrade locks.
const sqliteQueues = new Map<string, Promise<unknown>>();

const RETRIES = 3;
const isDeadlock = (e: unknown): boolean => {
  const code = (e as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (e as { code?: string })?.code;
  return code === 'ER_LOCK_DEADLOCK';
};

/**
 * Runs `fn` in one transaction. SQLite transactions are queued per file (which also makes locks
 * and seat checks atomic there); MySQL uses READ COMMITTED so that a statement after a row lock
 * sees what the previous lock holder committed, and a transaction InnoDB chose as a deadlock
 * victim runs again (it was rolled back whole, so nothing of it is left).
 */
export async function inTransaction<T>(ds: DataSource, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  if (isMysql(ds)) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await ds.transaction('READ COMMITTED', fn);
      } catch (e) {
        if (!isDeadlock(e) || attempt >= RETRIES) throw e;
      }
    }
  }
  const file = String(ds.options.database);
  const run = (sqliteQueues.get(file) ?? Promise.resolve()).then(() => ds.transaction(fn));
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  sqliteQueues.set(file, settled);
  // Forget an idle queue so that the map does not grow with every test database.
  void settled.then(() => sqliteQueues.get(file) === settled && sqliteQueues.delete(file));
  return run;
}

/** Opens a transaction and hands the service context to `fn`: the one way writes start. */
export function transact<T>(ds: DataSource, deps: ServiceDeps, actor: Actor, fn: (sc: ServiceContext) => Promise<T>): Promise<T> {
  return inTransaction(ds, (em) => fn({ ...deps, em, actor }));
}

/** Takes a named application lock until the transaction ends. */
export async function takeLock(em: EntityManager, id: AppLockId): Promise<void> {
  if (isMysql(em)) {
    await em.createQueryBuilder(AppLock, 'l').setLock('pessimistic_write').where('l.id = :id', { id }).getOne();
  } else {
    // SQLite: transactions are already serial; the write makes this one a writer from here on.
    await em.update(AppLock, id, { touchedAt: new Date() });
  }
}
