import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { type Actor, withOrigin } from '../common/actor';
import { requireActor } from '../common/auth';
import type { Context, FileStorage, ImportQueue, ReplicaRouting, RequestCredentials, RequestDeps } from '../common/request';
import type { MailQueue, ServiceContext, ServiceDeps } from '../common/service';
import { DEVICE_COOKIE, SESSION_COOKIE } from '../common/tokens';
import { transact } from '../common/transaction';
import { recordWrite, resolveActor } from '../modules/auth';
import { createLoaders } from './loaders';
import type { Loaders } from './loaders';

// The request context's type lives in the leaf src/common/request.ts (modules import it from
// there); this edge builds it.
export type { AppDeps, Context, RequestCredentials, RequestDeps } from '../common/request';

export function bearer(req: { headers: { authorization?: string } }): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m ? m[1] : null;
}

const PREBUILT = Symbol('roster.context');

/**
 * Hands a context the fast path built for this request to the Express side that answers it
 * instead: the same credentials, so the session is looked up once per request.
 */
export function keepContext(req: object, context: Context): void {
  (req as { [PREBUILT]?: Context })[PREBUILT] = context;
}

/** The request's context: who is acting, per-request loaders, and the transaction edge. */
export function buildContext(deps: RequestDeps, req: Request, res?: Response): Promise<Context> {
  const prebuilt = (req as { [PREBUILT]?: Context })[PREBUILT];
  if (prebuilt) {
    prebuilt.res = res;
    return Promise.resolve(prebuilt);
  }
  const context = contextFor(
    deps,
    {
      token: bearer(req) ?? (req.cookies?.[SESSION_COOKIE] as string | undefined) ?? null,
      deviceToken: (req.cookies?.[DEVICE_COOKIE] as string | undefined) ?? null,
      ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      userAgent: req.get('user-agent')?.slice(0, 300) ?? null,
    },
    res,
  );
  // A REST write (an upload, an import, SCIM): with read replicas, the caller's next reads stay on the primary.
  const restWrite = req.method !== 'GET' && req.method !== 'HEAD' && !req.originalUrl.startsWith('/graphql');
  return context.then(async (c) => {
    (req as { [ACTOR]?: Actor | null })[ACTOR] = c.actor;
    if (restWrite) await c.wrote();
    return c;
  });
}

const ACTOR = Symbol('roster.actor');

/** Who made a request whose context was built (REST errors answer in their language); undefined before. */
export const requestActor = (req: object): Actor | null | undefined => (req as { [ACTOR]?: Actor | null })[ACTOR];

/**
 * A request's context. A class on purpose (every request builds one): an object literal with a
 * spread and a getter cost about 30 us per request in V8 (a fresh hidden class each time), an
 * instance under 1 us. The DataLoaders are made on first use, so requests that load no relation
 * never build them.
 */
const WRITE_MARK_EVERY_MS = 1000;

class RequestContext implements Context {
  ds: DataSource;
  replicas?: ReplicaRouting;
  config: Config;
  mailer: MailQueue;
  imports: ImportQueue;
  files: FileStorage;
  services: ServiceDeps;
  tokenRejected: boolean;
  deviceToken: string | null;
  ip: string;
  userAgent: string | null;
  private lazyLoaders: Loaders | undefined = undefined;

  constructor(
    deps: RequestDeps,
    public actor: Actor | null,
    public sessionToken: string | null,
    creds: RequestCredentials,
    public lastWriteAt: Date | null,
    public res?: Response,
  ) {
    this.ds = deps.ds;
    this.replicas = deps.replicas;
    this.config = deps.config;
    this.mailer = deps.mailer;
    this.imports = deps.imports;
    this.files = deps.files;
    this.services = deps.services;
    this.tokenRejected = !!creds.token && !actor;
    this.deviceToken = creds.deviceToken;
    this.ip = creds.ip;
    this.userAgent = creds.userAgent;
  }

  get loaders(): Loaders {
    return (this.lazyLoaders ??= createLoaders(this.ds));
  }

  tx<T>(fn: (sc: ServiceContext) => Promise<T>, as?: Actor): Promise<T> {
    return transact(this.ds, this.services, withOrigin(as ?? requireActor(this), this), fn);
  }

  read<T>(fn: (sc: ServiceContext) => Promise<T>, as?: Actor): Promise<T> {
    return fn({ ...this.services, em: this.ds.manager, actor: as ?? requireActor(this) });
  }

  readOnly(): void {
    this.replicas?.allowReads(this.lastWriteAt);
  }

  async wrote(): Promise<void> {
    if (!this.replicas || !this.actor) return;
    const now = new Date();
    // Once a second is enough: the window it opens is several seconds long.
    if (this.lastWriteAt && now.getTime() - this.lastWriteAt.getTime() < WRITE_MARK_EVERY_MS) return;
    this.lastWriteAt = now;
    await recordWrite(this.ds, this.actor, now);
  }
}

/** The context from the request's credentials: who is acting, per-request loaders, and the transaction edge. */
export async function contextFor(deps: RequestDeps, creds: RequestCredentials, res?: Response): Promise<Context> {
  const { actor, sessionToken, lastWriteAt } = await resolveActor(deps.ds, creds.token, creds);
  return new RequestContext(deps, actor, sessionToken, creds, lastWriteAt, res);
}
