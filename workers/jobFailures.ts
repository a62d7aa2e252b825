// Which processor errors are worth retrying, and how a job's error is recorded.
import { PasserelleError } from '../domain/errors.js';

/** Errors that another attempt cannot fix: the job goes straight to the dead letters. */
const PERMANENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'INFEASIBLE',
  'FORBIDDEN',
  'UNAUTHENTICATED',
]);

export function isPermanentError(error: unknown): boolean {
  return error instanceof PasserelleError && PERMANENT_CODES.has(error.code);
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
