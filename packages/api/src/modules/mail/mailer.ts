import { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config';
import type { MailQueue, OutgoingEmail } from '../../common/service';
import { MailDelivery, MailerOptions } from './mail.delivery';
import { MailOutbox } from './mail.outbox';
import type { OutboxMessage } from './outbox.entity';

/**
 * What the app builds once: the outbox queue (`outbox`, the services' MailQueue, in the caller's
 * transaction) and its delivery job (`delivery`, its own transactions), sharing one clock. The
 * methods only forward, so the app, its shutdown and tests hold one object.
 */
export class Mailer implements MailQueue {
  readonly outbox: MailOutbox;
  readonly delivery: MailDelivery;

  constructor(ds: DataSource, config: Config, log?: (msg: string) => void, options: MailerOptions = {}) {
    this.outbox = new MailOutbox(options.now);
    this.delivery = new MailDelivery(ds, config, log, options);
  }

  get usesDevelopmentOutbox(): boolean {
    return this.delivery.usesDevelopmentOutbox;
  }

  enqueue(em: EntityManager, msg: OutgoingEmail): Promise<OutboxMessage> {
    return this.outbox.enqueue(em, msg);
  }

  enqueueMany(em: EntityManager, msgs: Iterable<OutgoingEmail>): Promise<void> {
    return this.outbox.enqueueMany(em, msgs);
  }

  deliverDue(): Promise<{ sent: number; failed: number }> {
    return this.delivery.deliverDue();
  }

  start(): void {
    this.delivery.start();
  }

  stop(): Promise<void> {
    return this.delivery.stop();
  }
}
