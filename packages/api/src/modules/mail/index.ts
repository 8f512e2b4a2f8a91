// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { MAX_ATTEMPTS, Mailer, OutgoingEmail, backoffMs } from './mail.service';
export { invitationEmail, welcomeEmail, welcomeEmailTemplate } from './mail.templates';
export { OutboxMessage, OutboxStatus } from './outbox.entity';
export { OutboxResolver } from './outbox.resolver';
export { retryOutboxMessage } from './outbox.service';
export { QUICK_START_GUIDE_ATTACHMENT } from './quick-start-guide';
