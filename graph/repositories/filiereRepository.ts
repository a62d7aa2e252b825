// Filières (professional sectors): lookups with their core skills, and their
// members with the role each holds (member or animator).
import type { Filiere, FiliereRole } from '../../domain/entities/filiere.js';
import type { Member } from '../../domain/entities/member.js';
import type { GraphStore } from '../graphStore.js';
import { FILIERE_PROPERTIES, filiereFromRow } from '../properties/filiereProperties.js';
import { projection } from '../properties/projection.js';
import { MemberRepository } from './memberRepository.js';
import { checkedPage, type Page, type PageOf } from './page.js';

export interface FiliereMember {
  member: Member;
  role: FiliereRole;
}

/** The matched filières `f` with their core skills (CORE_SKILL). */
function filieresReturning(match: string, order = ''): string {
  return `${match} OPTIONAL MATCH (f)-[:CORE_SKILL]->(s:Skill) RETURN ${projection('f', FILIERE_PROPERTIES)}, collect(s.id) AS coreSkills ${order}`;
}

export class FiliereRepository {
  private readonly memberLookup: MemberRepository;

  constructor(private readonly store: GraphStore) {
    this.memberLookup = new MemberRepository(store);
  }

  async get(id: string): Promise<Filiere | null> {
    const rows = await this.store.read(filieresReturning('MATCH (f:Filiere {id: $id})'), { id });
    return rows[0] ? filiereFromRow(rows[0]) : null;
  }

  async list(): Promise<Filiere[]> {
    return (await this.store.read(filieresReturning('MATCH (f:Filiere)', 'ORDER BY id'))).map(filiereFromRow);
  }

  /** Members of the filière, animators first, then by name. */
  async members(id: string, page: Page): Promise<PageOf<FiliereMember>> {
    const { offset, limit } = checkedPage(page);
    const match = 'MATCH (m:Member)-[r:IN_FILIERE]->(:Filiere {id: $id})';
    // Ids and roles first, then the members by id (cheaper than sorting whole member rows on Kùzu).
    const [rows, counts] = await Promise.all([
      this.store.read<{ id: string; role: FiliereRole }>(
        `${match} RETURN m.id AS id, r.role AS role ORDER BY r.role, m.name, m.id SKIP $offset LIMIT $limit`,
        { id, offset, limit },
      ),
      this.store.read<{ total: number }>(`${match} RETURN count(m) AS total`, { id }),
    ]);
    const found = await this.memberLookup.getMany(rows.map((row) => row.id));
    return {
      items: rows.flatMap((row, i) => {
        const member = found[i];
        return member ? [{ member, role: row.role }] : [];
      }),
      totalCount: counts[0]?.total ?? 0,
    };
  }
}
