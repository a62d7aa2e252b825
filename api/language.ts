// The languages of a request, in one place: the request language (`?lang=` or the first
// fr/en/nl of Accept-Language; French by default), and the reader's language a generated
// sentence is written in (the `language` argument when given, else the signed-in member's
// preferredLanguage, else the request language).
import type { FastifyRequest } from 'fastify';
import { LANGUAGES, type UiLanguage } from '../domain/entities/common.js';
import type { RequestContext } from './context.js';

function isLanguage(value: string): value is UiLanguage {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function requestLanguage(request: FastifyRequest): UiLanguage {
  return statedLanguage(request) ?? 'fr';
}

/** The language the request asks for (`?lang=`, then Accept-Language), or null when it names none of ours. */
export function statedLanguage(request: FastifyRequest): UiLanguage | null {
  const query = request.query as Record<string, unknown> | undefined;
  const asked = typeof query?.lang === 'string' ? query.lang.toLowerCase() : '';
  if (isLanguage(asked)) return asked;
  const header = request.headers['accept-language'] ?? '';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { language: tag.slice(0, 2).toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => isLanguage(entry.language) && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return (ranked[0]?.language as UiLanguage | undefined) ?? null;
}

/** The language a generated sentence is written in for this reader (see the opening comment). */
export async function readerLanguage(
  context: Pick<RequestContext, 'viewer' | 'loaders' | 'language'>,
  asked?: UiLanguage | null,
): Promise<UiLanguage> {
  if (asked) return asked;
  const memberId = context.viewer.memberId;
  const member = memberId ? await context.loaders.member.load(memberId) : null;
  return member?.preferredLanguage ?? context.language;
}
