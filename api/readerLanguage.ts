// The language a generated sentence is written in for this reader: the
// `language` argument when given, else the signed-in member's preferredLanguage,
// else the request language (`?lang=` or Accept-Language, French by default).
import type { UiLanguage } from '../domain/entities/common.js';
import type { RequestContext } from './context.js';

export async function readerLanguage(
  context: Pick<RequestContext, 'viewer' | 'loaders' | 'language'>,
  asked?: UiLanguage | null,
): Promise<UiLanguage> {
  if (asked) return asked;
  const memberId = context.viewer.memberId;
  const member = memberId ? await context.loaders.member.load(memberId) : null;
  return member?.preferredLanguage ?? context.language;
}
