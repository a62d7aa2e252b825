// The weekly digest: for each member who accepts it, one mail listing the people
// suggested to them during the week before (peer suggestions), in their language.
// One job per ISO week (its id is the week); each mail carries an idempotency key,
// so a retried job does not mail anyone twice.
import type { UiLanguage } from '../../domain/entities/common.js';
import type { MailPort } from '../../messaging/mail/mailPort.js';
import { isoWeekStart, WEEK_MS } from '../isoWeek.js';
import type { JobContext } from '../jobQueue.js';
import { digestMessage, type PersonToMeet } from './digestMessage.js';
import { progressListener } from './progressListener.js';

export interface DigestRecipient {
  memberId: string;
  name: string;
  email: string;
  language: UiLanguage;
}

export interface DigestDeps {
  mail: MailPort;
  /** Members who accept the digest. */
  recipients(): Promise<DigestRecipient[]>;
  /** People suggested to this member in [from, to), best first. */
  peopleToMeet(memberId: string, period: { from: number; to: number }): Promise<PersonToMeet[]>;
}

export interface DigestReport {
  week: string;
  recipients: number;
  sent: number;
  /** Members with nobody new to meet: no mail. */
  empty: number;
  /** Mails already sent by an earlier attempt. */
  duplicates: number;
}

/** A digest lists at most this many people: a mail, not a directory. */
export const DIGEST_MAX_PEOPLE = 8;

export async function digest(job: JobContext<'digest'>, deps: DigestDeps): Promise<DigestReport> {
  const { week } = job.data;
  const to = isoWeekStart(week);
  const period = { from: to - WEEK_MS, to };
  const onProgress = progressListener(job);
  const recipients = await deps.recipients();
  const report: DigestReport = { week, recipients: recipients.length, sent: 0, empty: 0, duplicates: 0 };
  for (const [index, recipient] of recipients.entries()) {
    // Stopping between two mails is safe: the keys of those already sent make them duplicates next time.
    job.signal.throwIfAborted();
    const people = (await deps.peopleToMeet(recipient.memberId, period)).slice(0, DIGEST_MAX_PEOPLE);
    if (people.length === 0) {
      report.empty++;
    } else {
      const message = digestMessage(recipient, people);
      const delivered = await deps.mail.send({
        to: recipient.email,
        ...message,
        idempotencyKey: `digest/${week}/${recipient.memberId}`,
      });
      if (delivered) report.sent++;
      else report.duplicates++;
    }
    if ((index + 1) % 100 === 0 || index + 1 === recipients.length) {
      onProgress({ phase: 'digest', done: index + 1, total: recipients.length });
    }
  }
  return report;
}
