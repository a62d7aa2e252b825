// Sending e-mail (the weekly digest). A provider adapter implements this in
// production; the log implementation writes mails to the logger in development.
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /**
   * Identifies the message: a message whose key was already sent is dropped, so a
   * retried job does not mail anyone twice (providers accept such a key).
   */
  idempotencyKey: string;
}

export interface MailPort {
  /** Resolves to false when the message was dropped as a duplicate. */
  send(message: MailMessage): Promise<boolean>;
}
