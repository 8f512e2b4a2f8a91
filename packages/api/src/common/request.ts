import type { Readable } from 'node:stream';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Actor } from './actor';
import type { AuthState } from './auth';
import type { MailQueue, ServiceContext, ServiceDeps } from './service';

// The request context's *type*, in a leaf that every module may import: resolvers and the REST
// routes take a `Context`; the edge (src/graphql/context.ts) builds it. Nothing here imports a
// module: what a module adds to the context it declares itself (see `Loaders`).

/**
 * The per-request DataLoaders. Empty here: each module declares its own in its `*.loaders.ts`
 * (`declare module '../../common/request' { interface Loaders extends ... {} }`) and exports
 * the factory from its index.ts; src/graphql/loaders.ts composes them (typed as `Loaders`, so a
 * module's loaders that the edge forgets to compose fail the typecheck).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/** Queued CSV imports (modules/agent-import ImportRunner): importAgentsCsv and the upload endpoint kick it. */
export interface ImportQueue {
  kick(): void;
}

/** Where the bytes of profile files live (modules/user-file LocalFileStorage; an object store would implement the same). */
export interface FileStorage {
  /** Stores a stream under a new key, refusing (413) more than maxBytes; returns the key and size. */
  put(source: Readable, maxBytes: number): Promise<{ key: string; size: number }>;
  get(key: string): Readable;
  delete(key: string): Promise<void>;
}

/** Long-lived things the app builds once and every request shares. */
export interface RequestDeps {
  ds: DataSource;
  config: Config;
  mailer: MailQueue;
  /** Runs queued CSV imports (importAgentsCsv and the upload endpoint kick it). */
  imports: ImportQueue;
  /** Bytes of files on user profiles (FILES_DIR). */
  files: FileStorage;
  services: ServiceDeps;
  /** With DATABASE_REPLICA_URLS: where this request's reads may go (src/db/read-replicas.ts). */
  replicas?: ReplicaRouting;
}

/** Read-replica routing as a request sees it. */
export interface ReplicaRouting {
  /** The request is a read: its plain SELECTs may go to a replica unless its session or token wrote lately (lastWriteAt). */
  allowReads(lastWriteAt: Date | null): void;
}

/** What the app hands its HTTP routes: the shared deps and the edge's request-context builder. */
export interface AppDeps extends RequestDeps {
  /** The request's context (src/graphql/context.ts buildContext): the same one /graphql gets. */
  context(req: Request, res?: Response): Promise<Context>;
}

export interface Context extends RequestDeps, AuthState {
  /** The raw session token when the request carried one (logout revokes it). */
  sessionToken: string | null;
  /** The device cookie of a browser an agent signed in from (sign-in limits per device). */
  deviceToken: string | null;
  ip: string;
  /** The User-Agent header (shown with the session it signs in), truncated. */
  userAgent: string | null;
  res?: Response;
  loaders: Loaders;
  /** Runs service calls in one transaction as the request's actor (UNAUTHENTICATED without one), or as `as`. */
  tx<T>(fn: (sc: ServiceContext) => Promise<T>, as?: Actor): Promise<T>;
  /** Runs reads outside a transaction, with the same service context. */
  read<T>(fn: (sc: ServiceContext) => Promise<T>, as?: Actor): Promise<T>;
  /** When the request's session or API token last wrote (null: never, or no replicas configured). */
  lastWriteAt: Date | null;
  /** The operation only reads: with read replicas, its reads may go to one (src/db/read-replicas.ts). */
  readOnly(): void;
  /** The operation writes: with read replicas, the session's or token's reads stay on the primary for a while. */
  wrote(): Promise<void>;
}

/** What a request brings to its context, however it was read (Express or the fast query path). */
export interface RequestCredentials {
  /** The bearer token, else the session cookie. */
  token: string | null;
  deviceToken: string | null;
  ip: string;
  userAgent: string | null;
}
