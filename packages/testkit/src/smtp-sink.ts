import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';

// A real SMTP server inside the test process, so tests exercise the same nodemailer path as
// production (connection, MIME encoding, attachments) rather than a mocked transport. The API's
// integration tests and the browser tests (packages/web/e2e) both use it.

export interface SinkAttachment {
  filename: string | undefined;
  contentType: string;
  /** Bytes of the decoded content. */
  size: number;
  content: Buffer;
}

export interface SinkMessage {
  /** Envelope sender (MAIL FROM). */
  envelopeFrom: string | null;
  /** Envelope recipients (RCPT TO). */
  envelopeTo: string[];
  from: string;
  /** Addresses of the To header. */
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  messageId: string | undefined;
  attachments: SinkAttachment[];
  raw: Buffer;
  receivedAt: Date;
}

export interface SmtpSink {
  /** Pass as SMTP_URL / config.smtpUrl. */
  url: string;
  port: number;
  /** Accepted messages, in arrival order. */
  readonly messages: SinkMessage[];
  /** How many messages were refused by rejectNext. */
  readonly rejectedCount: number;
  /** SMTP connections opened since the start (or the last clear()): a pooling client opens few. */
  readonly connectionCount: number;
  /**
   * Resolves with the first accepted message (already received or arriving) that matches; a
   * predicate that throws does not match.
   */
  waitFor(predicate: (m: SinkMessage) => boolean, timeoutMs?: number): Promise<SinkMessage>;
  /** Answers the next `count` messages with a temporary failure (451 by default). */
  rejectNext(count: number, reply?: { code?: number; message?: string }): void;
  clear(): void;
  close(): Promise<void>;
}

/** A predicate that throws (e.g. reading a field of an unexpected message) does not match. */
function safely(predicate: (m: SinkMessage) => boolean): (m: SinkMessage) => boolean {
  return (m) => {
    try {
      return predicate(m);
    } catch {
      return false;
    }
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = field ? (Array.isArray(field) ? field : [field]) : [];
  return list.flatMap((a) => a.value.map((v) => v.address ?? '').filter(Boolean));
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: SinkMessage[] = [];
  const waiters = new Set<{ predicate: (m: SinkMessage) => boolean; resolve: (m: SinkMessage) => void }>();
  let toReject = 0;
  let rejectReply = { code: 451, message: '4.3.0 Temporary failure, try again later' };
  let rejectedCount = 0;
  let connectionCount = 0;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // A reverse DNS lookup per connection would add its timeout to every message.
    disableReverseLookup: true,
    // Accept any credentials (over plain TCP) so SMTP URLs with a user and password work too.
    allowInsecureAuth: true,
    onAuth: (_auth, _session, cb) => cb(null, { user: 'test' }),
    onConnect(_session, callback) {
      connectionCount++;
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', callback);
      stream.on('end', () => {
        if (toReject > 0) {
          toReject--;
          rejectedCount++;
          const err = Object.assign(new Error(rejectReply.message), { responseCode: rejectReply.code });
          callback(err);
          return;
        }
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((parsed) => {
            const msg: SinkMessage = {
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
              envelopeTo: session.envelope.rcptTo.map((r) => r.address),
              from: parsed.from?.text ?? '',
              to: addresses(parsed.to),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : null,
              messageId: parsed.messageId,
              attachments: parsed.attachments.map((a) => ({
                filename: a.filename,
                contentType: a.contentType,
                size: a.content.length,
                content: a.content,
              })),
              raw,
              receivedAt: new Date(),
            };
            messages.push(msg);
            for (const w of [...waiters]) {
              if (w.predicate(msg)) {
                waiters.delete(w);
                w.resolve(msg);
              }
            }
            callback();
          })
          .catch((err: Error) => callback(err));
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  // Keep connection errors (a client dropping mid-session) from crashing the test process.
  server.on('error', () => undefined);
  const port = (server.server.address() as AddressInfo).port;

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    get rejectedCount() {
      return rejectedCount;
    },
    get connectionCount() {
      return connectionCount;
    },
    waitFor(unsafePredicate, timeoutMs = 5000) {
      const predicate = safely(unsafePredicate);
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = {
          predicate,
          resolve: (m: SinkMessage) => {
            clearTimeout(timer);
            resolve(m);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const seen = messages.map((m) => `${m.to.join(',')}: ${m.subject}`).join('; ') || 'none';
          reject(new Error(`smtp sink: no matching message within ${timeoutMs} ms (received: ${seen})`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    rejectNext(count, reply = {}) {
      toReject = count;
      rejectReply = { code: reply.code ?? 451, message: reply.message ?? '4.3.0 Temporary failure, try again later' };
    },
    clear() {
      messages.length = 0;
      toReject = 0;
      rejectedCount = 0;
      connectionCount = 0;
    },
    close() {
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
