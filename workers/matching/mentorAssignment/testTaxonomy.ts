// A small hand-made taxonomy for the mentoring tests: crafts > ceramics >
// wheel-throwing, crafts > woodworking, ceramics RELATED sculpture.
import type { Skill } from '../../../domain/entities/skill.js';
import { Taxonomy } from '../../../domain/taxonomy.js';

function skill(id: string, broader: string | null, related: string[] = []): Skill {
  const label = id.replace(/-/g, ' ');
  return {
    id,
    labels: { fr: `${label} (fr)`, en: label, nl: `${label} (nl)` },
    altLabels: { fr: [], en: [], nl: [] },
    broader,
    related,
    filieres: [],
  };
}

export function craftsTaxonomy(): Taxonomy {
  return new Taxonomy([
    skill('crafts', null),
    skill('ceramics', 'crafts', ['sculpture']),
    skill('wheel-throwing', 'ceramics'),
    skill('woodworking', 'crafts'),
    skill('visual-arts', null),
    skill('sculpture', 'visual-arts'),
    skill('photography', null),
  ]);
}
