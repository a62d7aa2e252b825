// Min-cost maximum flow by successive shortest paths: Dijkstra on reduced costs
// (Johnson potentials), stopped as soon as the sink is settled, over a residual
// graph held in typed arrays. Edge e and its reverse are e and e ^ 1.
//
// Costs must be non-negative integers (held exactly in float64 up to 2^53), so
// that zero potentials are feasible at the start and every comparison is exact.
// The result is a maximum flow whose cost is the smallest among maximum flows.
import { IndexedMinHeap } from './indexedMinHeap.js';

export class FlowNetwork {
  readonly nodeCount: number;
  private edgeCount = 0;
  readonly tail: Int32Array;
  readonly head: Int32Array;
  /** Residual capacity of each edge; the flow on edge e is the residual of e ^ 1. */
  readonly residual: Int32Array;
  readonly cost: Float64Array;

  constructor(nodeCount: number, maxEdges: number) {
    this.nodeCount = nodeCount;
    this.tail = new Int32Array(2 * maxEdges);
    this.head = new Int32Array(2 * maxEdges);
    this.residual = new Int32Array(2 * maxEdges);
    this.cost = new Float64Array(2 * maxEdges);
  }

  get edges(): number {
    return this.edgeCount;
  }

  /** Adds an edge and its reverse; returns the forward edge's index. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    if (!Number.isInteger(cost) || cost < 0)
      throw new RangeError(`edge cost must be an integer ≥ 0, got ${cost}`);
    if (!Number.isInteger(capacity) || capacity < 0)
      throw new RangeError(`edge capacity must be an integer ≥ 0, got ${capacity}`);
    const e = this.edgeCount;
    if (e + 2 > this.tail.length) throw new RangeError('FlowNetwork: more edges than declared');
    this.tail[e] = from;
    this.head[e] = to;
    this.residual[e] = capacity;
    this.cost[e] = cost;
    this.tail[e + 1] = to;
    this.head[e + 1] = from;
    this.residual[e + 1] = 0;
    this.cost[e + 1] = -cost;
    this.edgeCount += 2;
    return e;
  }

  flowOn(edge: number): number {
    return this.residual[edge ^ 1]!;
  }
}

export interface FlowResult {
  flow: number;
  cost: number;
  /** Shortest-path searches run (one per augmentation, plus the last that finds none). */
  searches: number;
}

/** Edge ids grouped by tail, in insertion order (a stable counting sort). */
function outgoingEdges(network: FlowNetwork): { start: Int32Array; order: Int32Array } {
  const n = network.nodeCount;
  const m = network.edges;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) start[network.tail[e]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const order = new Int32Array(m);
  for (let e = 0; e < m; e++) order[fill[network.tail[e]!]!++] = e;
  return { start, order };
}

export function minCostMaxFlow(network: FlowNetwork, source: number, sink: number): FlowResult {
  const n = network.nodeCount;
  const { head, residual, cost } = network;
  const { start, order } = outgoingEdges(network);
  const potential = new Float64Array(n);
  const distance = new Float64Array(n);
  const parentEdge = new Int32Array(n);
  // Stamps instead of resets: a node's distance is valid when reachedIn === search.
  const reachedIn = new Int32Array(n).fill(-1);
  const settledIn = new Int32Array(n).fill(-1);
  const settled = new Int32Array(n);
  const heap = new IndexedMinHeap(n);
  let flow = 0;
  let totalCost = 0;
  let search = 0;

  for (; ; search++) {
    let settledCount = 0;
    distance[source] = 0;
    reachedIn[source] = search;
    heap.pushOrDecrease(source, 0);
    let reachedSink = false;
    while (heap.size > 0) {
      const u = heap.pop();
      settledIn[u] = search;
      settled[settledCount++] = u;
      if (u === sink) {
        reachedSink = true;
        break;
      }
      const du = distance[u]! + potential[u]!;
      for (let k = start[u]!, end = start[u + 1]!; k < end; k++) {
        const e = order[k]!;
        if (residual[e]! <= 0) continue;
        const v = head[e]!;
        if (settledIn[v] === search) continue;
        const dv = du + cost[e]! - potential[v]!;
        if (reachedIn[v] !== search || dv < distance[v]!) {
          reachedIn[v] = search;
          distance[v] = dv;
          parentEdge[v] = e;
          heap.pushOrDecrease(v, dv);
        }
      }
    }
    heap.clear();
    if (!reachedSink) break;

    // Johnson's update restricted to settled nodes (others keep theirs, which
    // stays feasible because their distance is at least the sink's).
    const sinkDistance = distance[sink]!;
    for (let i = 0; i < settledCount; i++) {
      const v = settled[i]!;
      potential[v]! += distance[v]! - sinkDistance;
    }

    let bottleneck = Number.POSITIVE_INFINITY;
    for (let v = sink; v !== source; v = network.tail[parentEdge[v]!]!) {
      bottleneck = Math.min(bottleneck, residual[parentEdge[v]!]!);
    }
    for (let v = sink; v !== source; v = network.tail[parentEdge[v]!]!) {
      const e = parentEdge[v]!;
      residual[e]! -= bottleneck;
      residual[e ^ 1]! += bottleneck;
      totalCost += bottleneck * cost[e]!;
    }
    flow += bottleneck;
  }
  return { flow, cost: totalCost, searches: search + 1 };
}
