// Exact capacitated assignment with an "unassigned" option: every row (mentee)
// goes either to one column (mentor) through one of its edges, or stays
// unassigned; a column takes at most its capacity. The cost of a solution is
// the pair (number of unassigned rows, sum of the costs of the used edges),
// minimised lexicographically — so the most rows are assigned, then the
// cheapest way.
//
// Method: successive shortest paths with one row added at a time (the
// Jonker–Volgenant scheme generalised to capacities). Each row is a unit supply
// that flows to the terminal T either through a column with room or through
// its own "unassigned" edge of cost (1, 0). Adding a row keeps the flow of
// minimum cost for the rows added so far, because the augmenting path is a
// shortest path (Dijkstra on reduced costs, potentials kept feasible, search
// stopped when T is settled). The unassigned edge lets a later row displace an
// earlier one when that is better, which a plain row-by-row matching cannot.
//
// Costs must be non-negative integers (exact in float64); distances and
// potentials are (primary, secondary) pairs, so no "big M" is involved.
import { IndexedMinHeap } from './indexedMinHeap.js';

export interface AssignmentInstance {
  rows: number;
  /** Capacity of each column. */
  capacity: Int32Array;
  /** The edges of row i are rowStart[i] .. rowStart[i + 1] - 1. */
  rowStart: Int32Array;
  edgeColumn: Int32Array;
  /** Non-negative integers. */
  edgeCost: Float64Array;
}

export interface AssignmentResult {
  /** For each row, the index of its used edge, or -1 when unassigned. */
  assignedEdge: Int32Array;
  /** Nodes settled over all searches (a measure of work). */
  settledNodes: number;
}

const UNASSIGNED_STEP = -2;
const COLUMN_TO_TERMINAL = -3;

export function solveCapacitatedAssignment(instance: AssignmentInstance): AssignmentResult {
  const { rows, capacity, rowStart, edgeColumn, edgeCost } = instance;
  const columns = capacity.length;
  const terminal = rows + columns;
  const nodes = terminal + 1;

  const assignedEdge = new Int32Array(rows).fill(-1);
  const load = new Int32Array(columns);
  // Rows held by each column, as doubly linked lists threaded through the rows.
  const firstRow = new Int32Array(columns).fill(-1);
  const nextRow = new Int32Array(rows).fill(-1);
  const previousRow = new Int32Array(rows).fill(-1);

  const potentialP = new Float64Array(nodes);
  const potentialS = new Float64Array(nodes);
  const distanceP = new Float64Array(nodes);
  const distanceS = new Float64Array(nodes);
  /** Edge used to reach a node: a row's edge index (to a column), a held row's edge (column → row), or a step code. */
  const parentEdge = new Int32Array(nodes);
  const parentNode = new Int32Array(nodes);
  const reachedIn = new Int32Array(nodes).fill(-1);
  const settledIn = new Int32Array(nodes).fill(-1);
  const settled = new Int32Array(nodes);
  const heap = new IndexedMinHeap(nodes);
  const path: number[] = [];
  let settledNodes = 0;

  const detach = (row: number) => {
    const e = assignedEdge[row]!;
    if (e < 0) return;
    const column = edgeColumn[e]!;
    const prev = previousRow[row]!;
    const next = nextRow[row]!;
    if (prev >= 0) nextRow[prev] = next;
    else firstRow[column] = next;
    if (next >= 0) previousRow[next] = prev;
    load[column]!--;
    assignedEdge[row] = -1;
  };
  const attach = (row: number, e: number) => {
    const column = edgeColumn[e]!;
    const head = firstRow[column]!;
    previousRow[row] = -1;
    nextRow[row] = head;
    if (head >= 0) previousRow[head] = row;
    firstRow[column] = row;
    load[column]!++;
    assignedEdge[row] = e;
  };

  for (let source = 0; source < rows; source++) {
    const search = source;
    // Feasible potential for the new row: the largest value that keeps every
    // reduced cost of its edges ≥ 0 (it has no incoming residual edge yet).
    let bestP = potentialP[terminal]! - 1;
    let bestS = potentialS[terminal]!;
    for (let e = rowStart[source]!, end = rowStart[source + 1]!; e < end; e++) {
      const w = rows + edgeColumn[e]!;
      const p = potentialP[w]!;
      const s = potentialS[w]! - edgeCost[e]!;
      if (p > bestP || (p === bestP && s > bestS)) {
        bestP = p;
        bestS = s;
      }
    }
    potentialP[source] = bestP;
    potentialS[source] = bestS;

    let settledCount = 0;
    distanceP[source] = 0;
    distanceS[source] = 0;
    reachedIn[source] = search;
    heap.pushOrDecrease(source, 0, 0);

    const relax = (u: number, v: number, costP: number, costS: number, edge: number) => {
      if (settledIn[v] === search) return;
      const dp = distanceP[u]! + costP + potentialP[u]! - potentialP[v]!;
      const ds = distanceS[u]! + costS + potentialS[u]! - potentialS[v]!;
      if (reachedIn[v] === search && (dp > distanceP[v]! || (dp === distanceP[v]! && ds >= distanceS[v]!)))
        return;
      reachedIn[v] = search;
      distanceP[v] = dp;
      distanceS[v] = ds;
      parentEdge[v] = edge;
      parentNode[v] = u;
      heap.pushOrDecrease(v, dp, ds);
    };

    while (heap.size > 0) {
      const u = heap.pop();
      settledIn[u] = search;
      settled[settledCount++] = u;
      if (u === terminal) break;
      if (u < rows) {
        const own = assignedEdge[u]!;
        for (let e = rowStart[u]!, end = rowStart[u + 1]!; e < end; e++) {
          if (e !== own) relax(u, rows + edgeColumn[e]!, 0, edgeCost[e]!, e);
        }
        // Every row reached is placed (or is the new one), so it may instead become unassigned.
        relax(u, terminal, 1, 0, UNASSIGNED_STEP);
      } else {
        const column = u - rows;
        for (let r = firstRow[column]!; r >= 0; r = nextRow[r]!) {
          const e = assignedEdge[r]!;
          relax(u, r, 0, -edgeCost[e]!, e);
        }
        if (load[column]! < capacity[column]!) relax(u, terminal, 0, 0, COLUMN_TO_TERMINAL);
      }
    }
    heap.clear();
    settledNodes += settledCount;

    const terminalP = distanceP[terminal]!;
    const terminalS = distanceS[terminal]!;
    for (let i = 0; i < settledCount; i++) {
      const v = settled[i]!;
      potentialP[v]! += distanceP[v]! - terminalP;
      potentialS[v]! += distanceS[v]! - terminalS;
    }

    // Walk back from T, then move each row on the path to its successor.
    path.length = 0;
    for (let v = terminal; v !== source; v = parentNode[v]!) path.push(v);
    path.push(source);
    path.reverse();
    for (let k = 0; k + 1 < path.length; k++) {
      const row = path[k]!;
      if (row >= rows) continue;
      const next = path[k + 1]!;
      detach(row);
      if (next !== terminal) attach(row, parentEdge[next]!);
    }
  }
  return { assignedEdge, settledNodes };
}
