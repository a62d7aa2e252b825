// What team formation reads about a tender's candidates besides their profiles:
// the COLLABORATED_WITH edges among them, the skills a named member holds, and
// the projects and spaces the members of a suggested team share (for its
// reasons). Every read is one point query per member (readByKeys): an `IN` list
// is a full scan on Kùzu.
import type { GraphStore } from '../graphStore.js';
import { nullableNumeric, numeric, text } from '../properties/rowValues.js';

/** A skill a member holds, with the level and years of practice they give. */
export interface HeldSkillRow {
  skill: string;
  level: number;
  years: number;
}

/** The projects and spaces of each member, by member id (a member with none maps to []). */
export interface MemberPlaces {
  projects: Map<string, { id: string; title: string }[]>;
  spaces: Map<string, { id: string; name: string }[]>;
}

export class TeamRepository {
  constructor(private readonly store: GraphStore) {}

  /** Undirected COLLABORATED_WITH edges among `ids`, each once as [smaller id, larger id], in the order of `ids`. */
  async collaborationEdgesAmong(ids: readonly string[]): Promise<[string, string][]> {
    if (ids.length === 0) return [];
    const inside = new Set(ids);
    const neighbours = await this.store.readByKeys(
      'MATCH (:Member {id: $key})-[:COLLABORATED_WITH]-(b:Member) RETURN b.id AS id',
      ids,
    );
    const edges: [string, string][] = [];
    ids.forEach((a, i) => {
      for (const row of neighbours[i]!) {
        const b = text(row, 'id');
        if (a < b && inside.has(b)) edges.push([a, b]);
      }
    });
    return edges;
  }

  /** Every skill each member holds, in the order of `ids`. */
  async heldSkills(ids: readonly string[]): Promise<HeldSkillRow[][]> {
    if (ids.length === 0) return [];
    const rows = await this.store.readByKeys(
      'MATCH (:Member {id: $key})-[h:HAS_SKILL]->(s:Skill) RETURN s.id AS skill, h.level AS level, h.years AS years',
      ids,
    );
    return rows.map((held) =>
      held.map((row) => ({
        skill: text(row, 'skill'),
        level: numeric(row, 'level'),
        years: nullableNumeric(row, 'years') ?? 0,
      })),
    );
  }

  /** The projects each member worked on and the spaces each works from. */
  async places(ids: readonly string[]): Promise<MemberPlaces> {
    if (ids.length === 0) return { projects: new Map(), spaces: new Map() };
    const [projects, spaces] = await Promise.all([
      this.store.readByKeys(
        'MATCH (:Member {id: $key})-[:WORKED_ON]->(p:Project) RETURN p.id AS id, p.title AS title',
        ids,
      ),
      this.store.readByKeys(
        'MATCH (:Member {id: $key})-[:WORKS_FROM]->(s:Space) RETURN s.id AS id, s.name AS name',
        ids,
      ),
    ]);
    return {
      projects: new Map(
        ids.map((id, i) => [
          id,
          projects[i]!.map((row) => ({ id: text(row, 'id'), title: text(row, 'title') })),
        ]),
      ),
      spaces: new Map(
        ids.map((id, i) => [id, spaces[i]!.map((row) => ({ id: text(row, 'id'), name: text(row, 'name') }))]),
      ),
    };
  }
}
