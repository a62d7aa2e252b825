// Team formation on network-shaped instances (clusters of ~50 members, skills
// from the real taxonomy, tenders of 3–8 requirements): time to the first team
// for the exact and the heuristic solver at 200, 2,000 and 100,000 candidates,
// and the heuristic's cost gap to the proven optimum wherever the exact search
// finishes. Targets: exact on 200 < 5 s; heuristic within 5 % on average;
// 100,000 candidates < 3 s to the first team.
// Anytime on 3,000 candidates (issue 19): the first (heuristic) team, the
// solve within the CLI's default budget with its proven gap, the true gap
// where a longer exact search proves the optimum; and `passerelle match team`
// wall time on that file against the same command on a 3-candidate problem
// (the floor: start-up alone), measured in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TEAM_TIME_BUDGET_MS } from '../../cli/commands/match.js';
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

const loadBefore = os.loadavg().map((x) => round(x, 2));
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

/** Anytime solving on 3,000 candidates: first team, budgeted solve, proven and true gaps. */
async function anytimePhase() {
  const instances = 10;
  const firstTeamMs: number[] = [];
  const budgetedMs: number[] = [];
  const provenGaps: number[] = [];
  const trueGaps: number[] = [];
  let budgetedOptimal = 0;
  let referenceProven = 0;
  const files: string[] = [];
  for (let i = 0; i < instances; i++) {
    const seed = 3_000 + i;
    const json = JSON.parse(
      JSON.stringify(clusteredTender(seed, clusteredNetwork(seed, 3_000, pools), pools)),
    );
    if (i === 2) files.push(JSON.stringify(json));
    const problem = parseTeamProblem(json);
    const first = await timeMs(() => solveTeam(problem, { method: 'heuristic' }));
    firstTeamMs.push(first.ms);
    const budgeted = await timeMs(() => solveTeam(problem, { timeBudgetMs: DEFAULT_TEAM_TIME_BUDGET_MS }));
    budgetedMs.push(budgeted.ms);
    const { solver, teams } = budgeted.value;
    if (solver.optimal) budgetedOptimal++;
    provenGaps.push(solver.gap ?? 1);
    const reference = solveTeam(problem, {
      method: 'exact',
      nodeBudget: EXACT_NODE_BUDGET,
      timeBudgetMs: 30_000,
    });
    if (reference.solver.optimal) {
      referenceProven++;
      const optimum = reference.teams[0]!.cost;
      trueGaps.push(optimum === 0 ? 0 : (teams[0]!.cost - optimum) / teams[0]!.cost);
    }
  }
  const mean = (xs: number[]) => round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));
  return {
    candidates: 3_000,
    instances,
    timeBudgetMs: DEFAULT_TEAM_TIME_BUDGET_MS,
    heuristicFirstTeamMs: percentiles(firstTeamMs),
    budgetedSolveMs: percentiles(budgetedMs),
    budgetedProvenOptimal: `${budgetedOptimal}/${instances}`,
    provenGap: { mean: mean(provenGaps), worst: round(Math.max(...provenGaps)) },
    trueGapToOptimum: {
      instances: `${referenceProven}/${instances} proven by a ${EXACT_NODE_BUDGET}-node, 30 s search`,
      mean: mean(trueGaps),
      worst: round(Math.max(0, ...trueGaps)),
    },
    problemFile: files[0]!,
  };
}

/** `passerelle match team` wall time: the 3,000-candidate file against a 3-candidate one (start-up alone). */
function cliPhase(problem3000: string) {
  const binary = fileURLToPath(new URL('../../bin/passerelle.js', import.meta.url));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-bench-team-'));
  try {
    const tiny = path.join(dir, 'tiny.json');
    writeFileSync(
      tiny,
      JSON.stringify({
        candidates: [
          { id: 'm1', skills: { ceramics: 4 } },
          { id: 'm2', skills: { ceramics: 3 } },
          { id: 'm3', skills: { ceramics: 5 } },
        ],
        edges: [['m1', 'm2']],
        requirements: [{ skill: 'ceramics', minLevel: 3, count: 2 }],
      }),
    );
    const large = path.join(dir, 'team3000.json');
    writeFileSync(large, problem3000);
    const wall = (file: string) => {
      const samples: number[] = [];
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        const child = spawnSync(process.execPath, [binary, 'match', 'team', '--input', file], {
          env: { ...process.env, NODE_ENV: 'production' },
          encoding: 'utf8',
        });
        samples.push(performance.now() - start);
        if (child.status !== 0) throw new Error(`passerelle match team failed: ${child.stderr}`);
      }
      return percentiles(samples);
    };
    const floor = wall(tiny);
    const candidates3000 = wall(large);
    return {
      startUpFloorMs: floor,
      candidates3000Ms: candidates3000,
      solverShareOfWallMs: round(candidates3000.p50 - floor.p50, 1),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const anytime = await anytimePhase();
const cli = cliPhase(anytime.problemFile);
const { problemFile: _file, ...anytimeResult } = anytime;

const [small, , large] = results;
writeResult('teamFormation', {
  loadAverage: { before: loadBefore, after: os.loadavg().map((x) => round(x, 2)) },
  exactNodeBudget: EXACT_NODE_BUDGET,
  cases: results,
  anytime3000: anytimeResult,
  cli,
  targets: {
    exactOn200Under5s: (small?.exactFirstTeamMs?.max ?? Number.POSITIVE_INFINITY) < 5000,
    heuristicMeanGapUnder5Percent: results.every(
      (r) => !r.heuristicGapToOptimum || r.heuristicGapToOptimum.mean < 0.05,
    ),
    firstTeamOn100000Under3s: (large?.heuristicFirstTeamMs.max ?? Number.POSITIVE_INFINITY) < 3000,
    firstTeamOn3000Under1s: anytime.heuristicFirstTeamMs.max < 1000,
    budgetedSolveOn3000Under1s: anytime.budgetedSolveMs.max < 1000,
    cliOn3000Under1s: cli.candidates3000Ms.p50 < 1000,
  },
  peakRssMiB: rss.stop(),
});
