// The whole member network as the filière and peer solvers need it, read with
// one whole-table query per relationship type (a handful of reads, never one
// query per member): members with their privacy, skills with levels, spaces,
// filières and collaborations. (Moved from workers/filieres/: Cypher lives in
// graph/ only; the solvers work on the snapshot it returns.)
import type { Visibility } from '../../domain/entities/member.js';
import type { GraphStore } from '../graphStore.js';
import { nullableText, numeric, text } from '../properties/rowValues.js';

export interface SnapshotMember {
  id: string;
  city: string | null;
  visibility: Visibility;
  suggestForFilieres: boolean;
  joinedAt: number;
  /** skill id → level 1..5 */
  skills: Map<string, number>;
  spaces: string[];
  filieres: string[];
}

export interface NetworkSnapshot {
  members: SnapshotMember[];
  byId: Map<string, SnapshotMember>;
  collaborations: { source: string; target: string; weight: number }[];
  spaceNames: Map<string, string>;
}

export class NetworkSnapshotReader {
  constructor(private readonly store: GraphStore) {}

  /** The whole network as it is now. */
  read(): Promise<NetworkSnapshot> {
    return readNetworkSnapshot(this.store);
  }
}

async function readNetworkSnapshot(store: GraphStore): Promise<NetworkSnapshot> {
  const [memberRows, skillRows, spaceRows, filiereRows, collaborationRows, spaceNameRows] = await Promise.all(
    [
      store.read(
        'MATCH (m:Member) RETURN m.id AS id, m.city AS city, m.visibility AS visibility, ' +
          'm.suggestForFilieres AS consent, m.joinedAt AS joinedAt ORDER BY m.id',
      ),
      store.read('MATCH (m:Member)-[h:HAS_SKILL]->(s:Skill) RETURN m.id AS m, s.id AS x, h.level AS level'),
      store.read('MATCH (m:Member)-[:WORKS_FROM]->(s:Space) RETURN m.id AS m, s.id AS x'),
      store.read('MATCH (m:Member)-[:IN_FILIERE]->(f:Filiere) RETURN m.id AS m, f.id AS x'),
      store.read(
        'MATCH (a:Member)-[c:COLLABORATED_WITH]->(b:Member) RETURN a.id AS source, b.id AS target, c.weight AS weight',
      ),
      store.read('MATCH (s:Space) RETURN s.id AS id, s.name AS name'),
    ],
  );
  const members: SnapshotMember[] = memberRows.map((row) => ({
    id: text(row, 'id'),
    city: nullableText(row, 'city'),
    visibility: (nullableText(row, 'visibility') ?? 'network') as Visibility,
    suggestForFilieres: row.consent !== false,
    joinedAt: numeric(row, 'joinedAt'),
    skills: new Map(),
    spaces: [],
    filieres: [],
  }));
  const byId = new Map(members.map((m) => [m.id, m]));
  for (const row of skillRows) byId.get(text(row, 'm'))?.skills.set(text(row, 'x'), numeric(row, 'level'));
  for (const row of spaceRows) byId.get(text(row, 'm'))?.spaces.push(text(row, 'x'));
  for (const row of filiereRows) byId.get(text(row, 'm'))?.filieres.push(text(row, 'x'));
  for (const member of members) {
    member.spaces.sort();
    member.filieres.sort();
  }
  const collaborations = collaborationRows.map((row) => ({
    source: text(row, 'source'),
    target: text(row, 'target'),
    weight: Number(row.weight ?? 1),
  }));
  const spaceNames = new Map(spaceNameRows.map((row) => [text(row, 'id'), text(row, 'name')]));
  return { members, byId, collaborations, spaceNames };
}
