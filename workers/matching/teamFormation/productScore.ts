// Product scoring: weighted per-member terms added to the canonical
// communication cost, so that the product can prefer available members, close
// to the tender's place, who are not already in many open bids. Each term is
// expressed in "hops" so the weights are comparable with the canonical cost;
// with every weight at 0 the score IS the canonical cost.
import { z } from 'zod';
import { latitudeSchema, longitudeSchema } from '../../../domain/entities/common.js';
import { BadUserInputError } from '../../../domain/errors.js';
import { haversineKm } from '../../../domain/geo.js';
import type { TeamProblem } from '../../../domain/problems/team.js';
import { parseInput } from '../../../domain/validation.js';

const weight = z.number().min(0, 'must be ≥ 0').default(0);

export const productScoringSchema = z.object({
  weights: z
    .object({
      /** Per member: weight × (1 − availability). */
      availability: weight,
      /** Per member: weight × km to the tender's place / kmPerUnit. */
      distance: weight,
      /** Per member: weight × number of open bids the member is already in. */
      load: weight,
    })
    .prefault({}),
  /** The tender's place (required when weights.distance > 0). */
  place: z.object({ lat: latitudeSchema, lon: longitudeSchema }).optional(),
  /** Open bids per member id; absent members have none. */
  openBids: z.record(z.string(), z.number().int('must be a whole number').min(0, 'must be ≥ 0')).default({}),
  /** How many km count as one unit of the distance term (default 50). */
  kmPerUnit: z.number().positive('must be > 0').default(50),
  /** Availability assumed for candidates who do not give one (default 0.5). */
  defaultAvailability: z.number().min(0).max(1).default(0.5),
  /** Distance assumed for candidates without a location (default 200 km). */
  unknownDistanceKm: z.number().min(0).default(200),
});
export type ProductScoringInput = z.input<typeof productScoringSchema>;
export type ProductScoring = z.output<typeof productScoringSchema>;

export function parseProductScoring(input: unknown): ProductScoring {
  const scoring = parseInput(productScoringSchema, input, ['scoring']);
  if (scoring.weights.distance > 0 && !scoring.place) {
    throw BadUserInputError.at(['scoring', 'place'], 'is required when weights.distance > 0');
  }
  return scoring;
}

/** Every weight is 0: the product score equals the canonical cost. */
export function isNeutral(scoring: ProductScoring): boolean {
  const { availability, distance, load } = scoring.weights;
  return availability === 0 && distance === 0 && load === 0;
}

/** The weighted product terms of one candidate (≥ 0). */
export function memberPenalty(candidate: TeamProblem['candidates'][number], scoring: ProductScoring): number {
  const { weights } = scoring;
  let penalty = 0;
  if (weights.availability > 0) {
    penalty += weights.availability * (1 - (candidate.availability ?? scoring.defaultAvailability));
  }
  if (weights.distance > 0 && scoring.place) {
    const km = candidate.location
      ? haversineKm(candidate.location, scoring.place)
      : scoring.unknownDistanceKm;
    penalty += (weights.distance * km) / scoring.kmPerUnit;
  }
  if (weights.load > 0) penalty += weights.load * (scoring.openBids[candidate.id] ?? 0);
  return penalty;
}

/** Per-candidate penalties in candidate order, for the solvers' objective. */
export function memberPenalties(problem: TeamProblem, scoring: ProductScoring): Float64Array {
  return Float64Array.from(problem.candidates, (c) => memberPenalty(c, scoring));
}

/** A team's product score: its canonical cost plus its members' weighted terms. */
export function productScore(
  problem: TeamProblem,
  team: { members: readonly string[]; cost: number },
  scoring: ProductScoring,
): number {
  const byId = new Map(problem.candidates.map((c) => [c.id, c]));
  return team.members.reduce((score, id) => score + memberPenalty(byId.get(id)!, scoring), team.cost);
}
