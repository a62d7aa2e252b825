// Per-team explanations: the cost broken down by member pair, and for each
// member the slot they fill with their level against the required one.
import type { SlotAssignment, TeamExplanation, TeamProblem } from '../../../domain/problems/team.js';
import type { CollaborationGraph } from './collaborationGraph.js';
import { DistanceRows } from './hopDistances.js';
import { graphOf, indexCandidates } from './teamInstance.js';

export function explainTeam(
  problem: TeamProblem,
  team: { members: readonly string[]; assignment: readonly SlotAssignment[] },
  graph?: CollaborationGraph,
): TeamExplanation {
  const indexOf = indexCandidates(problem);
  const rows = new DistanceRows(graph ?? graphOf(problem, indexOf));
  const pairs: TeamExplanation['pairs'] = [];
  let cost = 0;
  team.members.forEach((a, i) => {
    const row = rows.from(indexOf.get(a)!);
    for (const b of team.members.slice(i + 1)) {
      const distance = row[indexOf.get(b)!]!;
      pairs.push({ a, b, distance });
      cost += distance;
    }
  });
  const slotOf = new Map(team.assignment.map((s) => [s.member, s.skill]));
  const requirementOf = new Map(problem.requirements.map((r) => [r.skill, r]));
  const mustInclude = new Set(problem.mustInclude);
  const members = team.members.map((member) => {
    const skill = slotOf.get(member);
    const candidate = problem.candidates[indexOf.get(member)!]!;
    return {
      member,
      mustInclude: mustInclude.has(member),
      fills:
        skill === undefined
          ? null
          : { skill, minLevel: requirementOf.get(skill)!.minLevel, level: candidate.skills[skill] ?? 0 },
    };
  });
  return { cost, pairs, members };
}
