// Canonical community-detection problem (`passerelle match communities --input
// FILE`): an undirected weighted graph and a modularity resolution. The answer
// lists the communities (largest first, members sorted) and the modularity of
// that partition. This shape is a public contract.
//
// Repeated edges between the same two nodes add up their weights; an edge from
// a node to itself is a self-loop (it counts in its node's degree twice, as in
// the usual modularity definition).
import { z } from 'zod';
import { BadUserInputError, type FieldProblem } from '../errors.js';
import { parseInput } from '../validation.js';
import { checkReference, indexUniqueIds } from './mentors.js';

export const communityProblemSchema = z.object({
  nodes: z.array(z.string().min(1, 'must not be empty')),
  edges: z.array(
    z.object({
      source: z.string().min(1, 'must not be empty'),
      target: z.string().min(1, 'must not be empty'),
      weight: z
        .number()
        .refine((x) => Number.isFinite(x), 'must be a finite number')
        .refine((x) => x >= 0, 'must be ≥ 0')
        .default(1),
    }),
  ),
  resolution: z
    .number()
    .refine((x) => Number.isFinite(x), 'must be a finite number')
    .refine((x) => x > 0, 'must be > 0')
    .default(1),
});
export type CommunityProblem = z.infer<typeof communityProblemSchema>;

export interface CommunitySolution {
  /** Largest first (then by first member); members sorted. */
  communities: string[][];
  modularity: number;
}

/** Parses and checks a community problem: duplicate nodes, edges naming missing nodes, weights, resolution. */
export function parseCommunityProblem(json: unknown): CommunityProblem {
  const problem = parseInput(communityProblemSchema, json);
  const problems: FieldProblem[] = [];
  const nodes = indexUniqueIds(problem.nodes, (i) => ['nodes', i], problems);
  problem.edges.forEach((edge, i) => {
    checkReference(nodes, edge.source, ['edges', i, 'source'], 'node', problems);
    checkReference(nodes, edge.target, ['edges', i, 'target'], 'node', problems);
  });
  if (problems.length > 0) throw new BadUserInputError(problems);
  return problem;
}
