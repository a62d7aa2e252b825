// Exact team formation: branch and bound over the open slots, rarest
// requirement first, with a lower bound that adds, to the cost of the team so
// far, the cheapest ways to fill every remaining slot (each candidate's hop
// distances to the current team plus its penalty, 0 for a fixed member who can
// take the slot) and one hop for each pair of members still to come.
// Finishing within the node budget proves the k best teams optimal.
//
// Anytime: the search may also stop at a deadline (read from an injected
// clock, so this module stays free of I/O). When it stops early, the bounds of
// the subtrees it left unexplored (the remaining options at each level of the
// depth-first path) give a proven lower bound on the best team, hence a gap.
import type { BestTeams } from './bestTeams.js';
import { DISTANCE_CAP, distanceMatrix } from './hopDistances.js';
import { relevantCandidates, type TeamInstance } from './teamInstance.js';

export interface ExactSearchResult {
  /** False when the time ran out before the search could start (no bound computed either). */
  started: boolean;
  /** True when the search space was exhausted: the teams in `best` are proven optimal. */
  complete: boolean;
  nodes: number;
  /** Why an incomplete search stopped. */
  stoppedBy?: 'nodeBudget' | 'timeBudget';
  /**
   * A proven lower bound on the objective of every team not yet offered to
   * `best` (+∞ when the search is complete): the best team's objective is at
   * least min(its own, this).
   */
  unexploredBound: number;
  /** Lower bound of the whole problem at the root of the search. */
  rootBound: number;
}

export interface ExactSearchLimits {
  nodeBudget: number;
  /** Stop when `now()` reaches this value (same unit as `now`). */
  deadline?: number;
  now?: () => number;
}

/** How many search nodes between two readings of the clock. */
const CLOCK_EVERY = 64;

const EPSILON = 1e-9;

/** Searches every team, offering each one to `best` (which may already hold teams from the heuristic). */
export function exactTeams(
  instance: TeamInstance,
  best: BestTeams,
  limits: ExactSearchLimits,
): ExactSearchResult {
  const { nodeBudget, deadline } = limits;
  const now = limits.now ?? (() => 0);
  const vertices = relevantCandidates(instance);
  const m = vertices.length;
  const local = new Map(vertices.map((v, i) => [v, i]));
  const D = distanceMatrix(
    instance.graph,
    vertices,
    deadline === undefined ? undefined : () => now() >= deadline,
  );
  if (!D) {
    return {
      started: false,
      complete: false,
      nodes: 0,
      stoppedBy: 'timeBudget',
      unexploredBound: Number.NEGATIVE_INFINITY,
      rootBound: Number.NEGATIVE_INFINITY,
    };
  }
  const penalty = new Float64Array(m);
  if (instance.penalty) for (let i = 0; i < m; i++) penalty[i] = instance.penalty[vertices[i]!]!;
  const isFixed = new Uint8Array(m);
  for (const f of instance.fixed) isFixed[local.get(f)!] = 1;

  const R = instance.requirements.length;
  const eligible = instance.requirements.map((r) => Int32Array.from(r.eligible, (c) => local.get(c)!));
  const canFill = new Uint8Array(m * R);
  eligible.forEach((list, r) => {
    for (const l of list) canFill[l * R + r] = 1;
  });
  const { slotStart } = instance;
  const order = [...instance.requirements.keys()].sort(
    (a, b) => eligible[a]!.length - eligible[b]!.length || a - b,
  );
  const sequence = order.flatMap((r) => Array<number>(instance.requirements[r]!.open).fill(r));
  const S = sequence.length;
  const remaining = Int32Array.from(instance.requirements, (r) => r.open);
  const maxOpen = Math.max(1, ...remaining);
  const maxEligible = Math.max(1, ...eligible.map((e) => e.length));

  const inTeam = new Uint8Array(m);
  const holding = new Uint8Array(m);
  const sumDist = new Int32Array(m);
  let cost = 0;
  let penaltySum = 0;
  let teamSize = 0;
  const add = (l: number) => {
    cost += sumDist[l]!;
    penaltySum += penalty[l]!;
    inTeam[l] = 1;
    teamSize++;
    const row = l * m;
    for (let j = 0; j < m; j++) sumDist[j]! += D[row + j]!;
  };
  const remove = (l: number) => {
    const row = l * m;
    for (let j = 0; j < m; j++) sumDist[j]! -= D[row + j]!;
    teamSize--;
    inTeam[l] = 0;
    penaltySum -= penalty[l]!;
    cost -= sumDist[l]!;
  };
  for (let i = 0; i < m; i++) if (isFixed[i]) add(i);

  const holder = new Int32Array(S);
  const cheapest = new Float64Array(maxOpen);
  const cheapestPaired = new Float64Array(maxOpen);
  const optionPos = Array.from({ length: S }, () => new Int32Array(maxEligible));
  const optionValue = Array.from({ length: S }, () => new Float64Array(maxEligible));
  const optionOrder: number[][] = Array.from({ length: S }, () => []);
  let nodes = 0;
  let aborted = false;
  let stoppedBy: ExactSearchResult['stoppedBy'];
  let unexploredBound = Number.POSITIVE_INFINITY;
  let rootBound = Number.NEGATIVE_INFINITY;
  /** Checked before each child: true when the node or time budget is spent. */
  const outOfBudget = (): boolean => {
    if (nodes >= nodeBudget) stoppedBy = 'nodeBudget';
    else if (deadline !== undefined && nodes % CLOCK_EVERY === 0 && now() >= deadline)
      stoppedBy = 'timeBudget';
    else return false;
    aborted = true;
    return true;
  };

  // Value of a candidate for a slot: what it adds to the objective, or -1 when it cannot take one.
  const slotValue = (l: number): number => {
    if (isFixed[l]) return holding[l] ? -1 : 0;
    if (inTeam[l] || teamSize >= instance.maxTeamSize) return -1;
    return sumDist[l]! + penalty[l]!;
  };

  // pairFloor[l * (S + 1) + k]: the sum of the k smallest distances from l to
  // the other candidates, a floor on what l's pairs with k other members cost.
  const pairFloor = new Float64Array(m * (S + 1));
  {
    const histogram = new Int32Array(DISTANCE_CAP + 1);
    for (let i = 0; i < m; i++) {
      histogram.fill(0);
      const row = i * m;
      for (let j = 0; j < m; j++) if (j !== i) histogram[D[row + j]!]!++;
      let d = 1;
      let left = histogram[1]!;
      for (let k = 1; k <= S; k++) {
        while (left === 0 && d < DISTANCE_CAP) left = histogram[++d]!;
        if (left > 0) left--;
        pairFloor[i * (S + 1) + k] = pairFloor[i * (S + 1) + k - 1]! + d;
      }
    }
  }

  // Lower bound of any completion, the larger of two relaxations:
  // (a) each open slot at its cheapest (distance to the team + penalty), plus
  //     one hop per pair of members still to come — `plainBound`, with
  //     `lastOfCurrent` the q-th smallest value of the current requirement,
  //     from which the bound of each child is derived;
  // (b) each open slot at its cheapest counting also half of the candidate's
  //     pair floor with the other members still to come (each such pair is
  //     counted from both ends).
  let lastOfCurrent = 0;
  let newMembers = 0;
  let plainBound = 0;
  const lowerBound = (current: number, minPos: number): number => {
    let open = 0;
    for (let r = 0; r < R; r++) open += remaining[r]!;
    let freeFixed = 0;
    for (const f of instance.fixed) {
      const l = local.get(f)!;
      if (holding[l]) continue;
      for (let r = 0; r < R; r++) {
        if (remaining[r]! > 0 && canFill[l * R + r]) {
          freeFixed++;
          break;
        }
      }
    }
    newMembers = Math.max(0, open - freeFixed);
    if (teamSize + newMembers > instance.maxTeamSize) return Number.POSITIVE_INFINITY;
    const floorAt = Math.max(0, newMembers - 1);

    let bound = cost + penaltySum;
    let pairedBound = bound;
    for (let r = 0; r < R; r++) {
      const q = remaining[r]!;
      if (q === 0) continue;
      let found = 0;
      let foundPaired = 0;
      const list = eligible[r]!;
      for (let p = r === current ? minPos : 0; p < list.length; p++) {
        const l = list[p]!;
        const v = slotValue(l);
        if (v < 0) continue;
        if (found < q || v < cheapest[q - 1]!) {
          // Insert v into the sorted list of the q cheapest values, dropping the largest when full.
          let at = found < q ? found++ : q - 1;
          while (at > 0 && cheapest[at - 1]! > v) {
            cheapest[at] = cheapest[at - 1]!;
            at--;
          }
          cheapest[at] = v;
        }
        const w = isFixed[l] ? 0 : v + pairFloor[l * (S + 1) + floorAt]! / 2;
        if (foundPaired < q || w < cheapestPaired[q - 1]!) {
          let at = foundPaired < q ? foundPaired++ : q - 1;
          while (at > 0 && cheapestPaired[at - 1]! > w) {
            cheapestPaired[at] = cheapestPaired[at - 1]!;
            at--;
          }
          cheapestPaired[at] = w;
        }
      }
      if (found < q) return Number.POSITIVE_INFINITY;
      for (let i = 0; i < q; i++) {
        bound += cheapest[i]!;
        pairedBound += cheapestPaired[i]!;
      }
      if (r === current) lastOfCurrent = cheapest[q - 1]!;
    }
    plainBound = bound + (newMembers * (newMembers - 1)) / 2;
    // Without product penalties every cost is a whole number of hops.
    return Math.max(plainBound, instance.penalty ? pairedBound : Math.ceil(pairedBound - EPSILON));
  };

  const leaf = () => {
    const members: number[] = [];
    for (let i = 0; i < m; i++) if (inTeam[i]) members.push(vertices[i]!);
    const holders = new Int32Array(S);
    const taken = new Int32Array(R);
    for (let d = 0; d < S; d++) {
      const r = sequence[d]!;
      holders[slotStart[r]! + taken[r]!++] = vertices[holder[d]!]!;
    }
    best.offer({ members, holders, cost, objective: cost + penaltySum });
  };

  const search = (d: number, minPos: number) => {
    nodes++;
    if (d === S) {
      if (d === 0) rootBound = cost + penaltySum;
      leaf();
      return;
    }
    const r = sequence[d]!;
    const bound = lowerBound(r, minPos);
    const plain = plainBound;
    if (d === 0) rootBound = bound;
    if (bound >= best.threshold - EPSILON) return;
    const last = lastOfCurrent;
    const slack = Math.max(0, newMembers - 1);

    const list = eligible[r]!;
    const pos = optionPos[d]!;
    const value = optionValue[d]!;
    const sorted = optionOrder[d]!;
    sorted.length = 0;
    for (let p = minPos; p < list.length; p++) {
      const v = slotValue(list[p]!);
      if (v < 0) continue;
      pos[sorted.length] = p;
      value[sorted.length] = v;
      sorted.push(sorted.length);
    }
    sorted.sort((a, b) => value[a]! - value[b]! || pos[a]! - pos[b]!);
    // A lower bound of the subtree under option o (a fixed member adds nothing to the team).
    const childBound = (o: number) => (isFixed[list[pos[o]!]!] ? bound : plain - last + value[o]! - slack);
    // The options from `from` on stay unexplored: remember their smallest bound
    // (each is also bounded by this node's own bound).
    const leaveFrom = (from: number) => {
      for (let i = from; i < sorted.length; i++) {
        const b = Math.max(bound, childBound(sorted[i]!));
        if (b < unexploredBound) unexploredBound = b;
      }
    };

    const sameNext = d + 1 < S && sequence[d + 1] === r;
    for (let i = 0; i < sorted.length; i++) {
      if (aborted) return leaveFrom(i);
      const o = sorted[i]!;
      const p = pos[o]!;
      const l = list[p]!;
      if (!isFixed[l] && childBound(o) >= best.threshold - EPSILON) break;
      if (outOfBudget()) return leaveFrom(i);
      if (isFixed[l]) {
        holding[l] = 1;
        remaining[r]!--;
        holder[d] = l;
        search(d + 1, sameNext ? p + 1 : 0);
        remaining[r]!++;
        holding[l] = 0;
        continue;
      }
      add(l);
      holding[l] = 1;
      remaining[r]!--;
      holder[d] = l;
      search(d + 1, sameNext ? p + 1 : 0);
      remaining[r]!++;
      holding[l] = 0;
      remove(l);
    }
  };

  if (nodeBudget > 0) search(0, 0);
  else {
    stoppedBy = 'nodeBudget';
    aborted = true;
    rootBound = lowerBound(sequence[0] ?? -1, 0);
    unexploredBound = rootBound;
  }
  return {
    started: true,
    complete: !aborted,
    nodes,
    stoppedBy,
    unexploredBound: aborted ? unexploredBound : Number.POSITIVE_INFINITY,
    rootBound,
  };
}
