// The members a conseiller (filière) or space manager (space) may see in their
// scope, paged by name: the domain decides the privacy condition
// (scopeListCondition: filière lists hold members who allowed filière
// suggestions and do not hide their profile; space lists every profile not
// hidden from everyone), the repository compiles it into the query.
import type { Member } from '../../domain/entities/member.js';
import { type Scope, scopeListCondition } from '../../domain/policy/privacyRule.js';
import type { Page, PageOf } from '../../graph/repositories/page.js';
import type { ScopeKind } from '../../graph/repositories/scopedMemberRepository.js';
import type { UseCaseContext } from '../useCaseContext.js';

export type { ScopeKind };

export async function scopedMembers(
  context: UseCaseContext,
  kind: ScopeKind,
  scope: string,
  page: Page,
): Promise<PageOf<Member>> {
  const where: Scope = kind === 'filiere' ? { filiere: scope } : { space: scope };
  return context.services.repositories.scopedMembers.page(
    kind,
    scope,
    scopeListCondition(context.viewer, where),
    page,
  );
}

/** How many members of a space are available, limited or unavailable (counts reveal no one). */
export function spaceAvailability(context: UseCaseContext, space: string): Promise<Record<string, number>> {
  return context.services.repositories.scopedMembers.spaceAvailability(space);
}
