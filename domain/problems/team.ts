// The canonical team-formation problem (`passerelle match team --input FILE`),
// a PUBLIC CONTRACT: benchmarks and outside checks send exactly this shape.
//
//   { "candidates": [{ "id": "m1", "skills": { "ceramics": 4 }, "availability"?: 0.5,
//                      "location"?: { "lat": 50.6, "lon": 3.06 } }],
//     "edges": [["m1", "m2"]],                 // undirected collaboration edges
//     "requirements": [{ "skill": "ceramics", "minLevel": 3, "count": 2 }],
//     "maxTeamSize"?: 6, "mustInclude"?: ["m1"], "exclude"?: [], "k"?: 1,
//     "replace"?: { "team": [{ "member": "m2", "skill": "ceramics" }], "leaving": "m2" } }
//
// `replace` is our extension for "someone dropped out of a formed team": `team`
// is the current slot assignment, `leaving` the member who drops out; the
// answer keeps every other member in their slot and fills the free slot(s).
// `availability` and `location` only feed product scoring, never `cost`.
import { z } from 'zod';
import { latitudeSchema, longitudeSchema } from '../entities/common.js';
import { skillLevelSchema } from '../entities/skill.js';
import { requirementSchema } from '../entities/tender.js';
import { BadUserInputError, type FieldProblem } from '../errors.js';
import { parseInput } from '../validation.js';

const candidateIdSchema = z.string().min(1, 'must not be empty');

function isIdPair(value: unknown): value is [string, string] {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string' &&
    value[0].length > 0 &&
    value[1].length > 0
  );
}

export const teamCandidateSchema = z.object({
  id: candidateIdSchema,
  skills: z.record(z.string().min(1, 'must name a skill'), skillLevelSchema),
  availability: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').optional(),
  location: z.object({ lat: latitudeSchema, lon: longitudeSchema }).optional(),
});
export type TeamCandidate = z.infer<typeof teamCandidateSchema>;

export const slotAssignmentSchema = z.object({
  member: candidateIdSchema,
  skill: z.string().min(1, 'must name a skill'),
});
export type SlotAssignment = z.infer<typeof slotAssignmentSchema>;

export const teamProblemSchema = z.object({
  candidates: z.array(teamCandidateSchema),
  // A hand-written element check: zod tuples cost ~0.5 s on the 450,000 edges of a 100,000-member network.
  edges: z
    .array(z.custom<[string, string]>(isIdPair, 'must be a pair of candidate ids ["a", "b"]'))
    .default([]),
  requirements: z.array(requirementSchema).min(1, 'a team needs at least one requirement'),
  maxTeamSize: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .nullish()
    .transform((v) => v ?? undefined),
  mustInclude: z.array(candidateIdSchema).default([]),
  exclude: z.array(candidateIdSchema).default([]),
  k: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1000, 'must be at most 1000')
    .default(1),
  replace: z
    .object({
      team: z.array(slotAssignmentSchema),
      leaving: candidateIdSchema,
    })
    .optional(),
});
export type TeamProblem = z.output<typeof teamProblemSchema>;

/**
 * Hop distances between team members are capped here: min(hops, 5), a member not
 * reached within four hops of another counts 5. The communication cost, the
 * solver's breadth-first searches and the stored pairs of a suggestion all use it.
 */
export const TEAM_DISTANCE_CAP = 5;

export interface Team {
  /** Slot holders and mustInclude members, in the order of `candidates`. */
  members: string[];
  /** Who fills which requirement slot, in the order of `requirements`. */
  assignment: SlotAssignment[];
  /** Canonical communication cost: Σ over member pairs of min(hops, TEAM_DISTANCE_CAP), unreachable = the cap. */
  cost: number;
  /** Product score (cost plus weighted availability, distance and load terms) when product scoring was asked. */
  score?: number;
  /** Why this team costs what it costs, when explanations were asked. */
  explanation?: TeamExplanation;
}

/** Data, not prose: the UI and the API phrase it. */
export interface TeamExplanation {
  cost: number;
  /** Every unordered member pair with its capped hop distance; their sum is `cost`. */
  pairs: { a: string; b: string; distance: number }[];
  members: {
    member: string;
    mustInclude: boolean;
    /** The requirement slot the member fills, with the member's level; null for a mustInclude member without a slot. */
    fills: { skill: string; minLevel: number; level: number } | null;
  }[];
}

export interface TeamSolverReport {
  /** Which solver produced the teams. */
  method: 'exact' | 'heuristic';
  /** True when the teams are proven to be the k best (the exact search finished within its budget). */
  optimal: boolean;
  /** Branch-and-bound nodes visited (0 when only the heuristic ran). */
  searchNodes: number;
  /** Why the exact search stopped before proving optimality, when it did. */
  stoppedBy?: 'nodeBudget' | 'timeBudget';
  /** A proven lower bound on the best team's score (its cost without product scoring). */
  lowerBound?: number;
  /** Proven relative gap of the best team: (its score − lowerBound) / its score; 0 when optimal. */
  gap?: number;
  /** The wall-clock budget the solve was given, in milliseconds, when it had one. */
  timeBudgetMs?: number;
}

export interface TeamSolution {
  /** Best first; fewer than k when fewer distinct teams exist. */
  teams: Team[];
  solver: TeamSolverReport;
}

export interface ParseTeamProblemOptions {
  /**
   * Skill ids a requirement may name even if no candidate holds them: the
   * taxonomy's, passed in by the caller (the CLI loads the reference data).
   * With it, a requirement naming any other skill nobody holds is refused as
   * an unknown skill; without it, such a requirement is accepted and the
   * problem is then infeasible, so that parsing reads nothing from disk.
   */
  knownSkills?: ReadonlySet<string>;
}

/** Parses and cross-checks a team problem; every failing field is named in the BadUserInputError. */
export function parseTeamProblem(json: unknown, options: ParseTeamProblemOptions = {}): TeamProblem {
  const problem = parseInput(teamProblemSchema, json);
  const problems = crossCheck(problem, options.knownSkills ?? null);
  if (problems.length > 0) throw new BadUserInputError(problems);
  problem.mustInclude = [...new Set(problem.mustInclude)];
  problem.exclude = [...new Set(problem.exclude)];
  return problem;
}

function crossCheck(problem: TeamProblem, knownSkills: ReadonlySet<string> | null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const firstIndex = new Map<string, number>();
  problem.candidates.forEach((c, i) => {
    const previous = firstIndex.get(c.id);
    if (previous === undefined) firstIndex.set(c.id, i);
    else
      problems.push({
        path: ['candidates', i, 'id'],
        message: `duplicate id "${c.id}" (also candidates.${previous})`,
      });
  });
  const missing = (id: string) => !firstIndex.has(id);

  for (let i = 0; i < problem.edges.length; i++) {
    const edge = problem.edges[i]!;
    for (const end of [0, 1] as const) {
      if (missing(edge[end]))
        problems.push({ path: ['edges', i, end], message: `unknown candidate "${edge[end]}"` });
    }
  }
  for (const list of ['mustInclude', 'exclude'] as const) {
    problem[list].forEach((id, i) => {
      if (missing(id)) problems.push({ path: [list, i], message: `unknown candidate "${id}"` });
    });
  }
  const mustInclude = new Set(problem.mustInclude);
  problem.exclude.forEach((id, i) => {
    if (mustInclude.has(id))
      problems.push({ path: ['exclude', i], message: `"${id}" is also in mustInclude` });
  });

  const heldSkills = new Set<string>();
  for (const c of problem.candidates) for (const skill in c.skills) heldSkills.add(skill);
  const requirementIndex = new Map<string, number>();
  problem.requirements.forEach((r, i) => {
    const previous = requirementIndex.get(r.skill);
    if (previous !== undefined) {
      problems.push({
        path: ['requirements', i, 'skill'],
        message: `duplicate requirement for "${r.skill}" (also requirements.${previous}); raise its count instead`,
      });
    } else requirementIndex.set(r.skill, i);
    if (knownSkills && !heldSkills.has(r.skill) && !knownSkills.has(r.skill)) {
      problems.push({ path: ['requirements', i, 'skill'], message: `unknown skill "${r.skill}"` });
    }
  });

  if (problem.replace) problems.push(...replacementProblems(problem, problem.replace));
  return problems;
}

/**
 * Checks a replacement request against its (already valid) problem: known
 * members, slots of real requirements, at most one slot per member, no more
 * slots than a requirement's count, and a leaving member who is in the team
 * but not in mustInclude. `basePath` prefixes the field paths.
 */
export function assertValidReplacement(
  problem: TeamProblem,
  replace: NonNullable<TeamProblem['replace']>,
  basePath: (string | number)[] = ['replace'],
): void {
  const problems = replacementProblems(problem, replace, basePath);
  if (problems.length > 0) throw new BadUserInputError(problems);
}

function replacementProblems(
  problem: TeamProblem,
  replace: NonNullable<TeamProblem['replace']>,
  basePath: (string | number)[] = ['replace'],
): FieldProblem[] {
  const candidateIndex = new Set(problem.candidates.map((c) => c.id));
  const requirementIndex = new Map(problem.requirements.map((r, i) => [r.skill, i]));
  const mustInclude = new Set(problem.mustInclude);
  const problems: FieldProblem[] = [];
  const seen = new Map<string, number>();
  const perSkill = new Map<string, number>();
  replace.team.forEach((slot, i) => {
    if (!candidateIndex.has(slot.member)) {
      problems.push({
        path: [...basePath, 'team', i, 'member'],
        message: `unknown candidate "${slot.member}"`,
      });
    }
    const previous = seen.get(slot.member);
    if (previous !== undefined) {
      problems.push({
        path: [...basePath, 'team', i, 'member'],
        message: `"${slot.member}" already fills a slot (team.${previous}); a member fills at most one slot`,
      });
    } else seen.set(slot.member, i);
    const r = requirementIndex.get(slot.skill);
    if (r === undefined) {
      problems.push({
        path: [...basePath, 'team', i, 'skill'],
        message: `no requirement for skill "${slot.skill}"`,
      });
      return;
    }
    const filled = (perSkill.get(slot.skill) ?? 0) + 1;
    perSkill.set(slot.skill, filled);
    if (filled > problem.requirements[r]!.count) {
      problems.push({
        path: [...basePath, 'team', i, 'skill'],
        message: `more members fill "${slot.skill}" than its count (${problem.requirements[r]!.count})`,
      });
    }
  });
  if (!candidateIndex.has(replace.leaving)) {
    problems.push({ path: [...basePath, 'leaving'], message: `unknown candidate "${replace.leaving}"` });
  } else if (mustInclude.has(replace.leaving)) {
    problems.push({
      path: [...basePath, 'leaving'],
      message: `"${replace.leaving}" is in mustInclude and cannot leave`,
    });
  } else if (!seen.has(replace.leaving)) {
    problems.push({
      path: [...basePath, 'leaving'],
      message: `"${replace.leaving}" holds no slot in the team`,
    });
  }
  return problems;
}
