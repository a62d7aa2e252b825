// Hop distances in the collaboration graph, capped: the canonical cost counts
// min(hops, 5) and unreachable pairs as 5, so a breadth-first search never has
// to look further than 4 hops: everything not reached by then is at 5.
import { TEAM_DISTANCE_CAP } from '../../../domain/problems/team.js';
import type { CollaborationGraph } from './collaborationGraph.js';

/** The cap of domain/problems/team.ts, where it is defined once. */
export const DISTANCE_CAP = TEAM_DISTANCE_CAP;

/**
 * Distances from `source` to every candidate, capped at DISTANCE_CAP.
 * `queue` is scratch space of at least graph.size entries, reused across calls.
 */
export function cappedDistancesFrom(
  graph: CollaborationGraph,
  source: number,
  queue: Uint32Array = new Uint32Array(graph.size),
): Uint8Array {
  const distance = new Uint8Array(graph.size).fill(DISTANCE_CAP);
  const { offsets, neighbours } = graph;
  distance[source] = 0;
  queue[0] = source;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = queue[head++]!;
    const next = distance[v]! + 1;
    if (next >= DISTANCE_CAP) break;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = neighbours[e]!;
      if (distance[w] === DISTANCE_CAP) {
        distance[w] = next;
        queue[tail++] = w;
      }
    }
  }
  return distance;
}

/** Lazily computed distance rows, one breadth-first search per source asked for. */
export class DistanceRows {
  private readonly rows = new Map<number, Uint8Array>();
  private readonly queue: Uint32Array;

  constructor(readonly graph: CollaborationGraph) {
    this.queue = new Uint32Array(graph.size);
  }

  from(source: number): Uint8Array {
    let row = this.rows.get(source);
    if (!row) {
      row = cappedDistancesFrom(this.graph, source, this.queue);
      this.rows.set(source, row);
    }
    return row;
  }

  between(a: number, b: number): number {
    return this.from(a)[b]!;
  }
}

/**
 * A dense matrix of capped distances among `vertices` (local index i ↔
 * vertices[i]); null when `stop` (asked between rows) says to give up.
 */
export function distanceMatrix(graph: CollaborationGraph, vertices: readonly number[]): Uint8Array;
export function distanceMatrix(
  graph: CollaborationGraph,
  vertices: readonly number[],
  stop: (() => boolean) | undefined,
): Uint8Array | null;
export function distanceMatrix(
  graph: CollaborationGraph,
  vertices: readonly number[],
  stop?: () => boolean,
): Uint8Array | null {
  const m = vertices.length;
  const matrix = new Uint8Array(m * m);
  const queue = new Uint32Array(graph.size);
  for (let i = 0; i < m; i++) {
    if (stop && i % 64 === 0 && stop()) return null;
    const row = cappedDistancesFrom(graph, vertices[i]!, queue);
    for (let j = 0; j < m; j++) matrix[i * m + j] = row[vertices[j]!]!;
  }
  return matrix;
}
