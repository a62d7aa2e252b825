// Parses untrusted input with a zod schema and turns failures into a
// BadUserInputError that names every failing field.
import type { z } from 'zod';
import { BadUserInputError, type FieldProblem } from './errors.js';

export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  basePath: (string | number)[] = [],
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new BadUserInputError(zodProblems(result.error, basePath));
}

export function zodProblems(error: z.ZodError, basePath: (string | number)[] = []): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: [...basePath, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: issue.message,
  }));
}
