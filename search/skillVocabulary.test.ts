import { describe, expect, it } from 'vitest';
import { loadReferenceData } from '../domain/referenceData.js';
import { Taxonomy } from '../domain/taxonomy.js';
import { SkillVocabulary } from './skillVocabulary.js';

const skills = new SkillVocabulary(new Taxonomy(loadReferenceData().skills));

describe('SkillVocabulary', () => {
  it('finds skills by any word of their labels, in any language', () => {
    expect(skills.skillsWithWord('keramist')).toEqual(['ceramics']);
    expect(skills.skillsWithWord('portrait')).toContain('portrait-photography');
    expect(skills.skillsWithWord('nope')).toEqual([]);
    expect(skills.knows('pottenbakker')).toBe(true);
  });

  it('finds skills by word prefix', () => {
    expect(skills.skillsWithWordPrefix('kerami')).toEqual(
      expect.arrayContaining(['ceramics', 'kiln-firing']),
    );
    expect(skills.skillsWithWordPrefix('zzz')).toEqual([]);
  });

  it('expands broad skills to their narrower skills', () => {
    expect(skills.withNarrower(['ceramics']).sort()).toEqual(
      ['ceramic-glazing', 'ceramics', 'kiln-firing', 'wheel-throwing'].sort(),
    );
  });

  it('puts each word once, at the best level of the skills it belongs to', () => {
    const byLevel = skills.wordsByBestLevel([
      { id: 'ceramics', level: 2 },
      { id: 'wheel-throwing', level: 4 },
    ]);
    expect(byLevel[3]).toContain('ceramique');
    expect(byLevel[1]).toContain('keramist');
    expect(byLevel[1]).not.toContain('ceramique');
    const all = byLevel.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(skills.wordsByBestLevel([{ id: 'ceramics', level: 2 }])[1]).toContain('ceramique');
  });

  it('makes every label of a skill a synonym of the others, for Meilisearch', () => {
    const groups = skills.synonymGroups();
    expect(groups.keramist).toEqual(
      expect.arrayContaining(['ceramique', 'ceramist', 'ceramiste', 'pottery']),
    );
    expect(groups.ceramiste).toContain('keramist');
  });
});
