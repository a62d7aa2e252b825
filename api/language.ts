// The request language: `?lang=` or the first fr/en/nl of Accept-Language; French by default.
import type { FastifyRequest } from 'fastify';
import { LANGUAGES, type UiLanguage } from '../domain/entities/common.js';

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
