// Members of one filière or space, paged by name, under a privacy condition
// the domain decides (domain/policy/privacyRule.ts, scopeListCondition): the
// condition is compiled into the query, so the total counts no one the viewer
// may not see. Also a space's availability counts (hidden profiles included:
// counts reveal no one). Moved from api/scope/scopedMembers.ts: Cypher lives in
// graph/ only.
import type { Member } from '../../domain/entities/member.js';
import type { MemberCondition } from '../../domain/policy/privacyRule.js';
import type { GraphStore } from '../graphStore.js';
import type { MemberRepository } from './memberRepository.js';
import { checkedPage, type Page, type PageOf } from './page.js';
import { cypherCondition } from './privacyCypher.js';

const IN_FILIERE = 'MATCH (m:Member)-[:IN_FILIERE]->(:Filiere {id: $scope})';
const IN_SPACE = 'MATCH (m:Member)-[:WORKS_FROM]->(:Space {id: $scope})';

export type ScopeKind = 'filiere' | 'space';

export class ScopedMemberRepository {
  constructor(
    private readonly store: GraphStore,
    private readonly members: MemberRepository,
  ) {}

  /** The members of the filière or space who meet `condition`, by name, and how many there are. */
  async page(
    kind: ScopeKind,
    scope: string,
    condition: MemberCondition,
    page: Page,
  ): Promise<PageOf<Member>> {
    const { offset, limit } = checkedPage(page);
    const privacy = cypherCondition(condition);
    const match = `${kind === 'filiere' ? IN_FILIERE : IN_SPACE} WHERE ${privacy.text}`;
    const params = { ...privacy.params, scope };
    const [ids, counts] = await Promise.all([
      this.store.read<{ id: string }>(
        `${match} RETURN m.id AS id ORDER BY m.name, m.id SKIP $offset LIMIT $limit`,
        { ...params, offset, limit },
      ),
      this.store.read<{ n: number }>(`${match} RETURN count(m) AS n`, params),
    ]);
    const found = await this.members.getMany(ids.map((r) => r.id));
    return { items: found.filter((m): m is Member => m !== null), totalCount: counts[0]?.n ?? 0 };
  }

  /** How many members of a space are available, limited or unavailable. */
  async spaceAvailability(space: string): Promise<Record<string, number>> {
    const rows = await this.store.read<{ availability: string; n: number }>(
      'MATCH (m:Member)-[:WORKS_FROM]->(:Space {id: $space}) RETURN m.availability AS availability, count(m) AS n',
      { space },
    );
    return Object.fromEntries(rows.map((r) => [r.availability, r.n]));
  }
}
