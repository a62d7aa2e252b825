// The skills taxonomy as stored in the graph: skills with their BROADER and
// RELATED links, and labels in the three interface languages.
import type { UiLanguage } from '../../domain/entities/common.js';
import type { Skill } from '../../domain/entities/skill.js';
import type { GraphStore } from '../graphStore.js';
import { projection } from '../properties/projection.js';
import { SKILL_PROPERTIES, skillFromRow } from '../properties/skillProperties.js';

const LABEL_COLUMN: Record<UiLanguage, string> = { fr: 'labelFr', en: 'labelEn', nl: 'labelNl' };

/**
 * A skill's properties with its broader skill and related skills, for the skills matched as `s`. `order`
 * may only name returned columns: after an aggregation, `s` itself is out of scope.
 */
function skillsReturning(match: string, order = ''): string {
  return (
    `${match} OPTIONAL MATCH (s)-[:BROADER]->(b:Skill) OPTIONAL MATCH (s)-[:RELATED]->(r:Skill) ` +
    `RETURN ${projection('s', SKILL_PROPERTIES)}, b.id AS broader, collect(r.id) AS related ${order}`
  );
}

export class SkillRepository {
  constructor(private readonly store: GraphStore) {}

  async get(id: string): Promise<Skill | null> {
    const rows = await this.store.read(skillsReturning('MATCH (s:Skill {id: $id})'), { id });
    return rows[0] ? skillFromRow(rows[0]) : null;
  }

  async list(): Promise<Skill[]> {
    const rows = await this.store.read(skillsReturning('MATCH (s:Skill)', 'ORDER BY id'));
    return rows.map(skillFromRow);
  }

  /** The skill one level up, or null for a top-level skill (or an unknown id). */
  async broader(id: string): Promise<Skill | null> {
    const rows = await this.store.read(skillsReturning('MATCH (:Skill {id: $id})-[:BROADER]->(s:Skill)'), {
      id,
    });
    return rows[0] ? skillFromRow(rows[0]) : null;
  }

  /** The skills directly below, by id. */
  async narrower(id: string): Promise<Skill[]> {
    const rows = await this.store.read(
      skillsReturning('MATCH (:Skill {id: $id})<-[:BROADER]-(s:Skill)', 'ORDER BY id'),
      { id },
    );
    return rows.map(skillFromRow);
  }

  /** Labels of the given skills in one language; unknown ids are left out. */
  async labels(ids: readonly string[], language: UiLanguage): Promise<Map<string, string>> {
    const rows = await this.store.readByKeys<{ id: string; label: string }>(
      `MATCH (s:Skill {id: $key}) RETURN s.id AS id, s.${LABEL_COLUMN[language]} AS label`,
      ids,
    );
    return new Map(rows.flat().map((row) => [row.id, row.label]));
  }
}
