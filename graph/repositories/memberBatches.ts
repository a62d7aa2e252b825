// Batched neighbourhood reads for DataLoaders: one call answers many members,
// so a page of 50 members with their skills and spaces costs a fixed number of
// store calls. The store picks the batch shape (DESIGN.md: per-key prepared
// lookups on Kùzu, UNWIND on Neo4j).
import type { HasSkill } from '../../domain/entities/skill.js';
import type { GraphStore } from '../graphStore.js';
import { numeric, text } from '../properties/rowValues.js';

export interface LinkedIds {
  ids: string[];
}

export class MemberBatches {
  constructor(private readonly store: GraphStore) {}

  /** Each member's skills, strongest first. */
  async skills(memberIds: readonly string[]): Promise<HasSkill[][]> {
    const rows = await this.store.readByKeys(
      'MATCH (m:Member {id: $key})-[h:HAS_SKILL]->(s:Skill) ' +
        'RETURN s.id AS skill, h.level AS level, h.years AS years ORDER BY h.level DESC, s.id',
      memberIds,
    );
    return rows.map((list) =>
      list.map((row) => ({
        skill: text(row, 'skill'),
        level: numeric(row, 'level'),
        years: numeric(row, 'years'),
      })),
    );
  }

  /** Ids of each member's spaces (WORKS_FROM). */
  spaceIds(memberIds: readonly string[]): Promise<string[][]> {
    return this.linkedIds('MATCH (m:Member {id: $key})-[:WORKS_FROM]->(x:Space)', memberIds);
  }

  /** Ids of each member's communities (MEMBER_OF). */
  communityIds(memberIds: readonly string[]): Promise<string[][]> {
    return this.linkedIds('MATCH (m:Member {id: $key})-[:MEMBER_OF]->(x:Community)', memberIds);
  }

  private async linkedIds(match: string, memberIds: readonly string[]): Promise<string[][]> {
    const rows = await this.store.readByKeys(`${match} RETURN x.id AS id ORDER BY x.id`, memberIds);
    return rows.map((list) => list.map((row) => text(row, 'id')));
  }
}
