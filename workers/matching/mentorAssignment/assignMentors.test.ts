import { describe, expect, it } from 'vitest';
import type { MentorProblem, MentorSolution } from '../../../domain/problems/mentors.js';
import { intBetween, mulberry32 } from '../../../domain/random.js';
import { assignMentors } from './assignMentors.js';
import { greedyAssignment } from './greedyAssignment.js';
import { FlowNetwork, minCostMaxFlow } from './minCostFlow.js';
import { randomMentorProblem } from './randomMentorProblem.js';

/** Every assignment enumerated: each mentee takes one of its pairs or none. Best (matched, total) wins. */
function bruteForce(problem: MentorProblem): { matched: number; total: number } {
  const byMentee = problem.mentees.map((m) => problem.pairs.filter((p) => p.mentee === m.id));
  const load = new Map(problem.mentors.map((m) => [m.id, 0]));
  const capacity = new Map(problem.mentors.map((m) => [m.id, m.capacity]));
  let best = { matched: -1, total: -1 };
  const visit = (i: number, matched: number, total: number) => {
    if (i === byMentee.length) {
      if (matched > best.matched || (matched === best.matched && total > best.total + 1e-9)) {
        best = { matched, total };
      }
      return;
    }
    visit(i + 1, matched, total);
    for (const pair of byMentee[i]!) {
      const used = load.get(pair.mentor)!;
      if (used >= capacity.get(pair.mentor)!) continue;
      load.set(pair.mentor, used + 1);
      visit(i + 1, matched + 1, total + pair.score);
      load.set(pair.mentor, used);
    }
  };
  visit(0, 0, 0);
  return best;
}

function smallProblem(seed: number): MentorProblem {
  const random = mulberry32(seed);
  const mentors = Array.from({ length: intBetween(random, 1, 5) }, (_, j) => ({
    id: `a${j}`,
    capacity: intBetween(random, 0, 3),
  }));
  const mentees = Array.from({ length: intBetween(random, 1, 8) }, (_, i) => ({ id: `x${i}` }));
  const density = random();
  const pairs: MentorProblem['pairs'] = [];
  for (const mentee of mentees) {
    for (const mentor of mentors) {
      // Scores on a coarse grid so that ties between optimal assignments are frequent.
      if (random() < density)
        pairs.push({ mentor: mentor.id, mentee: mentee.id, score: intBetween(random, 0, 4) / 4 });
    }
  }
  return { mentors, mentees, pairs };
}

function expectFeasible(problem: MentorProblem, solution: MentorSolution): void {
  const allowed = new Map(problem.pairs.map((p) => [`${p.mentor}|${p.mentee}`, p.score]));
  const load = new Map<string, number>();
  const seen = new Set<string>();
  for (const pair of solution.pairs) {
    expect(allowed.get(`${pair.mentor}|${pair.mentee}`)).toBe(pair.score);
    expect(seen.has(pair.mentee)).toBe(false);
    seen.add(pair.mentee);
    load.set(pair.mentor, (load.get(pair.mentor) ?? 0) + 1);
  }
  for (const mentor of problem.mentors) expect(load.get(mentor.id) ?? 0).toBeLessThanOrEqual(mentor.capacity);
  expect(solution.matched).toBe(solution.pairs.length);
  expect(solution.matched + solution.unmatched.length).toBe(problem.mentees.length);
  const total = solution.pairs.reduce((s, p) => s + p.score, 0);
  expect(solution.totalScore).toBeCloseTo(total, 9);
}

describe('assignMentors', () => {
  it('matches brute force on 300 small seeded instances (matched, then total score)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const problem = smallProblem(seed);
      const solution = assignMentors(problem);
      expectFeasible(problem, solution);
      const best = bruteForce(problem);
      expect({ seed, matched: solution.matched }).toEqual({ seed, matched: best.matched });
      expect(solution.totalScore).toBeCloseTo(best.total, 9);
    }
  });

  it('prefers one more matched mentee over a higher total score', () => {
    const solution = assignMentors({
      mentors: [
        { id: 'star', capacity: 1 },
        { id: 'other', capacity: 1 },
      ],
      mentees: [{ id: 'flexible' }, { id: 'picky' }],
      pairs: [
        { mentor: 'star', mentee: 'flexible', score: 1 },
        { mentor: 'other', mentee: 'flexible', score: 0.1 },
        { mentor: 'star', mentee: 'picky', score: 0.2 },
      ],
    });
    expect(solution.pairs).toEqual([
      { mentor: 'other', mentee: 'flexible', score: 0.1 },
      { mentor: 'star', mentee: 'picky', score: 0.2 },
    ]);
    expect(solution.matched).toBe(2);
    expect(solution.totalScore).toBeCloseTo(0.3, 12);
  });

  it('lets a later mentee displace an earlier one when the score is higher', () => {
    const solution = assignMentors({
      mentors: [{ id: 'a', capacity: 1 }],
      mentees: [{ id: 'first' }, { id: 'second' }],
      pairs: [
        { mentor: 'a', mentee: 'first', score: 0.1 },
        { mentor: 'a', mentee: 'second', score: 0.9 },
      ],
    });
    expect(solution.pairs).toEqual([{ mentor: 'a', mentee: 'second', score: 0.9 }]);
    expect(solution.unmatched).toEqual([{ mentee: 'first', reason: 'capacity exhausted' }]);
  });

  it('gives a reason to each unmatched mentee', () => {
    const solution = assignMentors({
      mentors: [
        { id: 'a', capacity: 1 },
        { id: 'closed', capacity: 0 },
      ],
      mentees: [{ id: 'x' }, { id: 'y' }, { id: 'lonely' }, { id: 'z' }],
      pairs: [
        { mentor: 'a', mentee: 'x', score: 0.5 },
        { mentor: 'a', mentee: 'y', score: 0.4 },
        { mentor: 'closed', mentee: 'z', score: 1 },
      ],
    });
    expect(solution.pairs).toEqual([{ mentor: 'a', mentee: 'x', score: 0.5 }]);
    expect(solution.unmatched).toEqual([
      { mentee: 'y', reason: 'capacity exhausted' },
      { mentee: 'lonely', reason: 'no allowed mentor' },
      { mentee: 'z', reason: 'capacity exhausted' },
    ]);
  });

  it('handles empty problems', () => {
    expect(assignMentors({ mentors: [], mentees: [], pairs: [] })).toEqual({
      pairs: [],
      matched: 0,
      totalScore: 0,
      unmatched: [],
    });
  });

  it('agrees with a generic min-cost max-flow on a 400 × 200 instance and beats greedy', () => {
    const problem = randomMentorProblem({
      mentees: 400,
      mentors: 200,
      seed: 11,
      minCapacity: 1,
      maxCapacity: 2,
    });
    const solution = assignMentors(problem);
    expectFeasible(problem, solution);

    const scale = 1e6;
    const n = problem.mentees.length;
    const index = new Map([
      ...problem.mentees.map((m, i): [string, number] => [`e:${m.id}`, 1 + i]),
      ...problem.mentors.map((m, j): [string, number] => [`r:${m.id}`, 1 + n + j]),
    ]);
    const sink = 1 + n + problem.mentors.length;
    const network = new FlowNetwork(sink + 1, n + problem.pairs.length + problem.mentors.length);
    for (let i = 0; i < n; i++) network.addEdge(0, 1 + i, 1, 0);
    const edges = problem.pairs.map((p) =>
      network.addEdge(
        index.get(`e:${p.mentee}`)!,
        index.get(`r:${p.mentor}`)!,
        1,
        scale - Math.round(p.score * scale),
      ),
    );
    for (const [j, m] of problem.mentors.entries()) network.addEdge(1 + n + j, sink, m.capacity, 0);
    const flow = minCostMaxFlow(network, 0, sink);
    const flowTotal = problem.pairs.reduce((s, p, k) => s + (network.flowOn(edges[k]!) ? p.score : 0), 0);
    expect(solution.matched).toBe(flow.flow);
    expect(solution.totalScore).toBeCloseTo(flowTotal, 6);

    const greedy = greedyAssignment(problem);
    expectFeasible(problem, greedy);
    expect(solution.matched).toBeGreaterThanOrEqual(greedy.matched);
    if (solution.matched === greedy.matched)
      expect(solution.totalScore).toBeGreaterThanOrEqual(greedy.totalScore);
  });

  it('stays within the obvious upper bounds on a larger instance', () => {
    const problem = randomMentorProblem({
      mentees: 3000,
      mentors: 600,
      seed: 5,
      isolatedShare: 0.05,
      maxPairs: 30,
    });
    const solution = assignMentors(problem);
    expectFeasible(problem, solution);
    const totalCapacity = problem.mentors.reduce((s, m) => s + m.capacity, 0);
    const withPair = new Set(problem.pairs.map((p) => p.mentee)).size;
    expect(solution.matched).toBeLessThanOrEqual(Math.min(totalCapacity, withPair));
    // Upper bound on the score: each matched mentee contributes at most its best pair.
    const best = new Map<string, number>();
    for (const p of problem.pairs) best.set(p.mentee, Math.max(best.get(p.mentee) ?? 0, p.score));
    const bound = [...best.values()].reduce((s, x) => s + x, 0);
    expect(solution.totalScore).toBeLessThanOrEqual(bound + 1e-9);
    expect(solution.unmatched.filter((u) => u.reason === 'no allowed mentor')).toHaveLength(
      problem.mentees.length - withPair,
    );
  });

  it('is deterministic', () => {
    const problem = randomMentorProblem({
      mentees: 500,
      mentors: 100,
      seed: 3,
      minCapacity: 1,
      maxCapacity: 3,
    });
    expect(assignMentors(problem)).toEqual(assignMentors(structuredClone(problem)));
  });
});
