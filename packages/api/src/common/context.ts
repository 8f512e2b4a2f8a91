import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Actor } from './actor';
import { createLoaders, Loaders } from './loaders';
import { resolveActor } from '../modules/auth/auth.service';
import { SESSION_COOKIE } from './tokens';
import type { Mailer } from '../modules/mail/mail.service';

/** Long-lived things the app builds once and every request shares. */
export interface AppDeps {
  ds: DataSource;
  config: Config;
  mailer: Mailer;
}

export interface Context extends AppDeps {
  actor: Actor | null;
  /** The request carried a token that matched no live session or API token. */
  tokenRejected: boolean;
  /** The raw session token when the request carried one (logout revokes it). */
  sessionToken: string | null;
  ip: string;
  res?: Response;
  loaders: Loaders;
}

function bearer(req: Request): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m ? m[1] : null;
}

export async function buildContext(deps: AppDeps, req: Request, res?: Response): Promise<Context> {
  const token = bearer(req) ?? (req.cookies?.[SESSION_COOKIE] as string | undefined) ?? null;
  const { actor, sessionToken } = await resolveActor(deps, token);
  return { ...deps, actor, sessionToken, tokenRejected: !!token && !actor, ip: req.ip ?? req.socket.remoteAddress ?? 'unknown', res, loaders: createLoaders(deps.ds) };
}
