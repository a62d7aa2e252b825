// Peer suggestions ("people to meet"): the prepared graph, the query, and the
// taxonomy's complementary skill pairs.
import { type PeerSolution, parsePeerProblem } from '../../../domain/problems/peers.js';
import { buildPeerGraph } from './peerGraph.js';
import { suggestPeers } from './suggestPeers.js';

export { complementarySkillPairs } from './complementarySkills.js';
export { buildPeerGraph, type Incidence, type PeerGraph } from './peerGraph.js';
export {
  DEFAULT_PEER_WEIGHTS,
  type PeerWeights,
  type SuggestPeersOptions,
  suggestPeers,
} from './suggestPeers.js';

/** Parses a canonical peer problem (BadUserInputError naming the field) and answers its query. */
export function solvePeerProblem(json: unknown): PeerSolution {
  const problem = parsePeerProblem(json);
  const graph = buildPeerGraph(problem);
  return {
    member: problem.member,
    suggestions: suggestPeers(graph, problem.member, {
      k: problem.k,
      exclude: problem.exclude,
      optedOut: problem.optedOut,
    }),
  };
}
