// Resolves what an import file names (skills, spaces, communities, filières)
// to reference ids. Skills may be given by id or by any fr/en/nl label or
// synonym ("céramiste", "keramist"), as long as it names one skill only.
import type { ReferenceData } from '../../domain/referenceData.js';
import { foldText, Taxonomy } from '../../domain/taxonomy.js';

export type Resolution = { id: string } | { error: string };

export class ReferenceLookup {
  private readonly skillIds: Set<string>;
  private readonly skillTerms = new Map<string, Set<string>>();
  private readonly spaceIds: Set<string>;
  private readonly communityIds: Set<string>;
  private readonly filiereIds: Set<string>;

  constructor(reference: ReferenceData) {
    this.skillIds = new Set(reference.skills.map((s) => s.id));
    const taxonomy = new Taxonomy(reference.skills);
    for (const skill of reference.skills) {
      for (const term of taxonomy.terms(skill.id)) {
        const ids = this.skillTerms.get(term) ?? new Set<string>();
        ids.add(skill.id);
        this.skillTerms.set(term, ids);
      }
    }
    this.spaceIds = new Set(reference.spaces.map((s) => s.id));
    this.communityIds = new Set(reference.communities.map((c) => c.id));
    this.filiereIds = new Set(reference.filieres.map((f) => f.id));
  }

  skill(name: string): Resolution {
    const trimmed = name.trim();
    if (this.skillIds.has(trimmed.toLowerCase())) return { id: trimmed.toLowerCase() };
    const ids = this.skillTerms.get(foldText(trimmed));
    if (!ids) return { error: `unknown skill "${trimmed}"` };
    if (ids.size > 1)
      return { error: `"${trimmed}" names several skills (${[...ids].join(', ')}); use a skill id` };
    return { id: [...ids][0]! };
  }

  space(id: string): Resolution {
    return resolveId(this.spaceIds, id, 'space');
  }

  community(id: string): Resolution {
    return resolveId(this.communityIds, id, 'community');
  }

  filiere(id: string): Resolution {
    return resolveId(this.filiereIds, id, 'filière');
  }
}

function resolveId(ids: Set<string>, given: string, kind: string): Resolution {
  const id = given.trim().toLowerCase();
  return ids.has(id) ? { id } : { error: `unknown ${kind} "${given.trim()}"` };
}
