// Turns optional product-scoring input into the solvers' per-candidate penalties.
import type { TeamProblem } from '../../../domain/problems/team.js';
import { memberPenalties, type ProductScoringInput, parseProductScoring } from './productScore.js';

/** undefined (canonical cost alone) when no scoring is asked; zeros when every weight is 0. */
export function penaltiesFor(
  problem: TeamProblem,
  scoring: ProductScoringInput | undefined,
): Float64Array | undefined {
  return scoring === undefined ? undefined : memberPenalties(problem, parseProductScoring(scoring));
}
