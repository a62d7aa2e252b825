// The skills a member of a filière is likely to have: the filière's core skills
// and everything narrower than them, then the skills related to those.
import type { Filiere } from '../../domain/entities/filiere.js';
import type { Taxonomy } from '../../domain/taxonomy.js';

export interface FiliereSkillPool {
  /** The filière's own core skills, as listed. */
  core: readonly string[];
  /** Core skills and all their narrower skills. */
  trade: readonly string[];
  /** Skills related to the trade but outside it (may be empty). */
  related: readonly string[];
}

export function buildSkillPool(filiere: Filiere, taxonomy: Taxonomy): FiliereSkillPool {
  const core = filiere.coreSkills.filter((id) => taxonomy.has(id));
  const trade = [...new Set(core.flatMap((id) => taxonomy.selfAndDescendants(id)))];
  const inTrade = new Set(trade);
  const related = new Set<string>();
  for (const id of trade) {
    for (const other of taxonomy.get(id)?.related ?? []) {
      if (!inTrade.has(other) && taxonomy.has(other)) related.add(other);
    }
  }
  return { core, trade, related: [...related] };
}
