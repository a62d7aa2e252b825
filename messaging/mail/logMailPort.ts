// Development mail: each message goes to the logger instead of a mailbox.
// Duplicates (same idempotency key) are dropped for the life of the process.
import type { MailMessage, MailPort } from './mailPort.js';

/** The part of a pino-style logger this needs. */
export interface MailLogger {
  info(fields: Record<string, unknown>, message: string): void;
}

export class LogMailPort implements MailPort {
  private readonly sent = new Set<string>();

  constructor(private readonly logger: MailLogger) {}

  async send(message: MailMessage): Promise<boolean> {
    if (this.sent.has(message.idempotencyKey)) return false;
    this.sent.add(message.idempotencyKey);
    this.logger.info(
      { mail: { to: message.to, subject: message.subject, key: message.idempotencyKey }, text: message.text },
      `mail to ${message.to}: ${message.subject}`,
    );
    return true;
  }
}
