import type { EntityManager } from 'typeorm';
import type { Config } from '../config';
import type { Actor } from './actor';

/** An email to queue in the outbox (delivered after the transaction commits). */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; contentType: string; source: string }[];
}

/** Queues email in the caller's transaction. */
export interface MailQueue {
  enqueue(em: EntityManager, msg: OutgoingEmail): Promise<unknown>;
  /** Many messages in multi-row INSERTs (an import's welcome emails); a generator is read one statement at a time. */
  enqueueMany(em: EntityManager, msgs: Iterable<OutgoingEmail>): Promise<void>;
}

/** What every service may use besides the transaction: built once by the app. */
export interface ServiceDeps {
  config: Config;
  clock: () => Date;
  mail: MailQueue;
}

/**
 * The one service contract: every service function takes this first, then its input.
 * `em` is the transaction's EntityManager (or a plain manager for reads); services never open
 * transactions: the edge does (graphql/context.ts `tx`, a CLI, a job), so that several service
 * calls can share one.
 */
export interface ServiceContext extends ServiceDeps {
  em: EntityManager;
  actor: Actor;
}
