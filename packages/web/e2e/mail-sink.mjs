// A real SMTP server inside the harness process, so browser specs can read the mail the API
// sends (invitations, welcome emails) through the same nodemailer path as production.
// smtp-server and mailparser are devDependencies of packages/api (its tests use the same pair,
// see packages/api/test/helpers/smtp-sink.ts); they are loaded from there rather than added
// to packages/web.
import { createRequire } from 'node:module';

const requireFromApi = createRequire(new URL('../../api/package.json', import.meta.url));

function load(name) {
  try {
    return requireFromApi(name);
  } catch (error) {
    throw new Error(
      `e2e mail sink: cannot load "${name}" from packages/api/node_modules (run \`pnpm install\` at the root): ${error.message}`,
    );
  }
}

function addresses(field) {
  const list = field ? (Array.isArray(field) ? field : [field]) : [];
  return list.flatMap((a) => a.value.map((v) => v.address ?? '').filter(Boolean));
}

/**
 * Starts the sink on a free port of 127.0.0.1. Received messages have the shape
 * { to: string[], envelopeTo: string[], from, subject, text, html, attachments: [{ filename, contentType, size }] }.
 */
export async function startMailSink() {
  const { SMTPServer } = load('smtp-server');
  const { simpleParser } = load('mailparser');
  const messages = [];
  const waiters = new Set();

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Accept any credentials so SMTP URLs with a user and password work too.
    onAuth: (_auth, _session, cb) => cb(null, { user: 'e2e' }),
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const msg = {
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            from: parsed.from?.text ?? '',
            to: addresses(parsed.to),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : null,
            attachments: parsed.attachments.map((a) => ({
              filename: a.filename,
              contentType: a.contentType,
              size: a.size ?? a.content?.length ?? 0,
            })),
            receivedAt: new Date(),
          };
          messages.push(msg);
          for (const w of [...waiters]) {
            let matches = false;
            try {
              matches = w.predicate(msg);
            } catch {
              /* a predicate that throws simply does not match */
            }
            if (matches) w.done(msg);
          }
          callback();
        })
        .catch((error) => callback(error));
    },
  });
  // A client dropping mid-session must not crash the harness.
  server.on('error', () => undefined);

  await new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.server.address();

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    /** Every accepted message, in arrival order. */
    messages,
    /** Resolves with the first message (already received or arriving) for which predicate is true. */
    waitFor(predicate, timeoutMs = 10_000) {
      const found = messages.find((m) => {
        try {
          return predicate(m);
        } catch {
          return false;
        }
      });
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = {
          predicate,
          done(msg) {
            clearTimeout(timer);
            waiters.delete(waiter);
            resolve(msg);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const seen = messages.map((m) => `${m.to.join(',')}: ${m.subject}`).join('; ') || 'none';
          reject(new Error(`mail: no matching message within ${timeoutMs} ms (received: ${seen})`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
