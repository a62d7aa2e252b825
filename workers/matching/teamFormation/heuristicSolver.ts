// Heuristic team formation for large candidate pools. Start points are taken
// round robin over the requirements (rarest first): each one's candidates
// nearest the fixed members, its best-connected hubs and a spread over the
// rest. From each, the slots are filled rarest requirement first with the
// candidate of least marginal cost; the best greedy teams, plus the team of a
// plain slot matching, are improved by local search (swap a member for an
// unused candidate, letting the slots be reassigned; drop a member whose slot
// a fixed member can take) until no move improves.
// Deterministic: every tie goes to the lower index.
import type { BestTeams, FoundTeam } from './bestTeams.js';
import { degreeOf } from './collaborationGraph.js';
import type { DistanceRows } from './hopDistances.js';
import { assignSlots } from './slotMatching.js';
import { relevantCandidates, type TeamInstance } from './teamInstance.js';

export interface HeuristicOptions {
  /** Greedy teams improved by local search, besides the slot-matching team (default 8). */
  starts?: number;
  /** Start points tried greedily, the best `starts` of which go on to local search (default 4 × starts). */
  greedyStarts?: number;
}

const EPSILON = 1e-9;

/** A team under construction, with each pool candidate's summed distance to it. */
class WorkingTeam {
  readonly members: number[] = [];
  readonly inTeam: Uint8Array;
  readonly sumDist: Int32Array;
  cost = 0;
  penaltySum = 0;

  constructor(
    private readonly search: HeuristicSearch,
    from?: WorkingTeam,
  ) {
    this.inTeam = from ? from.inTeam.slice() : new Uint8Array(search.instance.ids.length);
    this.sumDist = from ? from.sumDist.slice() : new Int32Array(search.pool.length);
    if (from) {
      this.members.push(...from.members);
      this.cost = from.cost;
      this.penaltySum = from.penaltySum;
    }
  }

  distanceTo(c: number): number {
    return this.sumDist[this.search.position[c]!]!;
  }

  add(c: number): void {
    this.cost += this.distanceTo(c);
    this.penaltySum += this.search.penalty(c);
    this.inTeam[c] = 1;
    this.members.push(c);
    this.shift(c, 1);
  }

  remove(c: number): void {
    this.shift(c, -1);
    this.members.splice(this.members.indexOf(c), 1);
    this.inTeam[c] = 0;
    this.penaltySum -= this.search.penalty(c);
    this.cost -= this.distanceTo(c);
  }

  private shift(c: number, sign: 1 | -1): void {
    const row = this.search.rows.from(c);
    const { pool } = this.search;
    for (let i = 0; i < pool.length; i++) this.sumDist[i]! += sign * row[pool[i]!]!;
  }

  sortedMembers(): number[] {
    return [...this.members].sort((a, b) => a - b);
  }
}

interface StartPoint {
  candidate: number;
  /** Position in instance.requirements of the slot it starts in. */
  requirement: number;
}

interface Move {
  delta: number;
  leaving: number;
  /** -1 for a drop. */
  joining: number;
  holders: Int32Array;
}

class HeuristicSearch {
  readonly pool: number[];
  readonly position: Int32Array;
  private readonly R: number;
  private readonly rarestFirst: number[];
  private readonly slotStart: Int32Array;

  constructor(
    readonly instance: TeamInstance,
    readonly rows: DistanceRows,
  ) {
    this.pool = relevantCandidates(instance);
    this.position = new Int32Array(instance.ids.length).fill(-1);
    for (let i = 0; i < this.pool.length; i++) this.position[this.pool[i]!] = i;
    this.R = instance.requirements.length;
    this.rarestFirst = [...instance.requirements.keys()].sort(
      (a, b) =>
        instance.requirements[a]!.eligible.length - instance.requirements[b]!.eligible.length || a - b,
    );
    this.slotStart = instance.slotStart;
  }

  penalty(c: number): number {
    return this.instance.penalty ? this.instance.penalty[c]! : 0;
  }

  fixedTeam(): WorkingTeam {
    const team = new WorkingTeam(this);
    for (const f of this.instance.fixed) team.add(f);
    return team;
  }

  /**
   * Start points: for each requirement, rarest first, its candidates nearest
   * the fixed members, its best-connected hubs and a spread over the rest;
   * taken round robin across requirements so that starts land in different
   * parts of the network.
   */
  startPoints(count: number, base: WorkingTeam): StartPoint[] {
    const { instance } = this;
    const graph = instance.graph;
    const perRequirement = this.rarestFirst.map((r) => {
      const eligible = [...instance.requirements[r]!.eligible].filter((c) => !instance.isFixed[c]);
      const ordered: number[] = [];
      if (instance.fixed.length > 0) {
        const near = [...eligible].sort(
          (a, b) =>
            base.distanceTo(a) + this.penalty(a) - (base.distanceTo(b) + this.penalty(b)) ||
            degreeOf(graph, b) - degreeOf(graph, a) ||
            a - b,
        );
        ordered.push(...near.slice(0, count));
      }
      const hubs = [...eligible].sort((a, b) => degreeOf(graph, b) - degreeOf(graph, a) || a - b);
      const step = eligible.length / Math.max(1, count);
      for (let i = 0; i < count; i++) {
        ordered.push(hubs[i]!);
        ordered.push(eligible[Math.floor(i * step)]!);
      }
      return [...new Set(ordered.filter((c) => c !== undefined))].map((candidate) => ({
        candidate,
        requirement: r,
      }));
    });
    const out: StartPoint[] = [];
    const seen = new Set<number>();
    for (let i = 0; out.length < count && perRequirement.some((list) => i < list.length); i++) {
      for (const list of perRequirement) {
        const start = list[i];
        if (!start || seen.has(start.candidate) || out.length >= count) continue;
        seen.add(start.candidate);
        out.push(start);
      }
    }
    return out;
  }

  /** Fills the open slots rarest requirement first with the cheapest candidate; null when it gets stuck. */
  greedy(
    base: WorkingTeam,
    start: StartPoint | undefined,
  ): { team: WorkingTeam; holders: Int32Array } | null {
    const { instance } = this;
    const team = new WorkingTeam(this, base);
    const holders = new Int32Array(instance.slotRequirement.length).fill(-1);
    const holding = new Set<number>();
    const place = (s: number, c: number) => {
      holders[s] = c;
      holding.add(c);
      if (!team.inTeam[c]) team.add(c);
    };
    if (start) place(this.slotStart[start.requirement]!, start.candidate);
    for (const r of this.rarestFirst) {
      const requirement = instance.requirements[r]!;
      const first = this.slotStart[r]!;
      for (let s = first; s < first + requirement.open; s++) {
        if (holders[s] !== -1) continue;
        let chosen = -1;
        let chosenValue = Number.POSITIVE_INFINITY;
        const full = team.members.length >= instance.maxTeamSize;
        for (const c of requirement.eligible) {
          if (holding.has(c)) continue;
          let v: number;
          if (instance.isFixed[c]) v = 0;
          else if (team.inTeam[c] || full) continue;
          else v = team.distanceTo(c) + this.penalty(c);
          if (v < chosenValue) {
            chosenValue = v;
            chosen = c;
          }
        }
        if (chosen === -1) return null;
        place(s, chosen);
      }
    }
    return { team, holders };
  }

  /** Best-improvement local search; returns the local optimum's slot holders. */
  improve(team: WorkingTeam, holders: Int32Array): Int32Array {
    for (;;) {
      const move = this.bestMove(team, holders);
      if (!move) return holders;
      team.remove(move.leaving);
      if (move.joining !== -1) team.add(move.joining);
      holders = move.holders;
    }
  }

  private bestMove(team: WorkingTeam, holders: Int32Array): Move | null {
    let best: Move | null = null;
    for (let s = 0; s < holders.length; s++) {
      const p = holders[s]!;
      if (this.instance.isFixed[p]) continue;
      const move = this.bestMoveOf(team, holders, s, best ? best.delta : -EPSILON);
      if (move) best = move;
    }
    return best;
  }

  /** The best move that takes the holder of slot `s` out of the team, if it improves on `bar`. */
  private bestMoveOf(team: WorkingTeam, holders: Int32Array, s: number, bar: number): Move | null {
    const { instance, pool } = this;
    const p = holders[s]!;
    const r = instance.slotRequirement[s]!;
    const gain = team.distanceTo(p) + this.penalty(p);
    const rowP = this.rows.from(p);
    const others = team.members.filter((c) => c !== p);
    let best: Move | null = null;

    if (-gain < bar) {
      const reassigned = assignSlots(instance, others);
      if (reassigned) {
        best = { delta: -gain, leaving: p, joining: -1, holders: reassigned };
        bar = -gain;
      }
    }

    // Candidates who can take p's slot directly need no reassignment.
    let direct = -1;
    let directDelta = bar;
    const indirect: { c: number; delta: number }[] = [];
    for (let i = 0; i < pool.length; i++) {
      const c = pool[i]!;
      if (team.inTeam[c]) continue;
      const delta = team.sumDist[i]! - rowP[c]! + this.penalty(c) - gain;
      if (delta >= bar - EPSILON) continue;
      if (instance.canFill[c * this.R + r]) {
        if (delta < directDelta - EPSILON) {
          directDelta = delta;
          direct = c;
        }
      } else indirect.push({ c, delta });
    }
    if (direct !== -1) {
      const next = holders.slice();
      next[s] = direct;
      best = { delta: directDelta, leaving: p, joining: direct, holders: next };
      bar = directDelta;
    }
    indirect.sort((a, b) => a.delta - b.delta || a.c - b.c);
    for (const { c, delta } of indirect) {
      if (delta >= bar - EPSILON) break;
      const reassigned = assignSlots(instance, [...others, c]);
      if (reassigned) return { delta, leaving: p, joining: c, holders: reassigned };
    }
    return best;
  }

  /** Feasible one-swap neighbours of a local optimum, cheapest first per leaving member, to offer more distinct teams when k > 1. */
  neighbours(team: WorkingTeam, perMember: number): FoundTeam[] {
    const { instance, pool } = this;
    const out: FoundTeam[] = [];
    for (const p of team.members) {
      if (instance.isFixed[p]) continue;
      const rowP = this.rows.from(p);
      const others = team.members.filter((x) => x !== p);
      const costDelta = (i: number) => team.sumDist[i]! - rowP[pool[i]!]! - team.distanceTo(p);
      const delta = (i: number) => costDelta(i) + this.penalty(pool[i]!) - this.penalty(p);
      const order = [...pool.keys()]
        .filter((i) => !team.inTeam[pool[i]!])
        .sort((a, b) => delta(a) - delta(b) || a - b);
      let found = 0;
      for (const i of order) {
        if (found >= perMember) break;
        const members = [...others, pool[i]!];
        const holders = assignSlots(instance, members);
        if (!holders) continue;
        found++;
        out.push({
          members: members.sort((a, b) => a - b),
          holders,
          cost: team.cost + costDelta(i),
          objective: team.cost + team.penaltySum + delta(i),
        });
      }
    }
    return out;
  }
}

/** Offers the heuristic's teams to `best`; `matched` fills every open slot (from the feasibility check). */
export function heuristicTeams(
  instance: TeamInstance,
  rows: DistanceRows,
  best: BestTeams,
  matched: Int32Array,
  options: HeuristicOptions = {},
): void {
  const search = new HeuristicSearch(instance, rows);
  const base = search.fixedTeam();
  const candidates: { team: WorkingTeam; holders: Int32Array; order: number }[] = [];
  const seen = new Set<string>();
  const consider = (start: { team: WorkingTeam; holders: Int32Array } | null, into = candidates) => {
    if (!start) return;
    const key = start.team.sortedMembers().join(',');
    if (seen.has(key)) return;
    seen.add(key);
    into.push({ ...start, order: into.length });
  };
  const starts = options.starts ?? 8;
  if (instance.fixed.length > 0) consider(search.greedy(base, undefined));
  for (const start of search.startPoints(options.greedyStarts ?? 4 * starts, base))
    consider(search.greedy(base, start));
  candidates.sort(
    (a, b) => a.team.cost + a.team.penaltySum - (b.team.cost + b.team.penaltySum) || a.order - b.order,
  );
  const chosen = candidates.slice(0, starts);
  const fromMatching = new WorkingTeam(search, base);
  for (const c of new Set(matched)) if (!fromMatching.inTeam[c]) fromMatching.add(c);
  consider({ team: fromMatching, holders: matched.slice() }, chosen);

  const optima = new Set<string>();
  for (const { team, holders } of chosen) {
    const final = search.improve(team, holders);
    const members = team.sortedMembers();
    const key = members.join(',');
    if (optima.has(key)) continue;
    optima.add(key);
    best.offer({ members, holders: final, cost: team.cost, objective: team.cost + team.penaltySum });
    if (best.k > 1) for (const neighbour of search.neighbours(team, best.k)) best.offer(neighbour);
  }
}
