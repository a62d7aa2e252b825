// Team formation on network-shaped instances (clusters of ~50 members, skills
// from the real taxonomy, tenders of 3–8 requirements): time to the first team
// for the exact and the heuristic solver at 200, 2,000 and 100,000 candidates,
// and the heuristic's cost gap to the proven optimum wherever the exact search
// finishes. Targets: exact on 200 < 5 s; heuristic within 5 % on average;
// 100,000 candidates < 3 s to the first team.
import { parseTeamProblem, type TeamProblem } from '../../domain/problems/team.js';
import { loadReferenceData } from '../../domain/referenceData.js';
import { solveTeam } from '../../workers/matching/teamFormation/index.js';
import {
  type ClusteredNetwork,
  clusteredNetwork,
  clusteredTender,
} from '../../workers/matching/teamFormation/testing/clusteredTeamProblem.js';
import { skillPoolsOf } from '../../workers/matching/teamFormation/testing/skillPools.js';
import { percentiles, timeMs, trackPeakRss, writeResult } from './harness.js';

const pools = skillPoolsOf(loadReferenceData());
const EXACT_NODE_BUDGET = 5_000_000;

interface Case {
  candidates: number;
  instances: number;
  /** A fresh network per instance (small sizes) or one shared network (100,000). */
  sharedNetwork: boolean;
  exact: boolean;
}

const cases: Case[] = [
  { candidates: 200, instances: 40, sharedNetwork: false, exact: true },
  { candidates: 2_000, instances: 30, sharedNetwork: false, exact: true },
  { candidates: 100_000, instances: 10, sharedNetwork: true, exact: false },
];

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

const rss = trackPeakRss();
const results = [];
for (const c of cases) {
  const heuristicMs: number[] = [];
  const exactMs: number[] = [];
  const parseMs: number[] = [];
  const parseAndHeuristicMs: number[] = [];
  const gaps: number[] = [];
  const requirements: number[] = [];
  let exactProven = 0;
  let heuristicOptimal = 0;
  let shared: ClusteredNetwork | undefined;
  const generated = await timeMs(() =>
    c.sharedNetwork ? clusteredNetwork(c.candidates, c.candidates, pools) : undefined,
  );
  shared = generated.value;

  for (let i = 0; i < c.instances; i++) {
    const seed = c.candidates + i;
    const network = shared ?? clusteredNetwork(seed, c.candidates, pools);
    const json = JSON.parse(JSON.stringify(clusteredTender(seed, network, pools)));
    const parsed = await timeMs(() => parseTeamProblem(json));
    parseMs.push(parsed.ms);
    const problem: TeamProblem = parsed.value;
    requirements.push(problem.requirements.length);

    const heuristic = await timeMs(() => solveTeam(problem, { method: 'heuristic' }));
    heuristicMs.push(heuristic.ms);
    parseAndHeuristicMs.push(parsed.ms + heuristic.ms);
    if (!c.exact) continue;
    const exact = await timeMs(() => solveTeam(problem, { method: 'exact', nodeBudget: EXACT_NODE_BUDGET }));
    exactMs.push(exact.ms);
    if (!exact.value.solver.optimal) continue;
    exactProven++;
    const optimum = exact.value.teams[0]!.cost;
    const found = heuristic.value.teams[0]!.cost;
    if (found === optimum) heuristicOptimal++;
    gaps.push(optimum === 0 ? (found === 0 ? 0 : 1) : (found - optimum) / optimum);
  }

  const gapMean = gaps.reduce((s, g) => s + g, 0) / Math.max(1, gaps.length);
  results.push({
    candidates: c.candidates,
    instances: c.instances,
    requirementsPerTender: { min: Math.min(...requirements), max: Math.max(...requirements) },
    networkGenerationMs: c.sharedNetwork ? generated.ms : undefined,
    parseMs: percentiles(parseMs),
    heuristicFirstTeamMs: percentiles(heuristicMs),
    parseAndHeuristicFirstTeamMs: percentiles(parseAndHeuristicMs),
    exactFirstTeamMs: c.exact ? percentiles(exactMs) : undefined,
    exactProvenOptimal: c.exact ? `${exactProven}/${c.instances}` : 'not attempted',
    heuristicGapToOptimum: c.exact
      ? {
          instances: gaps.length,
          mean: round(gapMean),
          worst: round(Math.max(0, ...gaps)),
          heuristicFoundOptimum: `${heuristicOptimal}/${gaps.length}`,
        }
      : undefined,
  });
}

const [small, , large] = results;
writeResult('teamFormation', {
  exactNodeBudget: EXACT_NODE_BUDGET,
  cases: results,
  targets: {
    exactOn200Under5s: (small?.exactFirstTeamMs?.max ?? Number.POSITIVE_INFINITY) < 5000,
    heuristicMeanGapUnder5Percent: results.every(
      (r) => !r.heuristicGapToOptimum || r.heuristicGapToOptimum.mean < 0.05,
    ),
    firstTeamOn100000Under3s: (large?.heuristicFirstTeamMs.max ?? Number.POSITIVE_INFINITY) < 3000,
  },
  peakRssMiB: rss.stop(),
});
