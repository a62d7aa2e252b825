// Seeded random mentor problems for tests and benchmarks: mentors of uneven
// popularity (so that some are over-requested), 1–4 places each, and each
// mentee allowed with a random set of mentors at scores in [0, 1] (3 decimals).

import type { MentorProblem } from '../../../domain/problems/mentors.js';
import { cumulativeWeights, intBetween, mulberry32, pickIndexWeighted } from '../../../domain/random.js';

export interface RandomMentorProblemOptions {
  mentors: number;
  mentees: number;
  seed: number;
  minPairs?: number;
  maxPairs?: number;
  minCapacity?: number;
  maxCapacity?: number;
  /** Share of mentees with no allowed pair at all. */
  isolatedShare?: number;
}

export function randomMentorProblem(options: RandomMentorProblemOptions): MentorProblem {
  const random = mulberry32(options.seed);
  const minPairs = Math.min(options.minPairs ?? 20, options.mentors);
  const maxPairs = Math.min(options.maxPairs ?? 50, options.mentors);
  const mentors = Array.from({ length: options.mentors }, (_, j) => ({
    id: `mentor-${j}`,
    capacity: intBetween(random, options.minCapacity ?? 1, options.maxCapacity ?? 4),
  }));
  const mentees = Array.from({ length: options.mentees }, (_, i) => ({ id: `mentee-${i}` }));
  const popularity = cumulativeWeights(mentors.map(() => 0.2 + random() ** 3));
  const pairs: MentorProblem['pairs'] = [];
  for (const mentee of mentees) {
    if (random() < (options.isolatedShare ?? 0)) continue;
    const wanted = intBetween(random, minPairs, maxPairs);
    const picked = new Set<number>();
    while (picked.size < wanted) picked.add(pickIndexWeighted(random, popularity));
    for (const j of picked) {
      pairs.push({ mentor: mentors[j]!.id, mentee: mentee.id, score: Math.round(random() * 1000) / 1000 });
    }
  }
  return { mentors, mentees, pairs };
}
