import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../domain/errors.js';
import { loadReferenceData } from '../../domain/referenceData.js';
import { Taxonomy } from '../../domain/taxonomy.js';
import { EMPTY_TENDER_INPUT, parseTenderInput } from './tenderInput.js';

const taxonomy = new Taxonomy(loadReferenceData().skills);
const [a, b] = loadReferenceData().skills.map((s) => s.id);

function problemsOf(raw: Record<string, unknown>): string[] {
  try {
    parseTenderInput(raw, EMPTY_TENDER_INPUT, taxonomy);
  } catch (error) {
    if (error instanceof BadUserInputError) return error.problems.map((p) => p.path.join('.'));
    throw error;
  }
  return [];
}

describe('tender input', () => {
  it('accepts a tender and trims its texts', () => {
    const parsed = parseTenderInput(
      { title: '  Library  ', requirements: [{ skill: a, minLevel: 3, count: 2 }] },
      EMPTY_TENDER_INPUT,
      taxonomy,
    );
    expect(parsed.title).toBe('Library');
    expect(parsed.requirements).toEqual([{ skill: a, minLevel: 3, count: 2 }]);
  });

  it('names every failing field', () => {
    expect(
      problemsOf({
        title: 'x',
        lat: 50,
        requirements: [
          { skill: 'no-such-skill', minLevel: 3, count: 1 },
          { skill: a, minLevel: 6, count: 1 },
        ],
      }),
    ).toEqual(expect.arrayContaining(['input.lat', 'input.requirements.1.minLevel']));
    expect(
      problemsOf({ title: 'x', requirements: [{ skill: 'no-such-skill', minLevel: 3, count: 1 }] }),
    ).toEqual(['input.requirements.0.skill']);
    expect(problemsOf({ title: 'x', requirements: [] })).toEqual(['input.requirements']);
    expect(
      problemsOf({ title: 'x', radiusKm: 10, requirements: [{ skill: a, minLevel: 1, count: 1 }] }),
    ).toEqual(['input.radiusKm']);
  });

  it('refuses a skill listed twice and a team size below the slots', () => {
    expect(
      problemsOf({
        title: 'x',
        maxTeamSize: 2,
        requirements: [
          { skill: a, minLevel: 2, count: 2 },
          { skill: b, minLevel: 2, count: 1 },
          { skill: a, minLevel: 3, count: 1 },
        ],
      }),
    ).toEqual(['input.requirements.2.skill', 'input.maxTeamSize']);
  });
});
