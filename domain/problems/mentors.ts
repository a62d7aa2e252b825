// Canonical mentor-assignment problem (`passerelle match mentors --input FILE`):
// mentors with a capacity, mentees, and the allowed (mentor, mentee) pairs with
// their scores. The solution maximises the number of matched mentees, then the
// total score, under the capacities. This shape is a public contract.
import { z } from 'zod';
import { BadUserInputError, type FieldProblem } from '../errors.js';
import { parseInput } from '../validation.js';

const problemIdSchema = z.string().min(1, 'must not be empty');

const finiteNonNegative = z
  .number()
  .refine((x) => Number.isFinite(x), 'must be a finite number')
  .refine((x) => x >= 0, 'must be ≥ 0');

export const mentorProblemSchema = z.object({
  mentors: z.array(
    z.object({
      id: problemIdSchema,
      capacity: z.number().int('must be a whole number').min(0, 'must be ≥ 0'),
    }),
  ),
  mentees: z.array(z.object({ id: problemIdSchema })),
  /** Allowed pairs only: a mentee may only be matched with a mentor listed here. */
  pairs: z.array(
    z.object({
      mentor: problemIdSchema,
      mentee: problemIdSchema,
      score: finiteNonNegative,
    }),
  ),
});
export type MentorProblem = z.infer<typeof mentorProblemSchema>;

export interface MentorPair {
  mentor: string;
  mentee: string;
  score: number;
}

/** Why a mentee stays unmatched in an optimal assignment. */
export const UNMATCHED_REASONS = ['no allowed mentor', 'capacity exhausted'] as const;
export type UnmatchedReason = (typeof UNMATCHED_REASONS)[number];

export interface MentorSolution {
  /** Chosen pairs in the mentees' input order. */
  pairs: MentorPair[];
  matched: number;
  totalScore: number;
  /** Unmatched mentees in input order: "no allowed mentor" (no pair at all) or "capacity exhausted". */
  unmatched: { mentee: string; reason: UnmatchedReason }[];
}

/**
 * Maps each id to its position and reports every repeated id at `pathOf(i)`,
 * so that one pass finds all duplicates.
 */
export function indexUniqueIds(
  ids: readonly string[],
  pathOf: (i: number) => (string | number)[],
  problems: FieldProblem[],
): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = index.get(id);
    if (first === undefined) index.set(id, i);
    else problems.push({ path: pathOf(i), message: `duplicate id "${id}" (first at ${first})` });
  });
  return index;
}

/** Reports a reference to an id missing from `index` at `path`. */
export function checkReference(
  index: ReadonlyMap<string, number>,
  id: string,
  path: (string | number)[],
  kind: string,
  problems: FieldProblem[],
): void {
  if (!index.has(id)) problems.push({ path, message: `unknown ${kind} "${id}"` });
}

/**
 * Parses and checks a mentor problem: shape and numbers (zod), then duplicate
 * mentor or mentee ids, pairs naming missing ids, and repeated pairs. Every
 * problem is reported with its field path (e.g. `pairs.3.mentor`).
 */
export function parseMentorProblem(json: unknown): MentorProblem {
  const problem = parseInput(mentorProblemSchema, json);
  const problems: FieldProblem[] = [];
  const mentors = indexUniqueIds(
    problem.mentors.map((m) => m.id),
    (i) => ['mentors', i, 'id'],
    problems,
  );
  const mentees = indexUniqueIds(
    problem.mentees.map((m) => m.id),
    (i) => ['mentees', i, 'id'],
    problems,
  );
  const seenPairs = new Map<string, number>();
  problem.pairs.forEach((pair, i) => {
    checkReference(mentors, pair.mentor, ['pairs', i, 'mentor'], 'mentor', problems);
    checkReference(mentees, pair.mentee, ['pairs', i, 'mentee'], 'mentee', problems);
    const key = `${pair.mentor}\u0000${pair.mentee}`;
    const first = seenPairs.get(key);
    if (first === undefined) seenPairs.set(key, i);
    else problems.push({ path: ['pairs', i], message: `duplicate of pairs.${first}` });
  });
  if (problems.length > 0) throw new BadUserInputError(problems);
  return problem;
}
