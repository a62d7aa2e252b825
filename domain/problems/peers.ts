// Canonical peer-suggestion problem ("people to meet"): the network (members
// with their skills and spaces, collaboration edges, complementary skill
// pairs) and one query (a member, how many suggestions, who must not be
// suggested).
//
// ```jsonc
// { "members": [{ "id": "m1", "skills": ["ceramics"], "spaces": ["la-briqueterie"] }],
//   "collaborations": [{ "source": "m1", "target": "m2", "weight": 1 }],
//   "complementary": [["ceramics", "interior-design"]],   // undirected skill pairs
//   "member": "m1", "k": 10,
//   "exclude": ["m7"],      // e.g. suggestions the member dismissed
//   "optedOut": ["m9"] }    // members who do not want to be suggested
// // → { "member": "m1",
// //     "suggestions": [{ "member": "m5", "score": 0.61,
// //        "sharedNeighbours": ["m2"], "sharedSpaces": ["la-briqueterie"],
// //        "sharedSkills": ["ceramics"],
// //        "complementarySkills": [{ "mine": "ceramics", "theirs": "interior-design" }] }] }
// ```
// Suggestions never include the member, their existing collaborators, or
// anyone excluded or opted out. Scores are in [0, 1], best first; ties keep
// the members' input order. `collaborations` weights default to 1; `k` to 10.
import { z } from 'zod';
import { BadUserInputError, type FieldProblem } from '../errors.js';
import { parseInput } from '../validation.js';
import { checkReference, indexUniqueIds } from './mentors.js';

const idSchema = z.string().min(1, 'must not be empty');

export const peerNetworkSchema = z.object({
  members: z.array(
    z.object({
      id: idSchema,
      skills: z.array(idSchema).default([]),
      spaces: z.array(idSchema).default([]),
    }),
  ),
  collaborations: z
    .array(
      z.object({
        source: idSchema,
        target: idSchema,
        weight: z
          .number()
          .refine((x) => Number.isFinite(x), 'must be a finite number')
          .refine((x) => x >= 0, 'must be ≥ 0')
          .default(1),
      }),
    )
    .default([]),
  complementary: z.array(z.tuple([idSchema, idSchema])).default([]),
});
export type PeerNetwork = z.infer<typeof peerNetworkSchema>;

export const peerQuerySchema = z.object({
  member: idSchema,
  k: z.number().int('must be a whole number').min(1, 'must be ≥ 1').default(10),
  exclude: z.array(idSchema).default([]),
  optedOut: z.array(idSchema).default([]),
});
export type PeerQuery = z.infer<typeof peerQuerySchema>;

export const peerProblemSchema = peerNetworkSchema.extend(peerQuerySchema.shape);
export type PeerProblem = z.infer<typeof peerProblemSchema>;

export interface PeerSuggestion {
  member: string;
  score: number;
  /** Collaborators both have (rarely connected ones first). */
  sharedNeighbours: string[];
  sharedSpaces: string[];
  /** Skills both have, rarest first. */
  sharedSkills: string[];
  /** A skill of the member and a complementary skill the suggested peer has and the member lacks. */
  complementarySkills: { mine: string; theirs: string }[];
}

export interface PeerSolution {
  member: string;
  suggestions: PeerSuggestion[];
}

/** Duplicate member ids and collaborations naming unknown members, reported by path. */
export function checkPeerNetwork(network: PeerNetwork, problems: FieldProblem[]): Map<string, number> {
  const index = indexUniqueIds(
    network.members.map((m) => m.id),
    (i) => ['members', i, 'id'],
    problems,
  );
  network.collaborations.forEach((c, i) => {
    checkReference(index, c.source, ['collaborations', i, 'source'], 'member', problems);
    checkReference(index, c.target, ['collaborations', i, 'target'], 'member', problems);
  });
  return index;
}

/** Parses a whole peer problem: network checks plus the query's member, exclude and optedOut ids. */
export function parsePeerProblem(json: unknown): PeerProblem {
  const problem = parseInput(peerProblemSchema, json);
  const problems: FieldProblem[] = [];
  const index = checkPeerNetwork(problem, problems);
  checkReference(index, problem.member, ['member'], 'member', problems);
  for (const list of ['exclude', 'optedOut'] as const) {
    for (const [i, id] of problem[list].entries()) checkReference(index, id, [list, i], 'member', problems);
  }
  if (problems.length > 0) throw new BadUserInputError(problems);
  return problem;
}
