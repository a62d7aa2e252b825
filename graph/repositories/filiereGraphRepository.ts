// The links among a filière's members, read whole: who collaborated with whom
// (both in the filière) and the spaces they work from. Two joins over the
// filière's members, not one point read per member: the conseiller's filière
// graph needs them all at once.
import type { Member } from '../../domain/entities/member.js';
import type { GraphStore } from '../graphStore.js';
import { memberFromRow } from '../properties/memberProperties.js';
import { numeric, text } from '../properties/rowValues.js';
import { MEMBER_COLUMNS } from './memberRepository.js';

export interface FiliereCollaboration {
  /** source < target: each pair once. */
  source: string;
  target: string;
  weight: number;
}

export interface FiliereSpaceLink {
  member: string;
  space: string;
}

export class FiliereGraphRepository {
  constructor(private readonly store: GraphStore) {}

  /** The filière's members, in id order, read in one query (a few hundred rows, not a point read each). */
  async members(filiereId: string): Promise<Member[]> {
    const rows = await this.store.read(
      `MATCH (m:Member)-[:IN_FILIERE]->(:Filiere {id: $filiereId}) RETURN ${MEMBER_COLUMNS} ORDER BY id`,
      { filiereId },
    );
    return rows.map(memberFromRow);
  }

  /** COLLABORATED_WITH edges whose two ends are both in the filière, each pair once (the highest weight). */
  async collaborations(filiereId: string): Promise<FiliereCollaboration[]> {
    const rows = await this.store.read(
      'MATCH (a:Member)-[:IN_FILIERE]->(f:Filiere {id: $filiereId}), (b:Member)-[:IN_FILIERE]->(f), ' +
        '(a)-[c:COLLABORATED_WITH]->(b) RETURN a.id AS a, b.id AS b, c.weight AS weight',
      { filiereId },
    );
    const pairs = new Map<string, FiliereCollaboration>();
    for (const row of rows) {
      const [source, target] = [text(row, 'a'), text(row, 'b')].sort() as [string, string];
      if (source === target) continue;
      const key = `${source}|${target}`;
      const weight = numeric(row, 'weight');
      const seen = pairs.get(key);
      if (seen) seen.weight = Math.max(seen.weight, weight);
      else pairs.set(key, { source, target, weight });
    }
    return [...pairs.values()].sort((x, y) =>
      x.source === y.source ? (x.target < y.target ? -1 : 1) : x.source < y.source ? -1 : 1,
    );
  }

  /** WORKS_FROM links of the filière's members. */
  async spaceLinks(filiereId: string): Promise<FiliereSpaceLink[]> {
    const rows = await this.store.read(
      'MATCH (m:Member)-[:IN_FILIERE]->(:Filiere {id: $filiereId}), (m)-[:WORKS_FROM]->(x:Space) ' +
        'RETURN m.id AS member, x.id AS space ORDER BY member, space',
      { filiereId },
    );
    return rows.map((row) => ({ member: text(row, 'member'), space: text(row, 'space') }));
  }
}
