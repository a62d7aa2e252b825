// Members a conseiller or space manager may see in their scope, paged by name:
// the graph side of the policy in domain/policy (profiles hidden from everyone
// never come back; filière lists only hold members who allowed filière
// suggestions). The policy functions are applied again to each member returned.
import type { Member } from '../../domain/entities/member.js';
import type { GraphStore } from '../../graph/graphStore.js';
import type { MemberRepository } from '../../graph/repositories/memberRepository.js';
import { checkedPage, type Page, type PageOf } from '../../graph/repositories/page.js';

const IN_FILIERE =
  "MATCH (m:Member)-[:IN_FILIERE]->(:Filiere {id: $scope}) WHERE m.visibility <> 'nobody' AND m.suggestForFilieres = true";
const IN_SPACE = "MATCH (m:Member)-[:WORKS_FROM]->(:Space {id: $scope}) WHERE m.visibility <> 'nobody'";

export type ScopeKind = 'filiere' | 'space';

export async function scopedMembers(
  store: GraphStore,
  members: MemberRepository,
  kind: ScopeKind,
  scope: string,
  page: Page,
): Promise<PageOf<Member>> {
  const { offset, limit } = checkedPage(page);
  const match = kind === 'filiere' ? IN_FILIERE : IN_SPACE;
  const [ids, counts] = await Promise.all([
    store.read<{ id: string }>(`${match} RETURN m.id AS id ORDER BY m.name, m.id SKIP $offset LIMIT $limit`, {
      scope,
      offset,
      limit,
    }),
    store.read<{ n: number }>(`${match} RETURN count(m) AS n`, { scope }),
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
