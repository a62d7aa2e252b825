// Reading a stored team suggestion back: roles and pair distances come from the
// structure the solver stored, whatever the order of the targets; older
// suggestions (reasons only, or free text) still read, without distances.
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../domain/entities/suggestion.js';
import { storeTeamReasons } from '../../domain/entities/teamReasons.js';
import {
  isComplete,
  leavingMember,
  skillsNamed,
  suggestedMembers,
  suggestedPairs,
  teamReasons,
} from './suggestedTeam.js';

function teamSuggestion(overrides: Partial<Suggestion>): Suggestion {
  return {
    id: 'sug_1',
    kind: 'team',
    subjectId: 'tdr_1',
    targetIds: ['m_b', 'm_a', 'm_c'],
    score: 4,
    explanation: 'A team.',
    status: 'new',
    algorithmVersion: 'team-product@2',
    createdAt: 1,
    ...overrides,
  };
}

describe('suggestedTeam', () => {
  it('takes roles and distances from the stored structure, not from positions', () => {
    const suggestion = teamSuggestion({
      team: {
        assignment: [
          { member: 'm_a', skill: 'carpentry' },
          { member: 'm_b', skill: 'ceramics' },
        ],
        pairs: [
          { a: 'm_a', b: 'm_b', distance: 1 },
          { a: 'm_a', b: 'm_c', distance: 5 },
          { a: 'm_b', b: 'm_c', distance: 3 },
        ],
      },
    });
    expect(suggestedMembers(suggestion)).toEqual([
      { memberId: 'm_b', role: 'ceramics' },
      { memberId: 'm_a', role: 'carpentry' },
      { memberId: 'm_c', role: null },
    ]);
    expect(suggestedPairs(suggestion)).toEqual(suggestion.team?.pairs);
  });

  it('reads a suggestion stored before the structure from its `fills` reasons, with no distances', () => {
    const suggestion = teamSuggestion({
      targetIds: ['m_a', 'm_b'],
      explanation: storeTeamReasons([
        { code: 'team', size: 2, complete: true },
        { code: 'fills', member: 'm_b', skill: 'ceramics', via: null, level: 4, minLevel: 3, years: 2 },
        { code: 'noSlot', member: 'm_a' },
      ]),
    });
    expect(suggestedMembers(suggestion)).toEqual([
      { memberId: 'm_a', role: null },
      { memberId: 'm_b', role: 'ceramics' },
    ]);
    expect(suggestedPairs(suggestion)).toEqual([]);
    expect(teamReasons(suggestion).map((r) => r.code)).toEqual(['team', 'fills', 'noSlot']);
    expect(isComplete(suggestion)).toBe(true);
    expect(leavingMember(suggestion)).toBeNull();
    expect(skillsNamed(suggestion)).toEqual(['ceramics']);
  });

  it('says a replacement who leaves, and a partial team what nobody covers', () => {
    const suggestion = teamSuggestion({
      explanation: storeTeamReasons([
        { code: 'replaces', leaving: 'm_x', newcomers: ['m_c'] },
        { code: 'team', size: 3, complete: false },
        { code: 'fills', member: 'm_c', skill: 'ceramics', via: 'raku', level: 4, minLevel: 3, years: 2 },
        {
          code: 'uncovered',
          skill: 'carpentry',
          minLevel: 3,
          count: 1,
          missing: 1,
          radiusKm: 40,
          level: null,
        },
      ]),
    });
    expect(isComplete(suggestion)).toBe(false);
    expect(leavingMember(suggestion)).toBe('m_x');
    expect(skillsNamed(suggestion)).toEqual(['ceramics', 'raku', 'carpentry']);
  });

  it('reads an old free-text suggestion as members without roles', () => {
    const suggestion = teamSuggestion({ targetIds: ['m_a'] });
    expect(suggestedMembers(suggestion)).toEqual([{ memberId: 'm_a', role: null }]);
    expect(suggestedPairs(suggestion)).toEqual([]);
    expect(teamReasons(suggestion)).toEqual([]);
  });
});
