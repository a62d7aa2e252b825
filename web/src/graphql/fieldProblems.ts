// Errors of a mutation, as forms show them: each BAD_USER_INPUT problem
// (`extensions.problems[{path, message, reason}]`) beside the field it names
// (the last path segment that is a field of the form, e.g. "password"), the
// rest above the form. Every text is in the reader's language: the problem's
// stable reason code (`reason.code` + `params`) picks a message of
// web/src/i18n/messages.ts ("problem.<code>"), else a generic sentence.
import type { CombinedError } from '@urql/core';
import { MESSAGES, type MessageKey } from '../i18n/messages.js';
import type { Translator } from '../i18n/translate.js';

export interface FieldProblems {
  byField: Record<string, string>;
  /** Messages that name no field of the form (wrong password, server errors). */
  general: string[];
}

interface Reason {
  code: string;
  params?: Record<string, string | number>;
}

interface Problem {
  path: (string | number)[];
  message: string;
  reason?: Reason;
}

function isProblemList(value: unknown): value is Problem[] {
  return Array.isArray(value) && value.every((p) => typeof p === 'object' && p !== null && 'message' in p);
}

function isReason(value: unknown): value is Reason {
  return typeof value === 'object' && value !== null && typeof (value as Reason).code === 'string';
}

/** The reason's message in the reader's language, or the generic one (`fallback`) for unknown codes. */
export function reasonText(
  translate: Pick<Translator, 't' | 'language'>,
  reason: unknown,
  fallback: MessageKey,
): string {
  if (isReason(reason)) {
    const key = `problem.${reason.code}`;
    if (key in MESSAGES[translate.language]) return translate.t(key as MessageKey, reason.params ?? {});
  }
  return translate.t(fallback);
}

export function fieldProblems(
  error: CombinedError | undefined,
  fields: readonly string[],
  /** The reader's translator; without it the API's own messages are shown (it writes them in `?lang`). */
  translate?: Pick<Translator, 't' | 'language'>,
): FieldProblems {
  const result: FieldProblems = { byField: {}, general: [] };
  if (!error) return result;
  if (error.networkError) {
    result.general.push(translate ? translate.t('problem.network') : error.networkError.message);
  }
  for (const graphqlError of error.graphQLErrors) {
    const problems = graphqlError.extensions?.problems;
    if (!isProblemList(problems)) {
      result.general.push(
        translate
          ? reasonText(translate, graphqlError.extensions?.reason, 'problem.genericError')
          : graphqlError.message,
      );
      continue;
    }
    for (const problem of problems) {
      const field = [...problem.path]
        .reverse()
        .find((part) => typeof part === 'string' && fields.includes(part));
      if (typeof field === 'string') {
        result.byField[field] = translate
          ? reasonText(translate, problem.reason, 'problem.generic')
          : problem.message;
      } else {
        const where = problem.path.join('.');
        const text = translate ? reasonText(translate, problem.reason, 'problem.generic') : problem.message;
        result.general.push(translate || !where ? text : `${where}: ${text}`);
      }
    }
  }
  result.general = [...new Set(result.general)];
  return result;
}
