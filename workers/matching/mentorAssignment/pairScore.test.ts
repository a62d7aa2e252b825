import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAIR_SCORE_OPTIONS,
  type MentoringOffer,
  type MentoringRequest,
  scorePair,
} from './pairScore.js';
import { SkillAffinity } from './skillAffinity.js';
import { craftsTaxonomy } from './testTaxonomy.js';

const affinity = new SkillAffinity(craftsTaxonomy());
const lille = { lat: 50.6292, lon: 3.0573 };
const roubaix = { lat: 50.6942, lon: 3.1746 };
const brussels = { lat: 50.8503, lon: 4.3517 };

const request: MentoringRequest = {
  id: 'newcomer',
  wanted: [{ skill: 'ceramics', level: 1 }],
  languages: ['fr'],
  filieres: ['ceramics'],
  location: lille,
  inPerson: false,
  consent: true,
};
const offer: MentoringOffer = {
  id: 'potter',
  offered: [{ skill: 'ceramics', level: 5 }],
  languages: ['fr', 'nl'],
  filieres: [],
  location: roubaix,
  capacity: 2,
  consent: true,
  feedback: [],
};

const score = (r: Partial<MentoringRequest>, o: Partial<MentoringOffer>) =>
  scorePair({ ...request, ...r }, { ...offer, ...o }, affinity);

describe('SkillAffinity', () => {
  it('classifies exact, broader, narrower and related skills', () => {
    expect(affinity.match('ceramics', 'ceramics')?.match).toBe('exact');
    expect(affinity.match('wheel-throwing', 'ceramics')).toEqual({ match: 'broader', points: 0.6 });
    expect(affinity.match('wheel-throwing', 'crafts')).toEqual({ match: 'broader', points: 0.4 });
    expect(affinity.match('ceramics', 'wheel-throwing')?.match).toBe('narrower');
    expect(affinity.match('sculpture', 'ceramics')?.match).toBe('related');
    expect(affinity.match('ceramics', 'photography')).toBeNull();
    expect(affinity.neighbourhood('ceramics').sort()).toEqual([
      'ceramics',
      'crafts',
      'sculpture',
      'wheel-throwing',
    ]);
  });
});

describe('scorePair', () => {
  it('scores an allowed pair in [0, 1] with its reasons', () => {
    const result = score({}, {});
    expect(result.allowed).toBe(true);
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThanOrEqual(1);
    expect(result.reasons.map((r) => r.factor)).toEqual([
      'skill',
      'language',
      'level',
      'filiere',
      'feedback',
    ]);
    expect(result.reasons[0]).toEqual({
      factor: 'skill',
      wanted: 'ceramics',
      offered: 'ceramics',
      match: 'exact',
      points: 1,
    });
    expect(result.reasons[1]).toEqual({ factor: 'language', shared: ['fr'] });
  });

  it('ranks exact above broader/narrower above related skills', () => {
    const exact = score({}, {}).score;
    const narrower = score({}, { offered: [{ skill: 'wheel-throwing', level: 5 }] }).score;
    const related = score({}, { offered: [{ skill: 'sculpture', level: 5 }] }).score;
    expect(exact).toBeGreaterThan(narrower);
    expect(narrower).toBeGreaterThan(related);
    expect(score({}, { offered: [{ skill: 'photography', level: 5 }] }).reasons).toEqual([
      { factor: 'blocked', cause: 'no-matching-skill' },
    ]);
  });

  it('requires a shared language and both consents', () => {
    expect(score({ languages: ['en'] }, {})).toEqual({
      allowed: false,
      score: 0,
      reasons: [{ factor: 'blocked', cause: 'no-shared-language' }],
    });
    expect(score({ consent: false }, {}).reasons[0]).toEqual({ factor: 'blocked', cause: 'no-consent' });
    expect(score({}, { consent: false }).allowed).toBe(false);
    expect(score({ id: 'potter' }, {}).reasons[0]).toEqual({ factor: 'blocked', cause: 'same-member' });
  });

  it('caps distance only for in-person requests, and prefers the closer mentor', () => {
    expect(score({ inPerson: false }, { location: brussels }).allowed).toBe(true);
    const far = score({ inPerson: true }, { location: brussels });
    expect(far.allowed).toBe(false);
    expect(far.reasons[0]).toMatchObject({ factor: 'blocked', cause: 'too-far' });
    const near = score({ inPerson: true }, { location: roubaix });
    const wider = scorePair({ ...request, inPerson: true }, { ...offer, location: brussels }, affinity, {
      ...DEFAULT_PAIR_SCORE_OPTIONS,
      maxDistanceKm: 150,
    });
    expect(near.allowed && wider.allowed).toBe(true);
    expect(near.score).toBeGreaterThan(wider.score);
    expect(near.reasons.find((r) => r.factor === 'distance')).toMatchObject({ factor: 'distance' });
  });

  it('rewards a larger level gap, a shared filière and good feedback', () => {
    expect(score({}, {}).score).toBeGreaterThan(
      score({}, { offered: [{ skill: 'ceramics', level: 2 }] }).score,
    );
    expect(score({}, { filieres: ['ceramics'] }).score).toBeGreaterThan(score({}, {}).score);
    const good = score({}, { feedback: [5, 5, 4] }).score;
    const none = score({}, { feedback: [] }).score;
    const poor = score({}, { feedback: [1, 2] }).score;
    expect(good).toBeGreaterThan(none);
    expect(none).toBeGreaterThan(poor);
  });
});
