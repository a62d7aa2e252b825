// Members a conseiller or space manager may see in their scope, paged by name:
// the graph side of the privacy rule (domain/policy/privacyRule.ts,
// scopeListCondition: filière lists hold members who allowed filière
// suggestions and do not hide their profile; space lists every profile not
// hidden from everyone). The condition is compiled into the query, so the
// total counts no one the viewer may not see.
import type { Member } from '../../domain/entities/member.js';
import { type Scope, scopeListCondition } from '../../domain/policy/privacyRule.js';
import type { Viewer } from '../../domain/policy/profileVisibility.js';
import type { GraphStore } from '../../graph/graphStore.js';
import type { MemberRepository } from '../../graph/repositories/memberRepository.js';
import { checkedPage, type Page, type PageOf } from '../../graph/repositories/page.js';
import { cypherCondition } from '../../graph/repositories/privacyCypher.js';

const IN_FILIERE = 'MATCH (m:Member)-[:IN_FILIERE]->(:Filiere {id: $scope})';
const IN_SPACE = 'MATCH (m:Member)-[:WORKS_FROM]->(:Space {id: $scope})';

export type ScopeKind = 'filiere' | 'space';

export async function scopedMembers(
  store: GraphStore,
  members: MemberRepository,
  viewer: Viewer,
  kind: ScopeKind,
  scope: string,
  page: Page,
): Promise<PageOf<Member>> {
  const { offset, limit } = checkedPage(page);
  const where: Scope = kind === 'filiere' ? { filiere: scope } : { space: scope };
  const privacy = cypherCondition(scopeListCondition(viewer, where));
  const match = `${kind === 'filiere' ? IN_FILIERE : IN_SPACE} WHERE ${privacy.text}`;
  const params = { ...privacy.params, scope };
  const [ids, counts] = await Promise.all([
    store.read<{ id: string }>(`${match} RETURN m.id AS id ORDER BY m.name, m.id SKIP $offset LIMIT $limit`, {
      ...params,
      offset,
      limit,
    }),
    store.read<{ n: number }>(`${match} RETURN count(m) AS n`, params),
  ]);
  const found = await members.getMany(ids.map((r) => r.id));
  return { items: found.filter((m): m is Member => m !== null), totalCount: counts[0]?.n ?? 0 };
}

/** How many members of a space are available, limited or unavailable (hidden profiles included: counts reveal no one). */
export async function spaceAvailability(store: GraphStore, space: string): Promise<Record<string, number>> {
  const rows = await store.read<{ availability: string; n: number }>(
    'MATCH (m:Member)-[:WORKS_FROM]->(:Space {id: $space}) RETURN m.availability AS availability, count(m) AS n',
    { space },
  );
  return Object.fromEntries(rows.map((r) => [r.availability, r.n]));
}
