// Groups a flat skill list under its top-level fields, each sorted in the interface language.
import type { SkillOption } from '../graphql/types.js';

export interface SkillGroup {
  field: SkillOption;
  skills: SkillOption[];
}

export function groupSkills(skills: SkillOption[], language: string): SkillGroup[] {
  const bySlug = new Map(skills.map((skill) => [skill.slug, skill]));
  const topOf = (skill: SkillOption): SkillOption => {
    let current = skill;
    const seen = new Set<string>();
    while (current.broader && !seen.has(current.slug)) {
      seen.add(current.slug);
      const parent = bySlug.get(current.broader.slug);
      if (!parent) break;
      current = parent;
    }
    return current;
  };
  const groups = new Map<string, SkillGroup>();
  for (const skill of skills) {
    const field = topOf(skill);
    const group = groups.get(field.slug) ?? { field, skills: [] };
    if (skill !== field) group.skills.push(skill);
    groups.set(field.slug, group);
  }
  const collator = new Intl.Collator(language);
  const byLabel = (a: SkillOption, b: SkillOption) => collator.compare(a.label, b.label);
  return [...groups.values()]
    .map((group) => ({ field: group.field, skills: group.skills.sort(byLabel) }))
    .sort((a, b) => byLabel(a.field, b.field));
}
