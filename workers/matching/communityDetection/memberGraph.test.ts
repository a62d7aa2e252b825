import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../../domain/errors.js';
import { intBetween, mulberry32, pick } from '../../../domain/random.js';
import { craftsTaxonomy } from '../mentorAssignment/testTaxonomy.js';
import { detectMemberCommunities } from './memberCommunities.js';
import { buildMemberGraph, keepHeaviestEdges } from './memberGraph.js';
import { normalizedMutualInformation } from './normalizedMutualInformation.js';
import { buildWeightedGraph, type WeightedGraph } from './weightedGraph.js';

function weightBetween(graph: WeightedGraph, u: number, v: number): number {
  for (let e = graph.offsets[u]!; e < graph.offsets[u + 1]!; e++)
    if (graph.targets[e] === v) return graph.weights[e]!;
  return 0;
}

describe('buildMemberGraph', () => {
  it('adds collaborations, shared skills weighted by rarity and shared spaces', () => {
    const { ids, graph } = buildMemberGraph(
      {
        members: [
          { id: 'a', skills: ['rare', 'common'], spaces: ['lille'] },
          { id: 'b', skills: ['rare', 'common'], spaces: [] },
          { id: 'c', skills: ['common'], spaces: ['lille'] },
          { id: 'd', skills: ['common'], spaces: [] },
          { id: 'e', skills: [], spaces: [] },
        ],
        collaborations: [{ source: 'a', target: 'e', weight: 2 }],
      },
      { skillWeight: 1, spaceWeight: 0.5, collaborationWeight: 1 },
    );
    expect(ids).toEqual(['a', 'b', 'c', 'd', 'e']);
    const rare = Math.log(5 / 2);
    const common = Math.log(5 / 4);
    expect(weightBetween(graph, 0, 1)).toBeCloseTo(rare + common, 12);
    expect(weightBetween(graph, 0, 2)).toBeCloseTo(common + 0.5 * Math.log(5 / 2), 12);
    expect(weightBetween(graph, 2, 3)).toBeCloseTo(common, 12);
    expect(weightBetween(graph, 0, 4)).toBe(2);
    expect(weightBetween(graph, 1, 4)).toBe(0);
  });

  it('rejects duplicate members and unknown collaborators', () => {
    expect(() =>
      buildMemberGraph({
        members: [
          { id: 'a', skills: [], spaces: [] },
          { id: 'a', skills: [], spaces: [] },
        ],
        collaborations: [{ source: 'a', target: 'z', weight: 1 }],
      }),
    ).toThrow(BadUserInputError);
  });

  it('keeps large groups sparse: each member linked to a window of the group', () => {
    const members = Array.from({ length: 200 }, (_, i) => ({
      id: `m${i}`,
      skills: ['everyone-but-one'],
      spaces: [],
    }));
    members.push({ id: 'outsider', skills: [], spaces: [] });
    const { graph } = buildMemberGraph(
      { members, collaborations: [] },
      { groupWindow: 3, maxEdgesPerNode: 100 },
    );
    for (let u = 0; u < 200; u++) expect(graph.offsets[u + 1]! - graph.offsets[u]!).toBe(6);
  });
});

describe('keepHeaviestEdges', () => {
  it('keeps each node’s k heaviest edges, and an edge when either end keeps it', () => {
    // Star: hub 0 linked to 1..5 with weights 1..5; 1 and 2 also linked (weight 0.5).
    const graph = buildWeightedGraph(
      6,
      Int32Array.from([0, 0, 0, 0, 0, 1]),
      Int32Array.from([1, 2, 3, 4, 5, 2]),
      Float64Array.from([1, 2, 3, 4, 5, 0.5]),
    );
    const kept = keepHeaviestEdges(graph, 1);
    // The hub keeps 0–5; each leaf keeps its only edge to the hub except 1 and 2, which keep 0–1 and 0–2 (heavier than 1–2).
    expect(Array.from(kept.targets.subarray(kept.offsets[0]!, kept.offsets[1]!))).toEqual([1, 2, 3, 4, 5]);
    expect(weightBetween(kept, 1, 2)).toBe(0);
    expect(kept.totalWeight).toBe(15);
  });
});

describe('detectMemberCommunities', () => {
  it('finds trades from shared skills, spaces and collaborations, and labels them', () => {
    const random = mulberry32(3);
    const trades = [
      { skills: ['ceramics', 'wheel-throwing'], space: 'lille' },
      { skills: ['woodworking'], space: 'ghent' },
      { skills: ['photography'], space: 'lyon' },
    ];
    const members = Array.from({ length: 150 }, (_, i) => {
      const trade = trades[i % 3]!;
      return { id: `m${i}`, skills: [pick(random, trade.skills)], spaces: [trade.space] };
    });
    const collaborations = Array.from({ length: 200 }, () => {
      const a = intBetween(random, 0, 149);
      const b = random() < 0.9 ? (a + 3 * intBetween(random, 1, 49)) % 150 : intBetween(random, 0, 149);
      return { source: `m${a}`, target: `m${b}`, weight: 1 };
    });
    const result = detectMemberCommunities({ members, collaborations }, craftsTaxonomy(), {
      languages: ['en'],
      graph: { maxEdgesPerNode: 10 },
    });
    const found = new Map<string, number>();
    result.communities.forEach((c, k) => {
      for (const m of c.members) found.set(m, k);
    });
    const truth = members.map((_, i) => i % 3);
    expect(
      normalizedMutualInformation(
        members.map((m) => found.get(m.id) ?? -1),
        truth,
      ),
    ).toBeGreaterThan(0.9);
    expect(result.modularity).toBeGreaterThan(0.3);
    const labels = result.communities.map((c) => c.skills[0]?.skill);
    expect(labels).toEqual(expect.arrayContaining(['ceramics', 'woodworking', 'photography']));
  });
});
