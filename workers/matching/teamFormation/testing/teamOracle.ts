// An independent reference for tests only: Floyd–Warshall distances, a
// brute-force slot assignment and an exhaustive enumeration of teams. It shares
// no code with the solvers so that agreeing with it means something.
import type { SlotAssignment, TeamProblem } from '../../../../domain/problems/team.js';

const CAP = 5;

/** All-pairs hop distances capped at 5 (Floyd–Warshall). */
export function allPairsDistances(problem: TeamProblem): Map<string, Map<string, number>> {
  const ids = problem.candidates.map((c) => c.id);
  const n = ids.length;
  const d = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j): number => (i === j ? 0 : 99)),
  );
  const at = new Map(ids.map((id, i) => [id, i]));
  for (const [a, b] of problem.edges) {
    const i = at.get(a)!;
    const j = at.get(b)!;
    if (i !== j) d[i]![j] = d[j]![i] = 1;
  }
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) if (d[i]![k]! + d[k]![j]! < d[i]![j]!) d[i]![j] = d[i]![k]! + d[k]![j]!;
  return new Map(ids.map((a, i) => [a, new Map(ids.map((b, j) => [b, Math.min(CAP, d[i]![j]!)]))]));
}

export function teamCost(problem: TeamProblem, members: readonly string[]): number {
  const d = allPairsDistances(problem);
  let cost = 0;
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) cost += d.get(members[i]!)!.get(members[j]!)!;
  return cost;
}

const levelOf = (problem: TeamProblem, member: string, skill: string) =>
  problem.candidates.find((c) => c.id === member)?.skills[skill] ?? 0;

/** Why a returned team breaks the rules, or null when it is a valid team. */
export function feasibilityViolation(
  problem: TeamProblem,
  team: { members: readonly string[]; assignment: readonly SlotAssignment[] },
): string | null {
  const members = new Set(team.members);
  if (members.size !== team.members.length) return 'duplicate members';
  const holders = new Set<string>();
  const filled = new Map<string, number>();
  for (const { member, skill } of team.assignment) {
    if (holders.has(member)) return `${member} fills two slots`;
    holders.add(member);
    if (!members.has(member)) return `${member} holds a slot but is not a member`;
    const requirement = problem.requirements.find((r) => r.skill === skill);
    if (!requirement) return `no requirement ${skill}`;
    if (levelOf(problem, member, skill) < requirement.minLevel)
      return `${member} below minLevel for ${skill}`;
    filled.set(skill, (filled.get(skill) ?? 0) + 1);
  }
  for (const r of problem.requirements) {
    if ((filled.get(r.skill) ?? 0) !== r.count)
      return `${r.skill} has ${filled.get(r.skill) ?? 0}/${r.count} slots`;
  }
  for (const id of problem.mustInclude) if (!members.has(id)) return `mustInclude ${id} missing`;
  for (const id of problem.exclude) if (members.has(id)) return `excluded ${id} present`;
  for (const id of members) {
    if (!holders.has(id) && !problem.mustInclude.includes(id))
      return `${id} neither holds a slot nor is mustInclude`;
  }
  if (problem.maxTeamSize !== undefined && members.size > problem.maxTeamSize) return 'team too large';
  return null;
}

export interface BruteForceSpec {
  /** Always in the team. */
  fixed: readonly string[];
  /** Slots that stay with their holder. */
  kept: readonly SlotAssignment[];
  excluded: readonly string[];
}

/** Can `members` fill every open slot, each non-fixed member holding exactly one? (exhaustive) */
function canStaff(problem: TeamProblem, members: readonly string[], spec: BruteForceSpec): boolean {
  const keptHolders = new Set(spec.kept.map((s) => s.member));
  const open: { skill: string; minLevel: number }[] = [];
  for (const r of problem.requirements) {
    const kept = spec.kept.filter((s) => s.skill === r.skill).length;
    for (let i = kept; i < r.count; i++) open.push(r);
  }
  const free = members.filter((m) => !keptHolders.has(m));
  const mustHold = new Set(free.filter((m) => !spec.fixed.includes(m)));
  const used = new Set<string>();
  const fill = (s: number): boolean => {
    if (s === open.length) return [...mustHold].every((m) => used.has(m));
    for (const m of free) {
      if (used.has(m) || levelOf(problem, m, open[s]!.skill) < open[s]!.minLevel) continue;
      used.add(m);
      if (fill(s + 1)) return true;
      used.delete(m);
    }
    return false;
  };
  return fill(0);
}

/** Every valid member set with its cost, cheapest first (exponential: ≤ ~14 candidates). */
export function allTeams(problem: TeamProblem, spec: BruteForceSpec): { members: string[]; cost: number }[] {
  const fixed = new Set(spec.fixed);
  const pool = problem.candidates
    .map((c) => c.id)
    .filter((id) => !fixed.has(id) && !spec.excluded.includes(id));
  const slots = problem.requirements.reduce((sum, r) => sum + r.count, 0);
  const order = new Map(problem.candidates.map((c, i) => [c.id, i]));
  const out: { members: string[]; cost: number }[] = [];
  for (let mask = 0; mask < 1 << pool.length; mask++) {
    const chosen = pool.filter((_, i) => mask & (1 << i));
    if (chosen.length > slots) continue;
    const members = [...fixed, ...chosen].sort((a, b) => order.get(a)! - order.get(b)!);
    if (problem.maxTeamSize !== undefined && members.length > problem.maxTeamSize) continue;
    if (canStaff(problem, members, spec)) out.push({ members, cost: teamCost(problem, members) });
  }
  return out.sort((a, b) => a.cost - b.cost);
}

export function plainSpecOf(problem: TeamProblem): BruteForceSpec {
  return { fixed: problem.mustInclude, kept: [], excluded: problem.exclude };
}
