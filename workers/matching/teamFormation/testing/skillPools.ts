// Skill pools per filière from the reference taxonomy, for the clustered generator.
import type { ReferenceData } from '../../../../domain/referenceData.js';
import type { SkillPools } from './clusteredTeamProblem.js';

export function skillPoolsOf(reference: Pick<ReferenceData, 'skills' | 'filieres'>): SkillPools {
  return {
    filieres: reference.filieres.map((f) => [
      ...new Set([
        ...f.coreSkills,
        ...reference.skills.filter((s) => s.filieres.includes(f.id)).map((s) => s.id),
      ]),
    ]),
    all: reference.skills.map((s) => s.id),
  };
}
