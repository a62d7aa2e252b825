// Product scoring of a (mentor, mentee) pair, as data the UI can explain.
//
// Blocking conditions (the pair is not allowed): the same member, either side
// without consent to mentoring suggestions, no shared language, no offered
// skill close to any wanted skill, or farther than `maxDistanceKm` when the
// mentee wants to meet in person.
//
// Otherwise the score in [0, 1] is the weighted mean of the applicable factors:
// skill closeness (exact > broader/narrower > related, averaged over wanted
// skills), level gap (the mentor two or more levels ahead is ideal), a shared
// filière, distance (only for in-person requests) and past feedback on the
// mentor (neutral when there is none). Scores are rounded to 1e-6, the step the
// exact assignment works with.
import type { Point } from '../../../domain/geo.js';
import { haversineKm } from '../../../domain/geo.js';
import type { SkillAffinity, SkillMatch } from './skillAffinity.js';

export interface SkillAtLevel {
  skill: string;
  /** 1..5 */
  level: number;
}

export interface MentoringRequest {
  /** The mentee's member id. */
  id: string;
  /** Skills the mentee wants to grow, with their current level (1 = beginner). */
  wanted: SkillAtLevel[];
  languages: string[];
  filieres: string[];
  location: Point | null;
  /** Wants to meet in person: then distance matters and is capped. */
  inPerson: boolean;
  /** The mentee agrees to be suggested mentors (privacy.suggestForMentoring). */
  consent: boolean;
}

export interface MentoringOffer {
  /** The mentor's member id. */
  id: string;
  offered: SkillAtLevel[];
  languages: string[];
  filieres: string[];
  location: Point | null;
  /** Places the mentor still offers (capacity minus active mentorships). */
  capacity: number;
  consent: boolean;
  /** Feedback 1..5 left by the mentor's past mentees. */
  feedback: number[];
}

export interface PairScoreWeights {
  skill: number;
  level: number;
  filiere: number;
  distance: number;
  feedback: number;
}

export interface PairScoreOptions {
  maxDistanceKm: number;
  weights: PairScoreWeights;
}

export const DEFAULT_PAIR_SCORE_OPTIONS: PairScoreOptions = {
  maxDistanceKm: 80,
  weights: { skill: 0.45, level: 0.2, filiere: 0.1, distance: 0.1, feedback: 0.15 },
};

export type BlockingCause =
  | 'same-member'
  | 'no-consent'
  | 'no-shared-language'
  | 'no-matching-skill'
  | 'too-far';

export type PairReason =
  | { factor: 'skill'; wanted: string; offered: string; match: SkillMatch; points: number }
  | { factor: 'level'; gap: number; points: number }
  | { factor: 'language'; shared: string[] }
  | { factor: 'filiere'; shared: string[]; points: number }
  | { factor: 'distance'; km: number | null; points: number }
  | { factor: 'feedback'; average: number | null; count: number; points: number }
  | { factor: 'blocked'; cause: BlockingCause; km?: number };

export interface PairScore {
  allowed: boolean;
  /** In [0, 1]; 0 when not allowed. */
  score: number;
  reasons: PairReason[];
}

function blocked(cause: BlockingCause, km?: number): PairScore {
  return {
    allowed: false,
    score: 0,
    reasons: [{ factor: 'blocked', cause, ...(km === undefined ? {} : { km }) }],
  };
}

function intersection(a: readonly string[], b: readonly string[]): string[] {
  const set = new Set(b);
  return [...new Set(a)].filter((x) => set.has(x));
}

const round = (x: number, step = 1e6) => Math.round(x * step) / step;

export function scorePair(
  request: MentoringRequest,
  offer: MentoringOffer,
  affinity: SkillAffinity,
  options: PairScoreOptions = DEFAULT_PAIR_SCORE_OPTIONS,
): PairScore {
  if (request.id === offer.id) return blocked('same-member');
  if (!request.consent || !offer.consent) return blocked('no-consent');
  const languages = intersection(request.languages, offer.languages);
  if (languages.length === 0) return blocked('no-shared-language');

  // Each wanted skill is served by the closest offered skill (the higher level among equals).
  const skillReasons: PairReason[] = [];
  let skillPoints = 0;
  let levelPoints = 0;
  let served = 0;
  let gapSum = 0;
  for (const wanted of request.wanted) {
    let best: { offered: SkillAtLevel; match: SkillMatch; points: number } | null = null;
    for (const offered of offer.offered) {
      const m = affinity.match(wanted.skill, offered.skill);
      if (!m) continue;
      if (
        !best ||
        m.points > best.points ||
        (m.points === best.points && offered.level > best.offered.level)
      ) {
        best = { offered, ...m };
      }
    }
    if (!best) continue;
    served++;
    skillPoints += best.points;
    const gap = best.offered.level - wanted.level;
    gapSum += gap;
    levelPoints += Math.min(1, Math.max(0, gap / 2));
    skillReasons.push({
      factor: 'skill',
      wanted: wanted.skill,
      offered: best.offered.skill,
      match: best.match,
      points: best.points,
    });
  }
  if (served === 0) return blocked('no-matching-skill');

  let km: number | null = null;
  if (request.location && offer.location) km = haversineKm(request.location, offer.location);
  if (request.inPerson && km !== null && km > options.maxDistanceKm) return blocked('too-far', round(km, 10));

  const w = options.weights;
  const reasons: PairReason[] = [...skillReasons, { factor: 'language', shared: languages }];
  // Skill points are averaged over every wanted skill, so unserved wanted skills count as 0.
  const factors: { weight: number; points: number }[] = [
    { weight: w.skill, points: skillPoints / request.wanted.length },
    { weight: w.level, points: levelPoints / served },
  ];
  reasons.push({ factor: 'level', gap: round(gapSum / served, 100), points: round(levelPoints / served) });

  const filieres = intersection(request.filieres, offer.filieres);
  const filierePoints = filieres.length > 0 ? 1 : 0;
  factors.push({ weight: w.filiere, points: filierePoints });
  reasons.push({ factor: 'filiere', shared: filieres, points: filierePoints });

  if (request.inPerson) {
    // Unknown places are neither rewarded nor excluded.
    const points = km === null ? 0.5 : 1 - km / options.maxDistanceKm;
    factors.push({ weight: w.distance, points });
    reasons.push({ factor: 'distance', km: km === null ? null : round(km, 10), points: round(points) });
  }

  const count = offer.feedback.length;
  const average = count > 0 ? offer.feedback.reduce((sum, x) => sum + x, 0) / count : null;
  const feedbackPoints = average === null ? 0.5 : (average - 1) / 4;
  factors.push({ weight: w.feedback, points: feedbackPoints });
  reasons.push({
    factor: 'feedback',
    average: average === null ? null : round(average, 100),
    count,
    points: round(feedbackPoints),
  });

  const totalWeight = factors.reduce((sum, f) => sum + f.weight, 0);
  const score = totalWeight > 0 ? factors.reduce((sum, f) => sum + f.weight * f.points, 0) / totalWeight : 0;
  return { allowed: true, score: round(score), reasons };
}
