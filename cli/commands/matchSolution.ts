// What `passerelle match` prints for a problem: the matching algorithms' solution, with the
// team-only options checked. Its own module so that the CLI loads the algorithms only when
// `passerelle match` runs.
import { BadUserInputError } from '../../domain/errors.js';
import { solveCommunityProblem } from '../../workers/matching/communityDetection/index.js';
import { solveMentorProblem } from '../../workers/matching/mentorAssignment/index.js';
import { solvePeerProblem } from '../../workers/matching/peerSuggestions/index.js';
import { solveTeamProblem } from '../../workers/matching/teamFormation/index.js';
import type { MatchKind, MatchOptions } from './match.js';

/** The solution as printed: for teams exactly `{ teams }` unless `verbose`. */
export function solveMatchProblem(kind: MatchKind, problem: unknown, options: MatchOptions = {}): unknown {
  if (kind !== 'team') {
    for (const flag of ['explain', 'verbose'] as const) {
      if (options[flag]) throw BadUserInputError.at([`--${flag}`], `applies to "match team" only`);
    }
  }
  switch (kind) {
    case 'team': {
      const { teams, solver } = solveTeamProblem(problem, { explain: options.explain });
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
