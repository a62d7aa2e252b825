// A Yoga plugin that writes every error's `message` in the reader's language:
// the language the request states (`?lang=`, Accept-Language), else the
// signed-in member's preferredLanguage, else English. Only errors with a known
// `extensions.reason` are rewritten; codes, fields and reasons stay as they are,
// so clients may also render the reason themselves.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { UiLanguage } from '../../domain/entities/common.js';
import type { ErrorReason } from '../../domain/errors.js';
import { errorMessage } from '../errorMessages.js';
import { statedLanguage } from '../language.js';
import type { GraphqlServerContext } from './graphql.js';

export interface ErrorLanguageOptions {
  /** The preferred language of a member, or null when unknown. */
  preferredLanguageOf(memberId: string): Promise<UiLanguage | null>;
}

interface Problem {
  path: (string | number)[];
  message: string;
  reason?: ErrorReason;
}

function isReason(value: unknown): value is ErrorReason {
  return typeof value === 'object' && value !== null && typeof (value as ErrorReason).code === 'string';
}

async function readerLanguage(
  server: GraphqlServerContext,
  options: ErrorLanguageOptions,
): Promise<UiLanguage> {
  const stated = statedLanguage(server.req);
  if (stated) return stated;
  const memberId = server.auth?.viewer.memberId;
  return (memberId ? await options.preferredLanguageOf(memberId) : null) ?? 'en';
}

/** The error with its message (and its problems' messages) in `language`; itself when nothing applies. */
export function translatedError(error: GraphQLError, language: UiLanguage): GraphQLError {
  const reason = error.extensions?.reason;
  if (!isReason(reason)) return error;
  const rawProblems = error.extensions.problems;
  let message: string | null;
  let problems: Problem[] | undefined;
  if (Array.isArray(rawProblems)) {
    problems = (rawProblems as Problem[]).map((p) => {
      const text = p.reason ? errorMessage(p.reason, language) : null;
      return text ? { ...p, message: text } : p;
    });
    message = problems
      .map((p) => (p.path.length ? `${p.path.join('.')}: ${p.message}` : p.message))
      .join('; ');
  } else {
    const text = errorMessage(reason, language);
    const field = typeof error.extensions.field === 'string' ? error.extensions.field : '';
    message = text && reason.code.startsWith('value.') && field ? `${field}: ${text}` : text;
  }
  if (message === null) return error;
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: { ...error.extensions, ...(problems ? { problems } : {}) },
  });
}

export function errorLanguagePlugin(options: ErrorLanguageOptions): Plugin {
  return {
    async onResultProcess({ result, setResult, serverContext }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      // The server context is the one createGraphqlServer declares (Yoga's Plugin type does not carry it).
      const language = await readerLanguage(serverContext as unknown as GraphqlServerContext, options);
      // English is the language the errors are written in: keep their detailed wording.
      if (language === 'en') return;
      setResult({
        ...result,
        errors: result.errors.map((error) =>
          error instanceof GraphQLError ? translatedError(error, language) : error,
        ),
      });
    },
  };
}
