// Each reason a mentee can be left without a proposal, on hand-made mentees and
// mentors over the real taxonomy (no store needed).
import { describe, expect, it } from 'vitest';
import type { MentoringMode } from '../../domain/entities/mentoringMode.js';
import { loadReferenceData } from '../../domain/referenceData.js';
import { Taxonomy } from '../../domain/taxonomy.js';
import { SkillAffinity } from '../matching/mentorAssignment/index.js';
import { modesFit } from './mentoringModes.js';
import type { Mentee, Mentor } from './mentoringParticipants.js';
import { unmatchedReason } from './unmatchedReason.js';

const taxonomy = new Taxonomy(loadReferenceData().skills);
const affinity = new SkillAffinity(taxonomy);
const SKILL = taxonomy.skills[0]!.id;
const OTHER = taxonomy.skills.find((s) => affinity.match(s.id, SKILL) === null)!.id;
const BRUSSELS = { lat: 50.85, lon: 4.35 };
const ANTWERP = { lat: 51.22, lon: 4.4 };
const MARSEILLE = { lat: 43.3, lon: 5.37 };

function mentee(overrides: { skill?: string; mode?: MentoringMode; languages?: string[] } = {}): Mentee {
  const mode = overrides.mode ?? 'either';
  return {
    request: {
      memberId: 'x',
      skills: [overrides.skill ?? SKILL],
      filiere: null,
      languages: overrides.languages ?? ['fr'],
      city: null,
      lat: BRUSSELS.lat,
      lon: BRUSSELS.lon,
      mode,
      goals: '',
      status: 'open',
      createdAt: 0,
      updatedAt: 0,
    },
    scoring: {
      id: 'x',
      wanted: [{ skill: overrides.skill ?? SKILL, level: 1 }],
      languages: overrides.languages ?? ['fr'],
      filieres: [],
      location: BRUSSELS,
      inPerson: mode === 'in_person',
      consent: true,
    },
    spaceIds: [],
    filiereIds: [],
  };
}

function mentor(
  id: string,
  overrides: { mode?: MentoringMode; at?: typeof BRUSSELS; capacity?: number } = {},
): Mentor {
  return {
    offer: {
      memberId: id,
      skills: [SKILL],
      capacity: 1,
      languages: ['fr'],
      mode: overrides.mode ?? 'either',
      status: 'open',
      createdAt: 0,
      updatedAt: 0,
    },
    scoring: {
      id,
      offered: [{ skill: SKILL, level: 4 }],
      languages: ['fr'],
      filieres: [],
      location: overrides.at ?? ANTWERP,
      capacity: overrides.capacity ?? 1,
      consent: true,
      feedback: [],
    },
  };
}

const none = () => false;

describe('unmatchedReason', () => {
  it('names the most basic cause first', () => {
    expect(unmatchedReason(mentee({ skill: OTHER }), [mentor('a')], affinity, none)).toBe(
      'no mentor for that skill',
    );
    expect(unmatchedReason(mentee({ languages: ['de'] }), [mentor('a')], affinity, none)).toBe(
      'no shared language',
    );
    expect(
      unmatchedReason(mentee({ mode: 'in_person' }), [mentor('a', { at: MARSEILLE })], affinity, none),
    ).toBe('too far for an in-person meeting');
    expect(
      unmatchedReason(mentee({ mode: 'in_person' }), [mentor('a', { mode: 'remote' })], affinity, none),
    ).toBe('no mentor for that way of meeting');
    expect(
      unmatchedReason(mentee(), [mentor('a'), mentor('b')], affinity, (m) => m === 'a' || m === 'b'),
    ).toBe('every possible mentor declined');
    expect(unmatchedReason(mentee(), [mentor('a', { capacity: 0 })], affinity, none)).toBe(
      'capacity exhausted',
    );
  });

  it('ignores a mentor who is the mentee themself', () => {
    expect(unmatchedReason(mentee(), [mentor('x')], affinity, none)).toBe('no mentor for that skill');
  });
});

describe('modesFit', () => {
  it('accepts "either" on any side and equal modes only otherwise', () => {
    expect(modesFit('either', 'remote')).toBe(true);
    expect(modesFit('in_person', 'either')).toBe(true);
    expect(modesFit('remote', 'remote')).toBe(true);
    expect(modesFit('remote', 'in_person')).toBe(false);
  });
});
