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

/** Builds an undirected graph from edge endpoints (edge i joins from[i] and to[i]); self-loops are dropped, duplicate edges are harmless. */
export function buildCollaborationGraph(size: number, from: Int32Array, to: Int32Array): CollaborationGraph {
  const offsets = new Uint32Array(size + 1);
  for (let i = 0; i < from.length; i++) {
    if (from[i] === to[i]) continue;
    offsets[from[i]! + 1]!++;
    offsets[to[i]! + 1]!++;
  }
  for (let v = 0; v < size; v++) offsets[v + 1]! += offsets[v]!;
  const fill = offsets.slice(0, size);
  const neighbours = new Uint32Array(offsets[size]!);
  for (let i = 0; i < from.length; i++) {
    const a = from[i]!;
    const b = to[i]!;
    if (a === b) continue;
    neighbours[fill[a]!++] = b;
    neighbours[fill[b]!++] = a;
  }
  return { size, offsets, neighbours };
}

export function degreeOf(graph: CollaborationGraph, v: number): number {
  return graph.offsets[v + 1]! - graph.offsets[v]!;
}
