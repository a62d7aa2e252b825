// Mentor assignment: the exact solver against the greedy baseline on seeded
// random problems (1,000 × 500 and 10,000 × 5,000, 20–50 allowed pairs per
// mentee), plus one scarce-capacity case where the two differ most.
import { parseMentorProblem } from '../../domain/problems/mentors.js';
import { assignMentors, greedyAssignment } from '../../workers/matching/mentorAssignment/index.js';
import { randomMentorProblem } from '../../workers/matching/mentorAssignment/randomMentorProblem.js';
import { timeMs, trackPeakRss, writeResult } from './harness.js';

const cases = [
  { name: '1000x500', mentees: 1_000, mentors: 500 },
  { name: '10000x5000', mentees: 10_000, mentors: 5_000 },
  { name: '10000x5000-capacity-2', mentees: 10_000, mentors: 5_000, minCapacity: 2, maxCapacity: 2 },
];

const rss = trackPeakRss();
const results = [];
for (const c of cases) {
  const problem = randomMentorProblem({ seed: 42, isolatedShare: 0.01, ...c });
  const parse = await timeMs(() => parseMentorProblem(JSON.parse(JSON.stringify(problem))));
  const exact = await timeMs(() => assignMentors(parse.value));
  const greedy = await timeMs(() => greedyAssignment(problem));
  results.push({
    case: c.name,
    mentees: problem.mentees.length,
    mentors: problem.mentors.length,
    pairs: problem.pairs.length,
    totalCapacity: problem.mentors.reduce((s, m) => s + m.capacity, 0),
    parseMs: parse.ms,
    exact: { ms: exact.ms, matched: exact.value.matched, totalScore: exact.value.totalScore },
    greedy: { ms: greedy.ms, matched: greedy.value.matched, totalScore: greedy.value.totalScore },
    gain: {
      matched: exact.value.matched - greedy.value.matched,
      totalScore: Math.round((exact.value.totalScore - greedy.value.totalScore) * 1000) / 1000,
    },
  });
}
writeResult('mentorAssignment', { cases: results, peakRssMiB: rss.stop() });
