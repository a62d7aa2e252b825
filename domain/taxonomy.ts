// In-memory view of the skills taxonomy: lookups by id, the BROADER hierarchy
// in both directions, and label matching in fr/en/nl (accents folded).
import type { UiLanguage } from './entities/common.js';
import type { Skill } from './entities/skill.js';

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export class Taxonomy {
  readonly skills: readonly Skill[];
  private readonly byId = new Map<string, Skill>();
  private readonly children = new Map<string, string[]>();

  constructor(skills: readonly Skill[]) {
    this.skills = skills;
    for (const skill of skills) this.byId.set(skill.id, skill);
    for (const skill of skills) {
      if (skill.broader) {
        const list = this.children.get(skill.broader) ?? [];
        list.push(skill.id);
        this.children.set(skill.broader, list);
      }
    }
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): Skill | undefined {
    return this.byId.get(id);
  }

  label(id: string, language: UiLanguage): string {
    return this.byId.get(id)?.labels[language] ?? id;
  }

  /** Direct narrower skills. */
  narrower(id: string): string[] {
    return this.children.get(id) ?? [];
  }

  /** The skill and every skill below it, breadth first. */
  selfAndDescendants(id: string): string[] {
    const out = [id];
    for (let i = 0; i < out.length; i++) out.push(...this.narrower(out[i]!));
    return out;
  }

  /** Broader skills from the parent up to the top-level category. */
  ancestors(id: string): string[] {
    const out: string[] = [];
    let current = this.byId.get(id)?.broader ?? null;
    while (current && !out.includes(current)) {
      out.push(current);
      current = this.byId.get(current)?.broader ?? null;
    }
    return out;
  }

  /** Every label and alternative label of a skill in every language, folded. */
  terms(id: string): string[] {
    const skill = this.byId.get(id);
    if (!skill) return [];
    const all = [
      ...Object.values(skill.labels),
      ...skill.altLabels.fr,
      ...skill.altLabels.en,
      ...skill.altLabels.nl,
    ];
    return [...new Set(all.map(foldText))];
  }
}
