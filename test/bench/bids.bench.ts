// Joint bids on the synthetic 100,000-member network (Kùzu): import the 100-lot
// eForms notice (parse + one tender per lot, one transaction), then the time to
// the first team for one lot. That notice's lots ask for no skill of the
// network (CPV 75121000, administrative services), so the lot's requirements
// and place are set as its author would after the import: the two skills most
// often held at level ≥ 3 around the busiest space, within 80 km. The team
// solver then builds the problem from the graph (candidates, collaboration
// edges, open bids), solves with product scoring and explains the teams.
// Target: first team in < 3 s.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { haversineKm } from '../../domain/geo.js';
import { ignoreProgress } from '../../domain/progress.js';
import { Taxonomy } from '../../domain/taxonomy.js';
import { openKuzuGraphStore } from '../../graph/kuzu/kuzuGraphStore.js';
import { graphRepositories } from '../../graph/repositories/index.js';
import { TenderRepository } from '../../graph/repositories/tenderRepository.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { examplePath } from '../../procurement/testing/sharedData.js';
import { importNoticeXml } from '../../services/tenders/importNotice.js';
import { teamSuggestionsPayloadSchema } from '../../workers/queues.js';
import { TeamProblemBuilder } from '../../workers/suggestions/teamProblemBuilder.js';
import { createTeamSolver } from '../../workers/suggestions/teamSolver.js';
import { machineInfo, percentiles, timeMs, trackPeakRss, writeResult } from './harness.js';

const MEMBERS = 100_000;
const RADIUS_KM = 80;
const RUNS = 10;

const dataset = generateNetwork({ members: MEMBERS, seed: 42 });
const taxonomy = new Taxonomy(dataset.skills);
const directory = mkdtempSync(path.join(os.tmpdir(), 'passerelle-bids-bench-'));
const store = await openKuzuGraphStore({ directory });
try {
  await store.migrate();
  const load = await timeMs(() => store.bulkLoad(dataset));

  const xml = readFileSync(examplePath('cn_24_maximal_100_lots.xml'), 'utf8');
  const rss = trackPeakRss();
  const imported = await timeMs(() =>
    importNoticeXml({ repositories: graphRepositories(store), taxonomy }, xml, { importedBy: null }),
  );
  const importPeakRssMiB = rss.stop();
  const lots = imported.value.tenders.length;

  // The busiest space, and the two skills most held at level ≥ 3 within the radius.
  const bySpace = new Map<string, number>();
  for (const m of dataset.members) for (const s of m.spaces) bySpace.set(s, (bySpace.get(s) ?? 0) + 1);
  const space = dataset.spaces
    .filter((s) => s.lat !== null && s.lon !== null)
    .sort((a, b) => (bySpace.get(b.id) ?? 0) - (bySpace.get(a.id) ?? 0))[0]!;
  const center = { lat: space.lat!, lon: space.lon! };
  const counts = new Map<string, number>();
  for (const m of dataset.members) {
    if (m.lat === null || m.lon === null || !m.privacy.suggestForBids) continue;
    if (haversineKm(center, { lat: m.lat, lon: m.lon }) > RADIUS_KM) continue;
    for (const s of m.skills) if (s.level >= 3) counts.set(s.skill, (counts.get(s.skill) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]).map(([skill]) => skill);
  const tenders = new TenderRepository(store);
  const lot = imported.value.tenders[0]!;
  const tender = await tenders.update({
    ...lot,
    ...center,
    radiusKm: RADIUS_KM,
    requirements: [
      { skill: first!, minLevel: 3, count: 2 },
      { skill: second!, minLevel: 3, count: 1 },
    ].sort((a, b) => a.skill.localeCompare(b.skill)),
    updatedAt: Date.now(),
  });

  const request = (k: number) =>
    teamSuggestionsPayloadSchema.parse({ kind: 'team', requestedBy: 'bench', tenderId: tender.id, k });
  const built = await new TeamProblemBuilder(graphRepositories(store), taxonomy).build(tender, request(1));
  const solve = createTeamSolver(store, taxonomy);
  const signal = new AbortController().signal;
  const firstTeam = await timeMs(() => solve(request(1), ignoreProgress, signal));
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++)
    samples.push((await timeMs(() => solve(request(3), ignoreProgress, signal))).ms);

  writeResult('bids', {
    machine: machineInfo(),
    members: MEMBERS,
    bulkLoadMs: Math.round(load.ms),
    noticeImport: {
      lots,
      tendersCreated: lots,
      ms: Math.round(imported.ms),
      processPeakRssMiB: importPeakRssMiB,
    },
    lot: {
      space: space.id,
      radiusKm: RADIUS_KM,
      requirements: tender.requirements,
      candidates: built.problem.candidates.length,
      edges: built.problem.edges.length,
    },
    firstTeamColdMs: Math.round(firstTeam.ms),
    firstTeamTargetMs: 3000,
    threeTeamsMs: percentiles(samples),
    firstTeamExplanation: firstTeam.value.suggestions[0]?.explanation ?? null,
  });
} finally {
  await store.close();
  rmSync(directory, { recursive: true, force: true });
}
