// Collects everything wrong with a notice before refusing it, so that one
// error names every missing or malformed element, not only the first.
import { BadUserInputError, type FieldProblem, formatProblems } from '../../domain/errors.js';

export class NoticeProblems {
  private readonly problems: FieldProblem[] = [];

  /** `where` is the element's path as the eForms documentation writes it, e.g. `ContractNotice/cbc:IssueDate`. */
  missing(where: string, what: string): void {
    this.problems.push({ path: [where], message: `missing or empty (${what})` });
  }

  invalid(where: string, message: string): void {
    this.problems.push({ path: [where], message });
  }

  throwIfAny(): void {
    if (this.problems.length === 0) return;
    throw new BadUserInputError(
      this.problems,
      `not a usable eForms notice: ${formatProblems(this.problems)}`,
    );
  }
}
