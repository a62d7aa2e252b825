// BAD_USER_INPUT errors carry `extensions.problems[{path, message}]`; forms show each message
// beside the field it names (the last path segment that is a name, e.g. "password").
import type { CombinedError } from '@urql/core';

export interface FieldProblems {
  byField: Record<string, string>;
  /** Messages that name no field of the form (wrong password, server errors). */
  general: string[];
}

interface Problem {
  path: (string | number)[];
  message: string;
}

function isProblemList(value: unknown): value is Problem[] {
  return Array.isArray(value) && value.every((p) => typeof p === 'object' && p !== null && 'message' in p);
}

export function fieldProblems(error: CombinedError | undefined, fields: readonly string[]): FieldProblems {
  const result: FieldProblems = { byField: {}, general: [] };
  if (!error) return result;
  if (error.networkError) result.general.push(error.networkError.message);
  for (const graphqlError of error.graphQLErrors) {
    const problems = graphqlError.extensions?.problems;
    if (!isProblemList(problems)) {
      result.general.push(graphqlError.message);
      continue;
    }
    for (const problem of problems) {
      const field = [...problem.path]
        .reverse()
        .find((part) => typeof part === 'string' && fields.includes(part));
      if (typeof field === 'string') result.byField[field] = problem.message;
      else result.general.push(`${problem.path.join('.')}: ${problem.message}`);
    }
  }
  return result;
}
