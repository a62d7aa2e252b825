// The one place errors become GraphQL errors: typed domain errors keep their
// code and field path; GraphQL's own validation errors pass through; variable
// coercion errors become BAD_USER_INPUT; a store that reports a full disk
// becomes UNAVAILABLE saying so; anything else is masked.
import { GraphQLError } from 'graphql';
import { BadUserInputError, PasserelleError } from '../domain/errors.js';

export type ErrorLogger = (error: unknown) => void;

export function toClientError(error: unknown, logUnexpected: ErrorLogger): Error {
  const original = error instanceof GraphQLError ? (error.originalError ?? undefined) : error;
  const graphqlError = error instanceof GraphQLError ? error : undefined;

  if (original instanceof PasserelleError) {
    const extensions: Record<string, unknown> = { code: original.code };
    if (original instanceof BadUserInputError) {
      extensions.field = original.field;
      extensions.problems = original.problems.map((p) => ({
        path: p.path,
        message: p.message,
        ...(p.code ? { code: p.code, params: p.params ?? {} } : {}),
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
        extensions: { ...graphqlError.extensions, code: 'BAD_USER_INPUT', field },
      });
    }
    return graphqlError;
  }

  if (isDiskFull(original ?? error)) {
    return new GraphQLError(STORE_FULL_MESSAGE, {
      path: graphqlError?.path,
      extensions: { code: 'UNAVAILABLE' },
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
