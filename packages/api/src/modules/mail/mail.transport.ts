import fs from 'node:fs';
import path from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import type { Config } from '../../config';
import type { OutboxMessage } from './outbox.entity';
import { QUICK_START_GUIDE_SOURCES } from './quick-start-guide';

// SMTP timeouts well under the outbox lease, so a hung server cannot outlive a claim.
const SMTP_TIMEOUT_MS = 60_000;

// Attachments are generated at send time from a named source, so outbox rows stay small.
const attachmentSources: ReadonlyMap<string, () => Promise<Buffer>> = new Map<string, () => Promise<Buffer>>(QUICK_START_GUIDE_SOURCES);

/**
 * nodemailer's options for SMTP_URL: a pool of `connections` kept open across messages and
 * batches. (nodemailer reads only the URL when `url` is among its options, so the URL is parsed
 * here and the pool settings added to it.) Query parameters of the URL (e.g. `?tls.servername=`)
 * still apply; the pool size is always MAIL_CONCURRENCY's, as the sender keeps that many messages
 * in flight.
 */
export function smtpOptions(smtpUrl: string, connections: number): SMTPPool.Options {
  return {
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
    ...parseConnectionUrl(smtpUrl),
    pool: true,
    maxConnections: connections,
  };
}

/** Sends one outbox message at a time per call, over SMTP or to the development outbox. */
export class MailTransport {
  private transport: Transporter | null = null;

  constructor(
    private readonly config: Config,
    private readonly outboxDir: string,
  ) {}

  /** Without SMTP_URL mail goes to the development outbox instead of the network. */
  get usesDevelopmentOutbox(): boolean {
    return !this.config.smtpUrl;
  }

  /** Sends one message; returns the .eml path when the development outbox wrote one. */
  async send(msg: OutboxMessage): Promise<string | null> {
    const attachments = await Promise.all(
      (msg.attachments ?? []).map(async (a) => {
        const build = attachmentSources.get(a.source);
        if (!build) throw new Error(`unknown attachment source "${a.source}"`);
        return { filename: a.filename, contentType: a.contentType, content: await build() };
      }),
    );
    const info = await this.getTransport().sendMail({
      from: this.config.mailFrom,
      to: msg.toAddress,
      subject: msg.subject,
      text: msg.textBody,
      html: msg.htmlBody ?? undefined,
      attachments,
      // Stable across retries and processes, so a duplicate delivery can be recognised.
      messageId: `<roster-outbox-${msg.id}@${this.mailDomain()}>`,
    });
    // .eml copies hold temporary passwords and invitation links: a development aid only.
    if (!this.usesDevelopmentOutbox || this.config.env !== 'development') return null;
    const file = path.join(this.outboxDir, `${msg.createdAt.toISOString().replace(/[:.]/g, '-')}-${msg.id}.eml`);
    await fs.promises.mkdir(this.outboxDir, { recursive: true });
    await fs.promises.writeFile(file, info.message as Buffer);
    return file;
  }

  close(): void {
    this.transport?.close();
    this.transport = null;
  }

  private getTransport(): Transporter {
    this.transport ??= this.config.smtpUrl
      ? nodemailer.createTransport(smtpOptions(this.config.smtpUrl, this.config.mailConcurrency))
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    return this.transport;
  }

  private mailDomain(): string {
    try {
      return new URL(this.config.publicUrl).hostname || 'roster.local';
    } catch {
      return 'roster.local';
    }
  }

  /** An error as one short line with any SMTP credentials removed; stored and logged. */
  describe(err: unknown): string {
    let text = err instanceof Error ? err.message : String(err);
    const secrets: string[] = [];
    if (this.config.smtpUrl) {
      try {
        const u = new URL(this.config.smtpUrl);
        // Only the password: scrubbing a short user name would mangle ordinary words.
        if (u.password.length >= 3) secrets.push(u.password, decodeURIComponent(u.password));
      } catch {
        /* a malformed URL fails at connect time with its own message */
      }
    }
    for (const s of secrets) text = text.split(s).join('***');
    text = text
      .replace(/(smtps?:\/\/)[^@\s/]*@/gi, '$1***@')
      .replace(/\s+/g, ' ')
      .trim();
    return text.slice(0, 500);
  }
}
