// `passerelle match <team|mentors|communities|peers> --input FILE`: runs a
// matching algorithm on its canonical problem (DESIGN.md, "Canonical problem
// formats") and prints the solution as JSON on stdout. A malformed problem
// names the failing field and an infeasible one says why (both exit code 2).
import { Argument, type Command } from 'commander';
import { BadUserInputError } from '../../domain/errors.js';
import { parseTeamProblem } from '../../domain/problems/team.js';
import { loadReferenceData } from '../../domain/referenceData.js';
import { solveCommunityProblem } from '../../workers/matching/communityDetection/index.js';
import { solveMentorProblem } from '../../workers/matching/mentorAssignment/index.js';
import { solvePeerProblem } from '../../workers/matching/peerSuggestions/index.js';
import { solveTeam } from '../../workers/matching/teamFormation/index.js';
import type { CliContext } from '../cliContext.js';
import { printJson } from './printJson.js';
import { readJsonInput } from './readJsonInput.js';

export const MATCH_KINDS = ['team', 'mentors', 'communities', 'peers'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface MatchOptions {
  /** Team only: attach to each team the cost per member pair and the slot each member fills. */
  explain?: boolean;
  /** Team only: also report which solver ran and whether the teams are proven optimal. */
  verbose?: boolean;
  /** Team only: wall-clock budget of the solve in milliseconds (default DEFAULT_TEAM_TIME_BUDGET_MS). */
  timeBudget?: number;
}

/**
 * The team solver's default budget on the command line: the first team comes
 * from the heuristic in a fraction of it, the exact search improves it and
 * proves a gap until it runs out, so that a 3,000-candidate problem answers
 * within a second including start-up.
 */
export const DEFAULT_TEAM_TIME_BUDGET_MS = 500;

/** Parses --time-budget: a whole number of milliseconds ≥ 0. */
function parseTimeBudget(value: string): number {
  const ms = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(ms)) {
    throw BadUserInputError.at(['--time-budget'], 'must be a whole number of milliseconds ≥ 0');
  }
  return ms;
}

/** The solution as printed: for teams exactly `{ teams }` unless `verbose`. */
export function solveMatchProblem(kind: MatchKind, problem: unknown, options: MatchOptions = {}): unknown {
  if (kind !== 'team') {
    for (const flag of ['explain', 'verbose'] as const) {
      if (options[flag]) throw BadUserInputError.at([`--${flag}`], `applies to "match team" only`);
    }
    if (options.timeBudget !== undefined) {
      throw BadUserInputError.at(['--time-budget'], 'applies to "match team" only');
    }
  }
  switch (kind) {
    case 'team': {
      // A required skill nobody holds must at least be one of the taxonomy's.
      const knownSkills = new Set(loadReferenceData().skills.map((s) => s.id));
      const { teams, solver } = solveTeam(parseTeamProblem(problem, { knownSkills }), {
        explain: options.explain,
        timeBudgetMs: options.timeBudget ?? DEFAULT_TEAM_TIME_BUDGET_MS,
      });
      return options.verbose ? { teams, solver } : { teams };
    }
    case 'mentors':
      return solveMentorProblem(problem);
    case 'communities':
      return solveCommunityProblem(problem);
    case 'peers':
      return solvePeerProblem(problem);
  }
}

export function register(program: Command, _context: CliContext): void {
  program
    .command('match')
    .description('Solve a matching problem given in its canonical JSON format and print the solution as JSON')
    .addArgument(new Argument('<kind>', 'which problem').choices(MATCH_KINDS))
    .requiredOption('--input <file>', 'the problem as JSON ("-" reads standard input)')
    .option('--explain', 'team: explain each team (cost per member pair, the slot each member fills)')
    .option(
      '--verbose',
      'team: also print which solver ran, whether the teams are proven optimal, the proven lower bound and gap',
    )
    .option(
      '--time-budget <ms>',
      `team: milliseconds the solver may spend improving the first team (default ${DEFAULT_TEAM_TIME_BUDGET_MS})`,
      parseTimeBudget,
    )
    .action(async (kind: MatchKind, options: MatchOptions & { input: string }) => {
      printJson(solveMatchProblem(kind, await readJsonInput(options.input), options));
    });
}
