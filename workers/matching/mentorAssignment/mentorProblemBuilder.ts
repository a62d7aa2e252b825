// Turns mentoring requests (mentees) and offers (mentors) into the canonical
// mentor problem: only allowed pairs, each mentee keeping its best
// `maxPairsPerMentee` mentors so the problem stays sparse. Candidates come from
// an index of offered skills over each wanted skill's taxonomy neighbourhood,
// so pairs with nothing in common are never scored.
import type { FieldProblem } from '../../../domain/errors.js';
import { BadUserInputError } from '../../../domain/errors.js';
import { indexUniqueIds, type MentorProblem } from '../../../domain/problems/mentors.js';
import type { Taxonomy } from '../../../domain/taxonomy.js';
import {
  DEFAULT_PAIR_SCORE_OPTIONS,
  type MentoringOffer,
  type MentoringRequest,
  type PairReason,
  type PairScoreOptions,
  scorePair,
} from './pairScore.js';
import { SkillAffinity } from './skillAffinity.js';

export interface MentorProblemBuilderOptions extends PairScoreOptions {
  maxPairsPerMentee: number;
}

export interface BuiltMentorProblem {
  problem: MentorProblem;
  /** The reasons of each pair, parallel to `problem.pairs`. */
  pairReasons: PairReason[][];
}

export function buildMentorProblem(
  requests: readonly MentoringRequest[],
  offers: readonly MentoringOffer[],
  taxonomy: Taxonomy,
  options: Partial<MentorProblemBuilderOptions> = {},
): BuiltMentorProblem {
  const { maxPairsPerMentee = 50, ...scoreOverrides } = options;
  const scoreOptions: PairScoreOptions = { ...DEFAULT_PAIR_SCORE_OPTIONS, ...scoreOverrides };
  const problems: FieldProblem[] = [];
  indexUniqueIds(
    requests.map((r) => r.id),
    (i) => ['requests', i, 'id'],
    problems,
  );
  indexUniqueIds(
    offers.map((o) => o.id),
    (i) => ['offers', i, 'id'],
    problems,
  );
  offers.forEach((offer, j) => {
    if (!Number.isInteger(offer.capacity) || offer.capacity < 0) {
      problems.push({ path: ['offers', j, 'capacity'], message: 'must be a whole number ≥ 0' });
    }
  });
  if (problems.length > 0) throw new BadUserInputError(problems);

  const affinity = new SkillAffinity(taxonomy);
  const offersBySkill = new Map<string, number[]>();
  offers.forEach((offer, j) => {
    if (offer.capacity === 0 || !offer.consent) return;
    for (const { skill } of offer.offered) {
      const list = offersBySkill.get(skill) ?? [];
      if (list.at(-1) !== j) list.push(j);
      offersBySkill.set(skill, list);
    }
  });

  const pairs: MentorProblem['pairs'] = [];
  const pairReasons: PairReason[][] = [];
  for (const request of requests) {
    const candidates = new Set<number>();
    for (const { skill } of request.wanted) {
      for (const near of affinity.neighbourhood(skill)) {
        for (const j of offersBySkill.get(near) ?? []) candidates.add(j);
      }
    }
    const scored: { j: number; score: number; reasons: PairReason[] }[] = [];
    for (const j of [...candidates].sort((a, b) => a - b)) {
      const result = scorePair(request, offers[j]!, affinity, scoreOptions);
      if (result.allowed) scored.push({ j, score: result.score, reasons: result.reasons });
    }
    scored.sort((a, b) => b.score - a.score || a.j - b.j);
    for (const { j, score, reasons } of scored.slice(0, maxPairsPerMentee)) {
      pairs.push({ mentor: offers[j]!.id, mentee: request.id, score });
      pairReasons.push(reasons);
    }
  }

  return {
    problem: {
      mentors: offers.map((o) => ({ id: o.id, capacity: o.capacity })),
      mentees: requests.map((r) => ({ id: r.id })),
      pairs,
    },
    pairReasons,
  };
}
