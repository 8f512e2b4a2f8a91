export { startSmtpSink } from './smtp-sink';
export type { SinkAttachment, SinkMessage, SmtpSink } from './smtp-sink';
