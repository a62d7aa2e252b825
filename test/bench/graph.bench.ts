// The graph store on the synthetic 100,000-member network (graph/seed), on
// Kùzu: bulk load (CSV + COPY), then p50/p95 of the reads the API makes —
// a point lookup, a profile (skills, spaces and collaborators as three small
// queries, in parallel as GraphQL resolvers run them), members holding a skill
// or a narrower one within 50 km (top 50), getMany of 50 ids (a DataLoader
// batch), and a filtered member list with its total. It also compares three
// ways to include narrower skills: BROADER*0..2 inside the holders query, the
// expanded skill ids as an `IN` list (what MemberFinder does), and one query
// per narrower skill spread over the connection pool.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { boundingBox } from '../../domain/geo.js';
import { mulberry32, pick } from '../../domain/random.js';
import { Taxonomy } from '../../domain/taxonomy.js';
import { openKuzuGraphStore } from '../../graph/kuzu/kuzuGraphStore.js';
import { MemberFinder } from '../../graph/repositories/memberFinder.js';
import { MemberNeighbourhood } from '../../graph/repositories/memberNeighbourhood.js';
import { MemberRepository } from '../../graph/repositories/memberRepository.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { percentiles, timeMs, trackPeakRss, writeResult } from './harness.js';

const MEMBERS = 100_000;
const random = mulberry32(7);

const generated = await timeMs(() => generateNetwork({ members: MEMBERS, seed: 42 }));
const dataset = generated.value;
const relationships =
  dataset.members.reduce(
    (n, m) => n + m.skills.length + m.spaces.length + m.communities.length + m.filieres.length,
    0,
  ) +
  dataset.projects.reduce((n, p) => n + p.members.length, 0) +
  dataset.collaborations.length;

const directory = mkdtempSync(path.join(os.tmpdir(), 'passerelle-graph-bench-'));
const loadRss = trackPeakRss();
const store = await openKuzuGraphStore({ directory });
await store.migrate();
const tableMs: Record<string, number> = {};
let lastProgress = performance.now();
const load = await timeMs(() =>
  store.bulkLoad(dataset, (p) => {
    const now = performance.now();
    tableMs[p.phase.replace('graph: ', '')] = Math.round(now - lastProgress);
    lastProgress = now;
  }),
);
const loadPeakRssMiB = loadRss.stop();

const members = new MemberRepository(store);
const neighbourhood = new MemberNeighbourhood(store);
const finder = new MemberFinder(store, members);
const taxonomy = new Taxonomy(dataset.skills);
const ids = dataset.members.map((m) => m.id);
const located = dataset.spaces.filter((s) => s.lat !== null && s.lon !== null);
const skillsWithNarrower = dataset.skills.filter((s) => taxonomy.narrower(s.id).length > 0).map((s) => s.id);
const anySkill = dataset.skills.map((s) => s.id);

async function sample(runs: number, work: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((await timeMs(work)).ms);
  return percentiles(samples);
}

const queryRss = trackPeakRss();
await sample(50, () => members.get(pick(random, ids)));

const pointLookup = await sample(1000, () => members.get(pick(random, ids)));
const profile = await sample(300, () => {
  const id = pick(random, ids);
  return Promise.all([neighbourhood.skills(id), neighbourhood.spaces(id), neighbourhood.collaborators(id)]);
});
const profileParts = {
  skills: await sample(300, () => neighbourhood.skills(pick(random, ids))),
  spaces: await sample(300, () => neighbourhood.spaces(pick(random, ids))),
  collaborators: await sample(300, () => neighbourhood.collaborators(pick(random, ids))),
};
const nearSpace = () => {
  const space = pick(random, located);
  return { lat: space.lat!, lon: space.lon!, radiusKm: 50 };
};
const skillNear50Km = await sample(200, () =>
  finder.holdingSkill({ skill: pick(random, anySkill), near: nearSpace(), limit: 50 }),
);
const broadSkillNear50Km = await sample(200, () =>
  finder.holdingSkill({ skill: pick(random, skillsWithNarrower), near: nearSpace(), limit: 50 }),
);
const getMany50 = await sample(300, () =>
  members.getMany(Array.from({ length: 50 }, () => pick(random, ids))),
);
const listBySkillWithTotal = await sample(100, () =>
  members.list({ skill: pick(random, anySkill) }, { offset: 0, limit: 20 }),
);

// Three shapes for "the skill or a narrower one", on the same areas and skills.
const candidates =
  'RETURN m.id AS id, m.lat AS lat, m.lon AS lon, s.id AS skill, h.level AS level, h.years AS years';
const inBox = 'm.lat >= $minLat AND m.lat <= $maxLat AND m.lon >= $minLon AND m.lon <= $maxLon';
const variantRuns = Array.from({ length: 100 }, () => {
  const area = nearSpace();
  return { skill: pick(random, skillsWithNarrower), ...boundingBox(area, area.radiusKm) };
});
let run = 0;
const viaVariableLength = await sample(variantRuns.length, () =>
  store.read(
    `MATCH (:Skill {id: $skill})<-[:BROADER*0..2]-(s:Skill)<-[h:HAS_SKILL]-(m:Member) WHERE ${inBox} ${candidates}`,
    variantRuns[run++ % variantRuns.length]!,
  ),
);
run = 0;
const viaSkillIdList = await sample(variantRuns.length, () => {
  const params = variantRuns[run++ % variantRuns.length]!;
  return store.read(
    `MATCH (s:Skill)<-[h:HAS_SKILL]-(m:Member) WHERE s.id IN $skills AND ${inBox} ${candidates}`,
    {
      ...params,
      skills: taxonomy.selfAndDescendants(params.skill),
    },
  );
});
run = 0;
const viaOneQueryPerSkill = await sample(variantRuns.length, () => {
  const params = variantRuns[run++ % variantRuns.length]!;
  return Promise.all(
    taxonomy.selfAndDescendants(params.skill).map((skill) =>
      store.read(`MATCH (s:Skill {id: $skill})<-[h:HAS_SKILL]-(m:Member) WHERE ${inBox} ${candidates}`, {
        ...params,
        skill,
      }),
    ),
  );
});
const queryPeakRssMiB = queryRss.stop();

await store.close();
rmSync(directory, { recursive: true, force: true });

writeResult('graph', {
  engine: 'kuzu 0.11.3',
  network: {
    members: dataset.members.length,
    projects: dataset.projects.length,
    relationships,
    generateMs: generated.ms,
  },
  bulkLoad: {
    totalMs: load.ms,
    /** Time between progress events: a table's COPY, overlapped with writing the next table's file. */
    perTableMs: tableMs,
    peakRssMiB: loadPeakRssMiB,
  },
  queriesMs: {
    pointLookup,
    profileSkillsSpacesCollaboratorsInParallel: profile,
    profileParts,
    skillOrNarrowerWithin50KmTop50: skillNear50Km,
    broadSkillOrNarrowerWithin50KmTop50: broadSkillNear50Km,
    getMany50: getMany50,
    listBySkillWithTotal,
  },
  narrowerSkillsQueryShape: { viaVariableLength, viaSkillIdList, viaOneQueryPerSkill },
  queryPeakRssMiB,
  processPeakRssMiB: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
});
