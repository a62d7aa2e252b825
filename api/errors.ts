// The one place errors become GraphQL errors: typed domain errors keep their
// code and field path; GraphQL's own validation errors pass through; variable
// coercion errors become BAD_USER_INPUT; a store that reports a full disk
// becomes UNAVAILABLE saying so; anything else is masked.
import type { FastifyBaseLogger } from 'fastify';
import { GraphQLError } from 'graphql';
import { BadUserInputError, type ErrorReason, PasserelleError } from '../domain/errors.js';

export type ErrorLogger = (error: unknown) => void;

export function toClientError(error: unknown, logUnexpected: ErrorLogger): Error {
  const original = error instanceof GraphQLError ? (error.originalError ?? undefined) : error;
  const graphqlError = error instanceof GraphQLError ? error : undefined;

  if (original instanceof PasserelleError) {
    const extensions: Record<string, unknown> = { code: original.code, ...reasonExtensions(original) };
    if (original instanceof BadUserInputError) {
      extensions.field = original.field;
      extensions.problems = original.problems.map((p) => ({
        path: p.path,
        message: p.message,
        ...(p.reason ? { reason: p.reason } : {}),
      }));
    }
    return new GraphQLError(original.message, {
      nodes: graphqlError?.nodes,
      positions: graphqlError?.positions,
      path: graphqlError?.path,
      extensions,
    });
  }

  if (graphqlError && (!original || original instanceof GraphQLError)) {
    const variable = /^Variable "\$([^"]+)" (?:got invalid value|of required type|of non-null type)/.exec(
      graphqlError.message,
    );
    if (variable) {
      const field = fieldPathOfVariableError(graphqlError.message, variable[1]!);
      return new GraphQLError(graphqlError.message, {
        nodes: graphqlError.nodes,
        positions: graphqlError.positions,
        extensions: {
          ...graphqlError.extensions,
          code: 'BAD_USER_INPUT',
          field,
          reason: { code: 'value.invalid' },
        },
      });
    }
    return graphqlError;
  }

  if (isDiskFull(original ?? error)) {
    return new GraphQLError(STORE_FULL_MESSAGE, {
      path: graphqlError?.path,
      extensions: { code: 'UNAVAILABLE', reason: { code: 'storeFull' } },
    });
  }

  logUnexpected(original ?? error);
  return new GraphQLError('Unexpected error.', {
    path: graphqlError?.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

const STORE_FULL_MESSAGE =
  'The data store is full: this change was not saved. Reads still work; writes resume once disk space is freed.';

/**
 * How the stores say their disk is full: SQLite (better-sqlite3) with code SQLITE_FULL, Node's file
 * system with ENOSPC or EDQUOT, Kùzu with "IO exception: Cannot write to file ..." (its message
 * carries no errno; the Kùzu store refuses writes before the disk fills, see graph/kuzu/freeSpace.ts,
 * so this is the write that raced the check).
 */
export function isDiskFull(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return true;
    if (
      /No space left on device|database or disk is full|IO exception: Cannot (write|resize|allocate)/i.test(
        cause.message,
      )
    )
      return true;
    cause = cause.cause;
  }
  return false;
}

/** `Variable "$input" got invalid value 7 at "input.skills[0].level"; ...` → "input.skills.0.level" */
function fieldPathOfVariableError(message: string, variable: string): string {
  const at = / at "([^"]+)"/.exec(message);
  if (!at) return variable;
  return at[1]!.replace(/\[(\d+)\]/g, '.$1');
}

/**
 * The stable reason of a user-facing error (`extensions.reason`), for clients that render messages in their
 * reader's language: the error's own, the first problem's for bad input, else one per error code.
 */
export function reasonOf(error: PasserelleError): ErrorReason | undefined {
  if (error.reason) return error.reason;
  if (error instanceof BadUserInputError) return error.problems[0]?.reason ?? { code: 'value.invalid' };
  return DEFAULT_REASONS[error.code];
}

const DEFAULT_REASONS: Partial<Record<PasserelleError['code'], ErrorReason>> = {
  UNAUTHENTICATED: { code: 'auth.signInRequired' },
  FORBIDDEN: { code: 'auth.forbidden' },
  NOT_FOUND: { code: 'notFound' },
  CONFLICT: { code: 'conflict' },
  UNAVAILABLE: { code: 'unavailable' },
};

function reasonExtensions(error: PasserelleError): { reason?: ErrorReason } {
  const reason = reasonOf(error);
  return reason ? { reason } : {};
}

/** Codes of errors the caller made (bad input, not signed in, not allowed, absent): not faults of ours. */
const CALLER_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INFEASIBLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
]);

export type LogLevel = 'info' | 'warn' | 'error';

/**
 * The level an error deserves in the server log: what a caller got wrong is `info`, a refusal of what they
 * may not do (`FORBIDDEN`, e.g. a sign-in lockout) is `warn`, anything else — a fault of ours or of a store
 * (`UNAVAILABLE` included) — is `error`.
 */
export function logLevelOf(error: unknown): LogLevel {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const code =
    original instanceof PasserelleError
      ? original.code
      : original instanceof GraphQLError
        ? clientCodeOf(original)
        : undefined;
  if (code === 'FORBIDDEN') return 'warn';
  if (code !== undefined && CALLER_CODES.has(code)) return 'info';
  return 'error';
}

/** A GraphQL error of the query itself (syntax, validation, variables) is the caller's; code when known. */
function clientCodeOf(error: GraphQLError): string | undefined {
  const code = error.extensions?.code;
  if (typeof code === 'string') return code;
  // Parse, validation and variable errors carry source locations and no original error.
  return error.originalError === undefined || error.originalError === null
    ? 'GRAPHQL_VALIDATION_FAILED'
    : undefined;
}

/** Writes an error Yoga or the socket layer reports, at the level `logLevelOf` gives it. */
export function logGraphqlError(log: Pick<FastifyBaseLogger, LogLevel>, error: unknown): void {
  const level = logLevelOf(error);
  if (level === 'error') {
    log.error({ err: error }, 'GraphQL request failed');
    return;
  }
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const code =
    original instanceof PasserelleError ? original.code : (original as GraphQLError).extensions?.code;
  const field = original instanceof BadUserInputError ? original.field : undefined;
  log[level](
    { code: code ?? 'GRAPHQL_VALIDATION_FAILED', ...(field ? { field } : {}) },
    error instanceof Error ? error.message : String(error),
  );
}
