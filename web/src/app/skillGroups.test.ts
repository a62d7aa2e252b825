import { describe, expect, it } from 'vitest';
import type { SkillOption } from '../graphql/types.js';
import { groupSkills } from './skillGroups.js';

const skill = (slug: string, label: string, broader: string | null = null): SkillOption => ({
  slug,
  label,
  broader: broader ? { slug: broader } : null,
  altLabels: [],
});

describe('groupSkills', () => {
  it('puts every skill under its top-level field, grandchildren included, sorted by label', () => {
    const groups = groupSkills(
      [
        skill('crafts', 'Métiers d’art'),
        skill('wood', 'Bois', 'crafts'),
        skill('marquetry', 'Marqueterie', 'wood'),
        skill('ceramics', 'Céramique', 'crafts'),
        skill('audiovisual', 'Audiovisuel'),
        skill('editing', 'Montage', 'audiovisual'),
      ],
      'fr',
    );
    expect(groups.map((g) => g.field.slug)).toEqual(['audiovisual', 'crafts']);
    expect(groups[1]?.skills.map((s) => s.slug)).toEqual(['wood', 'ceramics', 'marquetry']);
    expect(groups[0]?.skills.map((s) => s.slug)).toEqual(['editing']);
  });

  it('sorts accented labels by the language collation, not by code point', () => {
    const groups = groupSkills([skill('e', 'Ébénisterie'), skill('d', 'Dorure'), skill('f', 'Forge')], 'fr');
    expect(groups.map((g) => g.field.label)).toEqual(['Dorure', 'Ébénisterie', 'Forge']);
  });
});
