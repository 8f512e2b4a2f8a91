// The SMTP sink lives in @roster/testkit, shared with the browser tests.
export { startSmtpSink } from '@roster/testkit';
export type { SinkAttachment, SinkMessage, SmtpSink } from '@roster/testkit';
