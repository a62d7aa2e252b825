// Community detection: Leiden (and the Louvain it refines) on CSR graphs,
// modularity and NMI, labels from characteristic skills, and the builder of
// the weighted member graph.
import { type CommunitySolution, parseCommunityProblem } from '../../../domain/problems/communities.js';
import { DEFAULT_COMMUNITY_SEED, detectCommunities } from './detectCommunities.js';

export {
  communitiesOf,
  DEFAULT_COMMUNITY_SEED,
  type DetectCommunitiesOptions,
  detectCommunities,
  graphOfProblem,
} from './detectCommunities.js';
export {
  type CharacteristicSkill,
  type CommunityLabel,
  type LabelOptions,
  labelCommunities,
} from './labelCommunities.js';
export { type LeidenOptions, type LeidenResult, leiden } from './leiden.js';
export { type LouvainOptions, type LouvainResult, louvain } from './louvain.js';
export {
  detectMemberCommunities,
  type MemberCommunities,
  type MemberCommunitiesOptions,
  type MemberCommunity,
} from './memberCommunities.js';
export {
  buildMemberGraph,
  DEFAULT_MEMBER_GRAPH_OPTIONS,
  keepHeaviestEdges,
  type MemberGraph,
  type MemberGraphInput,
  type MemberGraphOptions,
} from './memberGraph.js';
export { modularity } from './modularity.js';
export { normalizedMutualInformation } from './normalizedMutualInformation.js';
export { buildWeightedGraph, type WeightedGraph, weightedDegrees } from './weightedGraph.js';

/**
 * Seeded Leiden starts for the canonical problem (`passerelle match
 * communities`): at high mixing (μ 0.45–0.5) four starts recover planted
 * partitions better than one and than graphology's Louvain
 * (test/bench/results/communityDetection.json, "mixingSweep").
 */
export const CANONICAL_COMMUNITY_STARTS = 4;

/** Parses a canonical community problem (BadUserInputError naming the field) and solves it with a fixed seed. */
export function solveCommunityProblem(json: unknown, seed = DEFAULT_COMMUNITY_SEED): CommunitySolution {
  return detectCommunities(parseCommunityProblem(json), { seed, starts: CANONICAL_COMMUNITY_STARTS });
}
