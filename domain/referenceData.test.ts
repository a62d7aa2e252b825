import { describe, expect, it } from 'vitest';
import { loadReferenceData } from './referenceData.js';
import { foldText, Taxonomy } from './taxonomy.js';

describe('reference data', () => {
  const data = loadReferenceData();

  it('holds the counts of ../shared/data/README.md', () => {
    expect(data.spaces).toHaveLength(90);
    expect(data.communities).toHaveLength(61);
    expect(data.filieres).toHaveLength(16);
    expect(data.skills).toHaveLength(217);
  });

  it('resolves every reference', () => {
    const skills = new Set(data.skills.map((s) => s.id));
    const communities = new Set(data.communities.map((c) => c.id));
    for (const f of data.filieres)
      for (const s of f.coreSkills) expect(skills.has(s), `${f.id}→${s}`).toBe(true);
    for (const s of data.spaces) if (s.community) expect(communities.has(s.community)).toBe(true);
    for (const s of data.skills) if (s.broader) expect(skills.has(s.broader)).toBe(true);
  });
});

describe('taxonomy', () => {
  const taxonomy = new Taxonomy(loadReferenceData().skills);

  it('walks the hierarchy both ways', () => {
    const ceramics = taxonomy.get('ceramics');
    expect(ceramics?.broader).toBe('crafts');
    expect(taxonomy.selfAndDescendants('crafts')).toContain('ceramics');
    expect(taxonomy.ancestors('ceramics')).toEqual(['crafts']);
  });

  it('folds accents and case in terms', () => {
    expect(foldText('Céramiste  Potière')).toBe('ceramiste potiere');
    expect(taxonomy.terms('ceramics')).toContain('keramist');
    expect(taxonomy.terms('ceramics')).toContain('ceramiste');
  });
});
