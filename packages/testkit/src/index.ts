export { startSmtpSink } from './smtp-sink';
export type { SinkAttachment, SinkMessage, SmtpSink } from './smtp-sink';
export { countingSink } from './counting-sink';
export type { CountingSink } from './counting-sink';
