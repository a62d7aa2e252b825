import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../../domain/errors.js';
import type { PeerNetwork } from '../../../domain/problems/peers.js';
import { intBetween, mulberry32, sample } from '../../../domain/random.js';
import { craftsTaxonomy } from '../mentorAssignment/testTaxonomy.js';
import { buildPeerGraph, complementarySkillPairs, solvePeerProblem, suggestPeers } from './index.js';

const network: PeerNetwork = {
  members: [
    { id: 'ana', skills: ['ceramics'], spaces: ['atelier'] },
    { id: 'ben', skills: ['woodworking'], spaces: [] },
    { id: 'cleo', skills: ['photography'], spaces: [] },
    { id: 'dan', skills: ['ceramics'], spaces: [] },
    { id: 'eva', skills: ['sculpture'], spaces: ['atelier'] },
    { id: 'fay', skills: ['ceramics', 'glazing'], spaces: [] },
    { id: 'gus', skills: ['ceramics'], spaces: ['atelier'] },
    { id: 'hal', skills: ['woodworking'], spaces: ['atelier'] },
    { id: 'ivy', skills: ['photography'], spaces: [] },
  ],
  collaborations: [
    { source: 'ana', target: 'ben', weight: 1 },
    { source: 'ana', target: 'cleo', weight: 3 },
    { source: 'dan', target: 'ben', weight: 1 },
    { source: 'dan', target: 'cleo', weight: 1 },
    { source: 'gus', target: 'ben', weight: 1 },
  ],
  complementary: [['ceramics', 'sculpture']],
};

describe('suggestPeers', () => {
  const graph = buildPeerGraph(network);

  it('suggests close members with similar or complementary skills, explained', () => {
    const suggestions = suggestPeers(graph, 'ana', { optedOut: ['gus'], exclude: ['hal'] });
    expect(suggestions.map((s) => s.member)).toEqual(['dan', 'eva', 'fay']);
    expect(suggestions[0]).toEqual({
      member: 'dan',
      score: expect.any(Number),
      sharedNeighbours: ['cleo', 'ben'], // cleo has fewer collaborators than ben: a stronger tie
      sharedSpaces: [],
      sharedSkills: ['ceramics'],
      complementarySkills: [],
    });
    expect(suggestions[1]).toMatchObject({
      member: 'eva',
      sharedSpaces: ['atelier'],
      complementarySkills: [{ mine: 'ceramics', theirs: 'sculpture' }],
    });
    expect(suggestions[2]).toMatchObject({ member: 'fay', sharedSkills: ['ceramics'], sharedNeighbours: [] });
    const scores = suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('never suggests the member, collaborators, opted-out or excluded members', () => {
    const all = suggestPeers(graph, 'ana', { k: 100 }).map((s) => s.member);
    expect(all).toContain('gus');
    expect(all).toContain('hal');
    expect(all).not.toContain('ana');
    expect(all).not.toContain('ben');
    expect(all).not.toContain('cleo');
    expect(all).not.toContain('ivy'); // nothing in common
    const filtered = suggestPeers(graph, 'ana', { k: 100, optedOut: ['gus'], exclude: ['hal', 'unknown'] });
    expect(filtered.map((s) => s.member)).toEqual(all.filter((m) => m !== 'gus' && m !== 'hal'));
  });

  it('rejects an unknown member or a bad k', () => {
    expect(() => suggestPeers(graph, 'zoe')).toThrow(BadUserInputError);
    expect(() => suggestPeers(graph, 'ana', { k: 0 })).toThrow(/whole number/);
  });

  it('matches a direct computation of the score on a random network', () => {
    const random = mulberry32(17);
    const skills = ['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7'];
    const spaces = ['p0', 'p1', 'p2'];
    const n = 120;
    const members = Array.from({ length: n }, (_, i) => ({
      id: `m${i}`,
      skills: sample(random, skills, intBetween(random, 0, 3)),
      spaces: sample(random, spaces, intBetween(random, 0, 1)),
    }));
    const collaborations = Array.from({ length: 240 }, () => ({
      source: `m${intBetween(random, 0, n - 1)}`,
      target: `m${intBetween(random, 0, n - 1)}`,
      weight: 1,
    })).filter((c) => c.source !== c.target);
    const complementary: [string, string][] = [
      ['s0', 's1'],
      ['s2', 's5'],
      ['s3', 's7'],
    ];
    const net: PeerNetwork = { members, collaborations, complementary };
    const g = buildPeerGraph(net);

    // Straight from the definitions, with sets.
    const neighbours = members.map(() => new Set<number>());
    for (const c of collaborations) {
      const a = Number(c.source.slice(1));
      const b = Number(c.target.slice(1));
      neighbours[a]!.add(b);
      neighbours[b]!.add(a);
    }
    const holders = (skill: string) => members.filter((m) => m.skills.includes(skill)).length;
    const idf = (skill: string) => (holders(skill) > 0 ? Math.log(n / holders(skill)) : 0);
    const complementsOf = (skill: string) =>
      complementary.flatMap(([a, b]) => (a === skill ? [b] : b === skill ? [a] : []));
    const expected = (u: number, blocked: Set<number>) => {
      const mine = members[u]!;
      const norm = mine.skills.reduce((s, k) => s + idf(k), 0) || 1;
      const lacking = new Set(mine.skills.flatMap(complementsOf).filter((k) => !mine.skills.includes(k)));
      return members
        .map((c, v) => {
          let aa = 0;
          for (const z of neighbours[u]!) if (neighbours[v]!.has(z)) aa += 1 / Math.log(neighbours[z]!.size);
          for (const p of mine.spaces) {
            if (c.spaces.includes(p)) aa += 1 / Math.log(members.filter((m) => m.spaces.includes(p)).length);
          }
          const sim = mine.skills.filter((k) => c.skills.includes(k)).reduce((s, k) => s + idf(k), 0);
          const comp = [...lacking].filter((k) => c.skills.includes(k)).reduce((s, k) => s + idf(k), 0);
          return { v, score: 0.5 * (aa / (1 + aa)) + 0.25 * (sim / norm) + 0.25 * Math.min(1, comp / norm) };
        })
        .filter((x) => x.v !== u && !blocked.has(x.v) && !neighbours[u]!.has(x.v) && x.score > 0)
        .sort((a, b) => b.score - a.score || a.v - b.v)
        .slice(0, 8);
    };

    for (let u = 0; u < n; u += 7) {
      const blocked = new Set(sample(random, [...Array(n).keys()], 10));
      const got = suggestPeers(g, `m${u}`, {
        k: 8,
        exclude: [...blocked].slice(0, 5).map((v) => `m${v}`),
        optedOut: [...blocked].slice(5).map((v) => `m${v}`),
      });
      const want = expected(u, blocked);
      expect(got.map((s) => s.member)).toEqual(want.map((x) => `m${x.v}`));
      got.forEach((s, i) => {
        expect(s.score).toBeCloseTo(want[i]!.score, 6);
        const explained =
          s.sharedNeighbours.length +
          s.sharedSpaces.length +
          s.sharedSkills.length +
          s.complementarySkills.length;
        expect(explained).toBeGreaterThan(0);
      });
    }
    // Same answers on a second run (scratch arrays are reused).
    expect(suggestPeers(g, 'm0', { k: 8 })).toEqual(suggestPeers(g, 'm0', { k: 8 }));
  });
});

describe('solvePeerProblem', () => {
  it('answers the canonical problem', () => {
    const solution = solvePeerProblem({
      ...network,
      member: 'ana',
      k: 2,
      optedOut: ['gus'],
      exclude: ['hal'],
    });
    expect(solution.member).toBe('ana');
    expect(solution.suggestions.map((s) => s.member)).toEqual(['dan', 'eva']);
  });

  it('names the failing fields', () => {
    try {
      solvePeerProblem({
        members: [
          { id: 'a', skills: [] },
          { id: 'a', skills: [] },
        ],
        collaborations: [{ source: 'a', target: 'ghost' }],
        member: 'nobody',
        exclude: ['x'],
        optedOut: [],
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).problems.map((p) => p.path.join('.'))).toEqual([
        'members.1.id',
        'collaborations.0.target',
        'member',
        'exclude.0',
      ]);
    }
    expect(() => solvePeerProblem({ members: [{ id: 'a' }], member: 'a', k: 0 })).toThrow(/k: must be ≥ 1/);
  });
});

describe('complementarySkillPairs', () => {
  it('turns RELATED links into undirected pairs, once each', () => {
    expect(complementarySkillPairs(craftsTaxonomy())).toEqual([['ceramics', 'sculpture']]);
  });
});
