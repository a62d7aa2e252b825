import { describe, expect, it } from 'vitest';
import { buildCollaborationGraph } from './collaborationGraph.js';
import { cappedDistancesFrom, DistanceRows, distanceMatrix } from './hopDistances.js';

// A path 0-1-2-3-4-5-6-7, a triangle 8-9-10 and an isolated 11.
const from = Int32Array.from([0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 3]);
const to = Int32Array.from([1, 2, 3, 4, 5, 6, 7, 9, 10, 8, 3]);
const graph = buildCollaborationGraph(12, from, to);

describe('capped hop distances', () => {
  it('counts hops up to 4 and caps longer paths and unreachable candidates at 5', () => {
    expect([...cappedDistancesFrom(graph, 0)]).toEqual([0, 1, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5]);
    expect([...cappedDistancesFrom(graph, 8)]).toEqual([5, 5, 5, 5, 5, 5, 5, 5, 0, 1, 1, 5]);
    expect(cappedDistancesFrom(graph, 11)[11]).toBe(0);
  });

  it('drops self-loops', () => {
    expect(graph.offsets[4]! - graph.offsets[3]!).toBe(2);
  });

  it('caches rows and builds symmetric matrices', () => {
    const rows = new DistanceRows(graph);
    expect(rows.from(2)).toBe(rows.from(2));
    expect(rows.between(2, 6)).toBe(4);
    const vertices = [0, 3, 7, 9];
    const matrix = distanceMatrix(graph, vertices);
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) {
        expect(matrix[i * 4 + j]).toBe(matrix[j * 4 + i]);
        expect(matrix[i * 4 + j]).toBe(rows.between(vertices[i]!, vertices[j]!));
      }
    }
  });
});
