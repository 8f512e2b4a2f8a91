import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

// An SMTP server for load runs (the soak benchmark): thousands of messages, counted by Message-ID
// and by recipient; bodies are read and dropped (startSmtpSink keeps every message parsed).

export interface CountingSink {
  url: string;
  byMessageId: Map<string, number>;
  byRecipient: Map<string, number>;
  close(): Promise<void>;
}

/** Counts accepted messages by Message-ID and by recipient; bodies are read and dropped. */
export async function countingSink(): Promise<CountingSink> {
  const byMessageId = new Map<string, number>();
  const byRecipient = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 16_384) head += chunk.toString('utf8');
      });
      stream.on('end', () => {
        const id = /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? `(none ${byMessageId.size})`;
        byMessageId.set(id, (byMessageId.get(id) ?? 0) + 1);
        for (const to of session.envelope.rcptTo)
          byRecipient.set(to.address.toLowerCase(), (byRecipient.get(to.address.toLowerCase()) ?? 0) + 1);
        done();
      });
    },
  });
  // A sender killed mid-session (the soak kills API processes) resets its connection: expected, not fatal.
  server.on('error', () => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, byMessageId, byRecipient, close: () => new Promise((r) => server.close(() => r())) };
}
