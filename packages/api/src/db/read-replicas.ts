import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource } from 'typeorm';
import type { ReplicaSettings } from '../config';
import { bookkeeping } from '../common/prepared-read';
import { interceptQueries, replicaPool, ReplicaPool } from '../common/typeorm-internals';

/**
 * Read replicas (DATABASE_REPLICA_URLS): plain SELECTs of read-only GraphQL operations go to a
 * replica whose lag is known to be small; everything else goes to the primary:
 *
 * - every statement inside a transaction (writes, seat and admin locks, read-modify-write), every
 *   write, every `FOR UPDATE`, and every statement outside a request that allowed replica reads:
 *   mutations, sign-in, the session lookup (a prepared statement on the primary's pool), REST
 *   routes, background jobs (outbox, imports, retention);
 * - every read of a session or API token that wrote in the last READ_YOUR_WRITES_SECONDS
 *   (session.last_write_at, set by its writes): an admin who saves an agent sees the change at once,
 *   whichever API process answers;
 * - every read while no replica is healthy. A replica is healthy while its heartbeat (one row every
 *   API process updates on the primary twice a second, read back from the replica) is at most
 *   REPLICA_MAX_LAG_SECONDS old; one that stops answering is taken out at its first failed
 *   statement, and that statement runs again on the primary (the client sees no error).
 *
 * TypeORM's own replication option is not used: it routes by query runner mode, so every query
 * builder read outside a transaction would go to a replica whoever asked, with no read-your-writes
 * and no lag bound, and its pool cluster removes a failing replica for good.
 */

/** Whether the current request may read from a replica (set once its operation is known). */
interface Routing {
  replica: boolean;
}

const routing = new AsyncLocalStorage<Routing>();
const ROUTING = Symbol('roster.readRouting');

/**
 * Continues a request's work in its routing: a stream's events (the request body arriving) run in
 * the socket's async context, not the request's, so whatever runs after the body is read enters
 * the request's routing again here.
 */
export function inRequestRouting<T>(req: object, fn: () => T): T {
  const store = (req as { [ROUTING]?: Routing })[ROUTING];
  return store ? routing.run(store, fn) : fn();
}

const HEARTBEAT_MS = 500;
const QUERY_TIMEOUT_MS = 10_000;
const PLAIN_SELECT = /^\s*\(?\s*select\b/i;
const LOCKING_READ = /\bfor\s+(update|share)\b|\block\s+in\s+share\s+mode\b/i;
const CONNECTION_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
]);

interface Replica {
  /** host:port/database, for logs and /healthz (never the credentials). */
  name: string;
  pool: ReplicaPool;
  healthy: boolean;
  lagMs: number | null;
}

export interface ReplicaStatus {
  name: string;
  healthy: boolean;
  lagMs: number | null;
}

function describe(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 3306}${u.pathname}`;
}

export class ReadReplicas {
  private readonly replicas: Replica[];
  private next = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly ds: DataSource,
    readonly settings: ReplicaSettings,
    private readonly log: (message: string) => void = () => undefined,
  ) {
    this.replicas = settings.urls.map((url) => ({ name: describe(url), pool: replicaPool(ds, url), healthy: false, lagMs: null }));
    interceptQueries(ds, (sql, params, primary, prepared) => {
      const replica = this.route(sql);
      return replica ? this.onReplica(replica, sql, params, primary, prepared) : undefined;
    });
  }

  /** Starts the heartbeat and the lag checks; replicas serve reads from their first good check on. */
  async start(): Promise<void> {
    await this.tick();
    this.timer = setInterval(() => void this.tick(), HEARTBEAT_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.replicas.map((r) => r.pool.end()));
  }

  status(): ReplicaStatus[] {
    return this.replicas.map(({ name, healthy, lagMs }) => ({ name, healthy, lagMs }));
  }

  /** Runs one HTTP request; its statements stay on the primary unless allowReads() is called in it. */
  request<T>(req: object, fn: () => T): T {
    const store: Routing = { replica: false };
    (req as { [ROUTING]?: Routing })[ROUTING] = store;
    return routing.run(store, fn);
  }

  /**
   * The request is a read-only operation: its plain SELECTs may go to a replica, unless the
   * session or token wrote within READ_YOUR_WRITES_SECONDS (lastWriteAt: from the session lookup).
   */
  allowReads(lastWriteAt: Date | null): void {
    const store = routing.getStore();
    if (!store) return;
    const recent = lastWriteAt && Date.now() - lastWriteAt.getTime() < this.settings.readYourWritesSeconds * 1000;
    store.replica = !recent;
  }

  /** The replica connection a statement should run on, or null for the primary. */
  private route(sql: string): Replica | null {
    if (!routing.getStore()?.replica || !PLAIN_SELECT.test(sql) || LOCKING_READ.test(sql)) return null;
    for (let i = 0; i < this.replicas.length; i++) {
      const replica = this.replicas[(this.next + i) % this.replicas.length];
      if (replica.healthy) {
        this.next = (this.next + i + 1) % this.replicas.length;
        return replica;
      }
    }
    return null;
  }

  /** `sql` on the replica; on the primary when the replica cannot be reached (it leaves the rotation). */
  private async onReplica(
    replica: Replica,
    sql: string,
    params: unknown[] | undefined,
    primary: () => Promise<unknown>,
    prepared: boolean,
  ): Promise<unknown> {
    try {
      return await replica.pool.run(sql, params ?? [], QUERY_TIMEOUT_MS, prepared);
    } catch (e) {
      if (!this.failed(replica, e)) throw e;
      return primary();
    }
  }

  /** A statement failed on `replica`: out of rotation if the replica is unreachable (the next check may bring it back). */
  private failed(replica: Replica, error: unknown): boolean {
    const code = (error as { code?: string })?.code;
    if (!code || !CONNECTION_ERRORS.has(code)) return false;
    if (replica.healthy) this.log(`read replica ${replica.name} out of rotation: ${code}`);
    replica.healthy = false;
    return true;
  }

  private async tick(): Promise<void> {
    try {
      await bookkeeping(
        this.ds,
        'INSERT INTO replica_heartbeat (id, beat_at) VALUES (1, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE beat_at = UTC_TIMESTAMP(6)',
        [],
      );
    } catch (e) {
      this.log(`replica heartbeat not written: ${(e as Error).message}`);
    }
    await Promise.all(this.replicas.map((r) => this.check(r)));
  }

  /** Lag: how old the newest heartbeat the replica has applied is, by the replica's clock. */
  private async check(replica: Replica): Promise<void> {
    try {
      const rows = await replica.pool.run(
        'SELECT TIMESTAMPDIFF(MICROSECOND, MAX(beat_at), UTC_TIMESTAMP(6)) AS lag_us FROM replica_heartbeat',
        [],
        QUERY_TIMEOUT_MS,
      );
      const lagUs = (rows as { lag_us: string | number | null }[])[0]?.lag_us;
      replica.lagMs = lagUs === null || lagUs === undefined ? null : Number(lagUs) / 1000;
    } catch {
      replica.lagMs = null;
    }
    const healthy = replica.lagMs !== null && replica.lagMs <= this.settings.maxLagSeconds * 1000;
    if (healthy !== replica.healthy)
      this.log(`read replica ${replica.name} ${healthy ? 'in' : 'out of'} rotation (lag ${replica.lagMs ?? 'unknown'} ms)`);
    replica.healthy = healthy;
  }
}
