// Filière and peer suggestions through their solvers on an embedded Kùzu store
// holding a 20,000-member synthetic network: the first peer job (reads the
// network in a few whole-table queries and prepares it), then 1,000 peer jobs
// for seeded members (cached network, dismissed peers read, picks re-checked
// against current privacy), and one whole-network filière proposal job.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mulberry32, sample } from '../../domain/random.js';
import { Taxonomy } from '../../domain/taxonomy.js';
import { openKuzuGraphStore } from '../../graph/kuzu/kuzuGraphStore.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { suggestionsPayloadSchema } from '../../workers/queues.js';
import { createFiliereSolver } from '../../workers/suggestions/filiereSolver.js';
import { createPeerSolver } from '../../workers/suggestions/peerSolver.js';
import { percentiles, timeMs, trackPeakRss, writeResult } from './harness.js';

const MEMBERS = 20_000;
const directory = mkdtempSync(path.join(os.tmpdir(), 'passerelle-filiere-bench-'));
const dataset = generateNetwork({ members: MEMBERS, seed: 42 });
const taxonomy = new Taxonomy(dataset.skills);
const store = await openKuzuGraphStore({ directory: path.join(directory, 'graph') });
await store.migrate();
await store.bulkLoad(dataset);

const rss = trackPeakRss();
const signal = new AbortController().signal;
const ignore = () => {};
const peers = createPeerSolver(store, taxonomy, { maxSnapshotAgeMs: 3_600_000 });
const peerJob = (memberId: string) =>
  suggestionsPayloadSchema.parse({ kind: 'peer', requestedBy: memberId, memberId, limit: 10 }) as Parameters<
    typeof peers
  >[0];
const queried = sample(mulberry32(7), dataset.members, 1_000);
const first = await timeMs(() => peers(peerJob(queried[0]!.id), ignore, signal));
const latencies: number[] = [];
let suggested = 0;
for (const member of queried) {
  const { ms, value } = await timeMs(() => peers(peerJob(member.id), ignore, signal));
  latencies.push(ms);
  suggested += value.suggestions.length;
}

const filieres = createFiliereSolver(store, taxonomy);
const proposalJob = suggestionsPayloadSchema.parse({
  kind: 'filiere',
  requestedBy: 'bench',
  filiereId: null,
});
const proposals = await timeMs(() => filieres(proposalJob as Parameters<typeof filieres>[0], ignore, signal));
const inviteJob = suggestionsPayloadSchema.parse({
  kind: 'filiere',
  requestedBy: 'bench',
  filiereId: 'wood',
});
const invitations = await timeMs(() => filieres(inviteJob as Parameters<typeof filieres>[0], ignore, signal));

writeResult('filiereSuggestions', {
  members: MEMBERS,
  collaborations: dataset.collaborations.length,
  peer: {
    firstJobMs: Math.round(first.ms),
    jobs: queried.length,
    latencyMs: percentiles(latencies),
    meanSuggestions: suggested / queried.length,
  },
  filiereProposals: { ms: Math.round(proposals.ms), proposals: proposals.value.suggestions.length },
  filiereInvitations: { ms: Math.round(invitations.ms), suggestions: invitations.value.suggestions.length },
  peakRssMb: rss.stop(),
});
await store.close();
rmSync(directory, { recursive: true, force: true });
