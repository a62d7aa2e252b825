// The collaboration graph over ALL candidates (excluded ones too: they still
// connect others) in compressed sparse row form, so that breadth-first
// searches over 100,000 members stay in typed arrays.

export interface CollaborationGraph {
  /** Number of candidates (vertices 0..size-1). */
  readonly size: number;
  /** Neighbours of v are neighbours[offsets[v] .. offsets[v + 1]). */
  readonly offsets: Uint32Array;
  readonly neighbours: Uint32Array;
}

/** Builds an undirected graph; self-loops are dropped, duplicate edges are harmless. */
export function buildCollaborationGraph(
  size: number,
  edges: readonly (readonly [number, number])[],
): CollaborationGraph {
  const degree = new Uint32Array(size + 1);
  for (const [a, b] of edges) {
    if (a === b) continue;
    degree[a]!++;
    degree[b]!++;
  }
  const offsets = new Uint32Array(size + 1);
  for (let v = 0; v < size; v++) offsets[v + 1] = offsets[v]! + degree[v]!;
  const fill = offsets.slice(0, size);
  const neighbours = new Uint32Array(offsets[size]!);
  for (const [a, b] of edges) {
    if (a === b) continue;
    neighbours[fill[a]!++] = b;
    neighbours[fill[b]!++] = a;
  }
  return { size, offsets, neighbours };
}

export function degreeOf(graph: CollaborationGraph, v: number): number {
  return graph.offsets[v + 1]! - graph.offsets[v]!;
}
