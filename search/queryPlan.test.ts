import { describe, expect, it } from 'vitest';
import { loadReferenceData } from '../domain/referenceData.js';
import { Taxonomy } from '../domain/taxonomy.js';
import { planQuery } from './queryPlan.js';
import { SkillVocabulary } from './skillVocabulary.js';
import { TypoIndex } from './sqlite/typoIndex.js';

const skills = new SkillVocabulary(new Taxonomy(loadReferenceData().skills));
const vocabulary = TypoIndex.build([
  ['oudekerk', 1],
  ['lille', 40],
  ['ceramique', 30],
  ['ceramiste', 12],
  ...[...skills.words()].map((w): [string, number] => [w, 0]),
]);

describe('planQuery', () => {
  it('folds accents and drops function words', () => {
    expect(planQuery('Céramiste à Lille ', vocabulary, skills).map((g) => g.word)).toEqual([
      'ceramiste',
      'lille',
    ]);
  });

  it('corrects unknown words only', () => {
    const [typo, known] = planQuery('céramsite lille ', vocabulary, skills);
    expect(typo!.forms).toEqual(['ceramsite', 'ceramiste']);
    expect(known!.forms).toEqual(['lille']);
  });

  it('names the skills of a word in any language, with their narrower skills', () => {
    const [group] = planQuery('keramist ', vocabulary, skills);
    expect(group!.skills).toEqual(expect.arrayContaining(['ceramics', 'wheel-throwing', 'kiln-firing']));
    const [broad] = planQuery('crafts ', vocabulary, skills);
    expect(broad!.skills).toEqual(expect.arrayContaining(['crafts', 'ceramics', 'woodworking', 'joinery']));
  });

  it('treats the word being typed as a prefix, from 3 letters (1 for autocomplete)', () => {
    expect(planQuery('oudek', vocabulary, skills)[0]!.prefix).toBe('oudek');
    expect(planQuery('oudek ', vocabulary, skills)[0]!.prefix).toBeNull();
    expect(planQuery('ou', vocabulary, skills)[0]!.prefix).toBeNull();
    expect(planQuery('k', vocabulary, skills, 1)[0]!.prefix).toBe('k');
    expect(planQuery('kerami', vocabulary, skills)[0]!.skills).toContain('ceramics');
  });

  it('keeps only words: syntax and SQL are separators', () => {
    expect(planQuery('"NEAR(a*" -b: c\'; DROP--', vocabulary, skills).map((g) => g.word)).toEqual([
      'near',
      'b',
      'c',
      'drop',
    ]);
    expect(planQuery('*** :: ""', vocabulary, skills)).toEqual([]);
  });
});
