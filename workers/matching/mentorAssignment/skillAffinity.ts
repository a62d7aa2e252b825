// How close two skills are in the taxonomy, for "wanted" vs "offered" skills:
// the same skill, one BROADER/narrower than the other (one step or further),
// or RELATED (in either direction). Also the skills close to a given one, to
// look up candidates through an index instead of comparing every pair.
import type { Taxonomy } from '../../../domain/taxonomy.js';

export type SkillMatch = 'exact' | 'broader' | 'narrower' | 'related';

/** Points of a match; a broader/narrower link loses a little with each extra step. */
export const SKILL_MATCH_POINTS = {
  exact: 1,
  broaderOrNarrowerOneStep: 0.6,
  broaderOrNarrowerFurther: 0.4,
  related: 0.3,
} as const;

export interface SkillMatchResult {
  match: SkillMatch;
  points: number;
}

export class SkillAffinity {
  private readonly taxonomy: Taxonomy;
  private readonly related = new Map<string, Set<string>>();

  constructor(taxonomy: Taxonomy) {
    this.taxonomy = taxonomy;
    for (const skill of taxonomy.skills) {
      for (const other of skill.related) {
        this.linkRelated(skill.id, other);
        this.linkRelated(other, skill.id);
      }
    }
  }

  /** How `offered` serves someone who wants `wanted`, or null when they are unrelated. */
  match(wanted: string, offered: string): SkillMatchResult | null {
    if (wanted === offered) return { match: 'exact', points: SKILL_MATCH_POINTS.exact };
    const up = this.taxonomy.ancestors(wanted).indexOf(offered);
    if (up >= 0) return { match: 'broader', points: stepPoints(up) };
    const down = this.taxonomy.ancestors(offered).indexOf(wanted);
    if (down >= 0) return { match: 'narrower', points: stepPoints(down) };
    if (this.related.get(wanted)?.has(offered))
      return { match: 'related', points: SKILL_MATCH_POINTS.related };
    return null;
  }

  /** Every skill `match(skill, x)` accepts: itself, its ancestors and descendants, its related skills. */
  neighbourhood(skill: string): string[] {
    const out = new Set<string>(this.taxonomy.has(skill) ? this.taxonomy.selfAndDescendants(skill) : [skill]);
    for (const ancestor of this.taxonomy.ancestors(skill)) out.add(ancestor);
    for (const other of this.related.get(skill) ?? []) out.add(other);
    return [...out];
  }

  /** Related skills (both directions of RELATED). */
  relatedTo(skill: string): ReadonlySet<string> {
    return this.related.get(skill) ?? new Set();
  }

  private linkRelated(a: string, b: string): void {
    const set = this.related.get(a) ?? new Set<string>();
    set.add(b);
    this.related.set(a, set);
  }
}

function stepPoints(index: number): number {
  return index === 0
    ? SKILL_MATCH_POINTS.broaderOrNarrowerOneStep
    : SKILL_MATCH_POINTS.broaderOrNarrowerFurther;
}
