// Labels for detected communities: per community, its most characteristic
// skills by tf-idf — the share of its members holding a skill (tf) times how
// rare the skill is across the whole network (idf = ln(N / df)). Each member's
// skills count with their broader skills, so a community of wheel-throwers and
// glaze specialists is still recognised as "ceramics". A skill everybody has
// scores 0. Labels come in the requested languages (fr/en/nl).
import type { UiLanguage } from '../../../domain/entities/common.js';
import { LANGUAGES } from '../../../domain/entities/common.js';
import type { Taxonomy } from '../../../domain/taxonomy.js';

export interface CharacteristicSkill {
  skill: string;
  /** tf-idf */
  score: number;
  /** Share of the community's members with the skill (or a narrower one). */
  share: number;
  labels: Partial<Record<UiLanguage, string>>;
}

export interface CommunityLabel {
  /** Position of the community in the input list. */
  index: number;
  size: number;
  skills: CharacteristicSkill[];
  /** The top skills' labels joined, per language, e.g. "Céramique · Sculpture". */
  label: Partial<Record<UiLanguage, string>>;
}

export interface LabelOptions {
  /** How many skills describe a community (default 3). */
  top?: number;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function labelCommunities(
  communities: readonly (readonly string[])[],
  memberSkills: ReadonlyMap<string, readonly string[]>,
  taxonomy: Taxonomy,
  languages: readonly UiLanguage[] = LANGUAGES,
  options: LabelOptions = {},
): CommunityLabel[] {
  const top = options.top ?? 3;
  const expanded = new Map<string, string[]>();
  const documentFrequency = new Map<string, number>();
  for (const [member, skills] of memberSkills) {
    const all = new Set<string>();
    for (const skill of skills) {
      all.add(skill);
      for (const ancestor of taxonomy.ancestors(skill)) all.add(ancestor);
    }
    const list = [...all];
    expanded.set(member, list);
    for (const skill of list) documentFrequency.set(skill, (documentFrequency.get(skill) ?? 0) + 1);
  }
  const networkSize = memberSkills.size;

  return communities.map((members, index) => {
    const counts = new Map<string, number>();
    for (const member of members) {
      for (const skill of expanded.get(member) ?? []) counts.set(skill, (counts.get(skill) ?? 0) + 1);
    }
    const ranked = [...counts]
      .map(([skill, count]) => {
        const share = count / members.length;
        return { skill, share, score: share * Math.log(networkSize / documentFrequency.get(skill)!) };
      })
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || (a.skill < b.skill ? -1 : 1))
      .slice(0, top);
    const skills: CharacteristicSkill[] = ranked.map((s) => ({
      skill: s.skill,
      score: round(s.score),
      share: round(s.share),
      labels: Object.fromEntries(languages.map((language) => [language, taxonomy.label(s.skill, language)])),
    }));
    const label = Object.fromEntries(
      languages.map((language) => [language, skills.map((s) => s.labels[language]).join(' · ')]),
    );
    return { index, size: members.length, skills, label };
  });
}
