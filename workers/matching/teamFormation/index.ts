// Team formation for a tender: the public surface of workers/matching/teamFormation.
export type {
  SlotAssignment,
  Team,
  TeamExplanation,
  TeamProblem,
  TeamSolution,
  TeamSolverReport,
} from '../../../domain/problems/team.js';
export { parseTeamProblem } from '../../../domain/problems/team.js';
export { explainTeam } from './explainTeam.js';
export {
  reducedProblem,
  solveTeamOrPartial,
  type TeamSolutionWithGaps,
  type UncoveredRequirement,
} from './partialTeam.js';
export {
  isNeutral,
  memberPenalty,
  type ProductScoring,
  type ProductScoringInput,
  parseProductScoring,
  productScore,
  productScoringSchema,
} from './productScore.js';
export { type CurrentTeam, replaceMember } from './replaceMember.js';
export { DEFAULT_NODE_BUDGET, type SolveTeamOptions } from './solveInstance.js';
export { type SolveTeamProblemOptions, solveTeam, solveTeamProblem } from './solveTeam.js';
