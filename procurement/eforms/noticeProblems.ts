// Collects everything wrong with a notice before refusing it, so that one
// error names every missing or malformed element, not only the first. Each
// problem carries a code and its parameters (eforms.missing + the part, or
// eforms.invalid + the kind of value) so that the web app says it in the
// reader's language; the English message stays for the CLI and logs.
import { BadUserInputError, type FieldProblem, formatProblems } from '../../domain/errors.js';

/** Parts of a notice whose absence makes it unusable, with their English names. */
export const NOTICE_PARTS = {
  noticeId: 'notice identifier',
  version: 'notice version',
  noticeType: 'notice type',
  subtype: 'notice subtype',
  issueDate: 'issue date',
  language: 'notice language',
  procedureTitle: 'procedure title',
  mainCpv: 'main CPV code',
  lot: 'at least one lot or part',
  lotId: 'lot identifier',
  buyerReference: 'buyer organisation reference',
  buyerName: 'name of the buyer organisation',
} as const;
export type NoticePart = keyof typeof NOTICE_PARTS;

/** Kinds of malformed values, with the English sentence (`{value}` is what the notice holds). */
export const INVALID_VALUES = {
  date: '"{value}" is not a date such as 2020-02-04+01:00',
  time: '"{value}" is not a time such as 10:00:00+01:00',
  amount: '"{value}" is not an amount',
  currency: '"{value}" is not an ISO 4217 currency code',
  duration: '"{value}" is not a duration',
  cpv: '"{value}" is not a CPV code',
} as const;
export type InvalidValue = keyof typeof INVALID_VALUES;

export class NoticeProblems {
  private readonly problems: FieldProblem[] = [];

  /** `where` is the element's path as the eForms documentation writes it, e.g. `ContractNotice/cbc:IssueDate`. */
  missing(where: string, part: NoticePart, detail?: string): void {
    const what = detail ? `${NOTICE_PARTS[part]} ${detail}` : NOTICE_PARTS[part];
    this.problems.push({
      path: [where],
      message: `missing or empty (${what})`,
      reason: { code: 'eforms.missing', params: { element: where, part, ...(detail ? { detail } : {}) } },
    });
  }

  invalid(where: string, kind: InvalidValue, value: string): void {
    this.problems.push({
      path: [where],
      message: INVALID_VALUES[kind].replace('{value}', value),
      reason: { code: `eforms.invalid.${kind}`, params: { element: where, value } },
    });
  }

  throwIfAny(): void {
    if (this.problems.length === 0) return;
    throw new BadUserInputError(
      this.problems,
      `not a usable eForms notice: ${formatProblems(this.problems)}`,
    );
  }
}
