import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Actor } from '../common/actor';
import type { AuthState } from '../common/auth';
import { requireActor } from '../common/auth';
import type { ServiceContext, ServiceDeps } from '../common/service';
import { DEVICE_COOKIE, SESSION_COOKIE } from '../common/tokens';
import { transact } from '../common/transaction';
import { resolveActor } from '../modules/auth';
import type { Mailer } from '../modules/mail';
import type { ImportRunner } from '../modules/agent-import/import.runner';
import type { FileStorage } from '../modules/user-file/file-storage';
import { createLoaders, Loaders } from './loaders';

/** Long-lived things the app builds once and every request shares. */
export interface AppDeps {
  ds: DataSource;
  config: Config;
  mailer: Mailer;
  /** Runs queued CSV imports (importAgentsCsv and the upload endpoint kick it). */
  imports: ImportRunner;
  /** Bytes of files on user profiles (FILES_DIR). */
  files: FileStorage;
  services: ServiceDeps;
}

export interface Context extends AppDeps, AuthState {
  /** The raw session token when the request carried one (logout revokes it). */
  sessionToken: string | null;
  /** The device cookie of a browser an agent signed in from (sign-in limits per device). */
  deviceToken: string | null;
  ip: string;
  res?: Response;
  loaders: Loaders;
  /** Runs service calls in one transaction as the request's actor (UNAUTHENTICATED without one), or as `as`. */
  tx<T>(fn: (sc: ServiceContext) => Promise<T>, as?: Actor): Promise<T>;
  /** Runs reads outside a transaction, with the same service context. */
  read<T>(fn: (sc: ServiceContext) => Promise<T>, as?: Actor): Promise<T>;
}

export function bearer(req: { headers: { authorization?: string } }): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m ? m[1] : null;
}

/** What a request brings to its context, however it was read (Express or the fast query path). */
export interface RequestCredentials {
  /** The bearer token, else the session cookie. */
  token: string | null;
  deviceToken: string | null;
  ip: string;
}

/** The request's context: who is acting, per-request loaders, and the transaction edge. */
export function buildContext(deps: AppDeps, req: Request, res?: Response): Promise<Context> {
  return contextFor(
    deps,
    {
      token: bearer(req) ?? (req.cookies?.[SESSION_COOKIE] as string | undefined) ?? null,
      deviceToken: (req.cookies?.[DEVICE_COOKIE] as string | undefined) ?? null,
      ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    },
    res,
  );
}

/**
 * The context from the request's credentials. Cheap on purpose (every request builds one):
 * the DataLoaders are made on first use, so requests that load no relation never build them.
 */
export async function contextFor(deps: AppDeps, creds: RequestCredentials, res?: Response): Promise<Context> {
  const { actor, sessionToken } = await resolveActor(deps.ds, creds.token);
  let loaders: Loaders | undefined;
  const ctx: Context = {
    ...deps,
    actor,
    sessionToken,
    deviceToken: creds.deviceToken,
    tokenRejected: !!creds.token && !actor,
    ip: creds.ip,
    res,
    get loaders() {
      return (loaders ??= createLoaders(deps.ds));
    },
    tx: (fn, as) => transact(deps.ds, deps.services, as ?? requireActor(ctx), fn),
    read: (fn, as) => fn({ ...deps.services, em: deps.ds.manager, actor: as ?? requireActor(ctx) }),
  };
  return ctx;
}
