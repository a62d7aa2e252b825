// Typed errors shared by every layer. The API maps `code` to GraphQL
// `extensions.code` in one place; the CLI maps them to exit codes.

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'INFEASIBLE'
  | 'UNAVAILABLE';

/**
 * Why an input was refused, stable across languages: `code` names a message (e.g. "text.lineBreaks",
 * "auth.wrongCredentials") that clients render in their reader's language with `params`.
 */
export interface ErrorReason {
  code: string;
  params?: Record<string, string | number>;
}

export interface FieldProblem {
  /** Path of the failing field, e.g. ["input", "skills", 2, "level"] or ["line 14", "email"]. */
  path: (string | number)[];
  message: string;
  /** The stable code and parameters clients say the problem with, in the reader's language (the one spelling). */
  reason?: ErrorReason;
}

export class PasserelleError extends Error {
  readonly code: ErrorCode;
  /** The stable reason of a user-facing error, when it has one (see ErrorReason). */
  readonly reason: ErrorReason | undefined;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; reason?: ErrorReason }) {
    super(message, options);
    this.code = code;
    this.reason = options?.reason;
    this.name = new.target.name;
  }
}

/** Input that fails validation. `problems` lists every failing field, not only the first. */
export class BadUserInputError extends PasserelleError {
  readonly problems: FieldProblem[];
  constructor(problems: FieldProblem[], message?: string) {
    super('BAD_USER_INPUT', message ?? formatProblems(problems));
    this.problems = problems;
  }
  /** The first failing field path, as GraphQL clients expect it in `extensions.field`. */
  get field(): string {
    return this.problems[0]?.path.join('.') ?? '';
  }
  static at(path: (string | number)[], message: string, reason?: ErrorReason): BadUserInputError {
    return new BadUserInputError([{ path, message, ...(reason ? { reason } : {}) }]);
  }
}

export class NotFoundError extends PasserelleError {
  constructor(kind: string, id: string) {
    super('NOT_FOUND', `${kind} "${id}" does not exist`, { reason: { code: 'notFound', params: { id } } });
  }
}

export class ConflictError extends PasserelleError {
  constructor(message: string, reason?: ErrorReason) {
    super('CONFLICT', message, { reason });
  }
}

export class UnauthenticatedError extends PasserelleError {
  constructor(message = 'You must be signed in', reason?: ErrorReason) {
    super('UNAUTHENTICATED', message, { reason });
  }
}

export class ForbiddenError extends PasserelleError {
  constructor(message = 'You are not allowed to do this', reason?: ErrorReason) {
    super('FORBIDDEN', message, { reason });
  }
}

/** A well-formed problem that has no solution (e.g. a requirement no candidate can fill). */
export class InfeasibleError extends PasserelleError {
  constructor(message: string) {
    super('INFEASIBLE', message);
  }
}

/** A store or service that cannot be reached. */
export class UnavailableError extends PasserelleError {
  constructor(message: string, options?: { cause?: unknown; reason?: ErrorReason }) {
    super('UNAVAILABLE', message, options);
  }
}

export function formatProblems(problems: FieldProblem[]): string {
  return problems.map((p) => (p.path.length ? `${p.path.join('.')}: ${p.message}` : p.message)).join('; ');
}
