// A team problem turned into indices, ready for the solvers: who is always in
// the team (mustInclude, or the members kept in replace mode), which slots are
// still open and who may fill each of them.
import type { TeamProblem } from '../../../domain/problems/team.js';
import { buildCollaborationGraph, type CollaborationGraph } from './collaborationGraph.js';

export interface OpenRequirement {
  /** Index in problem.requirements. */
  readonly index: number;
  readonly skill: string;
  readonly minLevel: number;
  /** Slots still to fill (the requirement's count minus the slots kept in replace mode). */
  readonly open: number;
  /** Candidates who may fill it, ascending: level ≥ minLevel, not excluded, not holding a kept slot. */
  readonly eligible: Int32Array;
}

export interface KeptSlot {
  readonly member: number;
  /** Index in problem.requirements. */
  readonly requirement: number;
}

export interface TeamInstance {
  readonly problem: TeamProblem;
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly graph: CollaborationGraph;
  /** Requirements with at least one open slot, in problem order. */
  readonly requirements: readonly OpenRequirement[];
  /** One entry per open slot: its position in `requirements`; slots of a requirement are consecutive. */
  readonly slotRequirement: Int32Array;
  /** First open slot of each requirement (position in `requirements`). */
  readonly slotStart: Int32Array;
  /** Members always in the team, ascending. */
  readonly fixed: readonly number[];
  readonly isFixed: Uint8Array;
  /** Slots already held in replace mode (not part of `requirements`' open slots). */
  readonly kept: readonly KeptSlot[];
  /** canFill[c * requirements.length + r] = 1 when candidate c may fill requirement r. */
  readonly canFill: Uint8Array;
  /** Per-candidate product penalty added to the objective, or undefined for the canonical cost alone. */
  readonly penalty: Float64Array | undefined;
  readonly maxTeamSize: number;
  readonly k: number;
}

export interface InstanceSpec {
  fixed: readonly string[];
  kept: readonly { member: string; skill: string }[];
  excluded: readonly string[];
  penalty?: Float64Array;
  k: number;
}

export function indexCandidates(problem: TeamProblem): Map<string, number> {
  return new Map(problem.candidates.map((c, i) => [c.id, i]));
}

export function graphOf(problem: TeamProblem, indexOf: ReadonlyMap<string, number>): CollaborationGraph {
  const from = new Int32Array(problem.edges.length);
  const to = new Int32Array(problem.edges.length);
  for (let i = 0; i < problem.edges.length; i++) {
    const [a, b] = problem.edges[i]!;
    from[i] = indexOf.get(a)!;
    to[i] = indexOf.get(b)!;
  }
  return buildCollaborationGraph(problem.candidates.length, from, to);
}

/** The instance of a plain problem: mustInclude is fixed, nothing is kept. */
export function plainSpec(problem: TeamProblem, penalty?: Float64Array): InstanceSpec {
  return { fixed: problem.mustInclude, kept: [], excluded: problem.exclude, penalty, k: problem.k };
}

export function buildTeamInstance(
  problem: TeamProblem,
  spec: InstanceSpec,
  graph?: CollaborationGraph,
): TeamInstance {
  const indexOf = indexCandidates(problem);
  const n = problem.candidates.length;
  const at = (id: string) => indexOf.get(id)!;
  const isFixed = new Uint8Array(n);
  for (const id of spec.fixed) isFixed[at(id)] = 1;
  const fixed = [...new Set(spec.fixed.map(at))].sort((a, b) => a - b);
  const requirementOf = new Map(problem.requirements.map((r, i) => [r.skill, i]));
  const kept = spec.kept.map((s) => ({ member: at(s.member), requirement: requirementOf.get(s.skill)! }));
  const unavailable = new Uint8Array(n);
  for (const id of spec.excluded) unavailable[at(id)] = 1;
  for (const slot of kept) unavailable[slot.member] = 1;

  const keptPerRequirement = new Int32Array(problem.requirements.length);
  for (const slot of kept) keptPerRequirement[slot.requirement]!++;
  // One pass over the candidates' skills (not one per requirement): 100,000 candidates stay cheap.
  const eligibleLists: number[][] = problem.requirements.map(() => []);
  for (let i = 0; i < n; i++) {
    if (unavailable[i]) continue;
    const skills = problem.candidates[i]!.skills;
    for (const skill in skills) {
      const r = requirementOf.get(skill);
      if (r !== undefined && skills[skill]! >= problem.requirements[r]!.minLevel) eligibleLists[r]!.push(i);
    }
  }
  const requirements: OpenRequirement[] = [];
  problem.requirements.forEach((r, index) => {
    const open = r.count - keptPerRequirement[index]!;
    if (open <= 0) return;
    requirements.push({
      index,
      skill: r.skill,
      minLevel: r.minLevel,
      open,
      eligible: Int32Array.from(eligibleLists[index]!),
    });
  });

  const slotRequirement = Int32Array.from(requirements.flatMap((r, i) => Array<number>(r.open).fill(i)));
  const slotStart = new Int32Array(requirements.length);
  for (let r = 1; r < requirements.length; r++) slotStart[r] = slotStart[r - 1]! + requirements[r - 1]!.open;
  const canFill = new Uint8Array(n * requirements.length);
  requirements.forEach((r, ri) => {
    for (const c of r.eligible) canFill[c * requirements.length + ri] = 1;
  });

  return {
    problem,
    ids: problem.candidates.map((c) => c.id),
    indexOf,
    graph: graph ?? graphOf(problem, indexOf),
    requirements,
    slotRequirement,
    slotStart,
    fixed,
    isFixed,
    kept,
    canFill,
    penalty: spec.penalty,
    maxTeamSize: problem.maxTeamSize ?? Number.POSITIVE_INFINITY,
    k: spec.k,
  };
}

/** Every candidate who may fill some open slot, plus the fixed members, ascending. */
export function relevantCandidates(instance: TeamInstance): number[] {
  const seen = new Uint8Array(instance.ids.length);
  for (const c of instance.fixed) seen[c] = 1;
  for (const r of instance.requirements) for (const c of r.eligible) seen[c] = 1;
  const out: number[] = [];
  for (let c = 0; c < seen.length; c++) if (seen[c]) out.push(c);
  return out;
}
