// How many relationships a dataset turns into once loaded in a graph, per type:
// what benchmarks report and what the seed's size target (~1 M for 100,000
// members) is measured against.
import type { NetworkDataset } from '../../domain/dataset.js';

export interface RelationshipCounts {
  HAS_SKILL: number;
  WORKS_FROM: number;
  MEMBER_OF: number;
  IN_FILIERE: number;
  WORKED_ON: number;
  COLLABORATED_WITH: number;
  MENTORS: number;
  /** Reference data: Skill BROADER and RELATED (once per pair), Space PART_OF, Filiere CORE_SKILL. */
  BROADER: number;
  RELATED: number;
  PART_OF: number;
  CORE_SKILL: number;
  total: number;
}

export function countRelationships(dataset: NetworkDataset): RelationshipCounts {
  let hasSkill = 0;
  let worksFrom = 0;
  let memberOf = 0;
  let inFiliere = 0;
  for (const m of dataset.members) {
    hasSkill += m.skills.length;
    worksFrom += m.spaces.length;
    memberOf += m.communities.length;
    inFiliere += m.filieres.length;
  }
  const relatedPairs = new Set<string>();
  for (const s of dataset.skills) {
    for (const r of s.related) relatedPairs.add(s.id < r ? `${s.id}\u0000${r}` : `${r}\u0000${s.id}`);
  }
  const counts = {
    HAS_SKILL: hasSkill,
    WORKS_FROM: worksFrom,
    MEMBER_OF: memberOf,
    IN_FILIERE: inFiliere,
    WORKED_ON: dataset.projects.reduce((sum, p) => sum + p.members.length, 0),
    COLLABORATED_WITH: dataset.collaborations.length,
    MENTORS: dataset.mentorships.filter((m) => m.status === 'active' || m.status === 'ended').length,
    BROADER: dataset.skills.filter((s) => s.broader !== null).length,
    RELATED: relatedPairs.size,
    PART_OF: dataset.spaces.filter((s) => s.community !== null).length,
    CORE_SKILL: dataset.filieres.reduce((sum, f) => sum + f.coreSkills.length, 0),
  };
  return { ...counts, total: Object.values(counts).reduce((sum, c) => sum + c, 0) };
}
