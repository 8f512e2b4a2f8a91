// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
// mail.outbox.ts enqueues in the caller's transaction; mail.delivery.ts is the job that sends (its own transactions),
// over mail.transport.ts (the SMTP pool), recording sent rows through mail.sent.ts (several per UPDATE).
export { MailOutbox } from './mail.outbox';
export type { OutgoingEmail } from './mail.outbox';
export { MAX_ATTEMPTS, MailDelivery, backoffMs } from './mail.delivery';
export type { MailerOptions } from './mail.delivery';
export { Mailer } from './mailer';
export { invitationEmail, welcomeEmail, welcomeEmailTemplate } from './mail.templates';
export { OutboxMessage, OutboxStatus } from './outbox.entity';
export { OutboxResolver } from './outbox.resolver';
export { retryOutboxMessage } from './outbox.service';
export { QUICK_START_GUIDE_ATTACHMENT, quickStartGuideAttachment } from './quick-start-guide';
export { mailLanguage } from './mail.i18n';
