// The collaboration-graph job: recomputes the weights of COLLABORATED_WITH from
// what members did together — shared projects (WORKED_ON), shared bids both
// accepted (IN_BID status "accepted"), and, with a low weight, shared spaces
// (WORKS_FROM). It reads the evidence, compares it with the stored edges and
// writes only the difference, so running it twice changes nothing the second
// time, and a run interrupted half-way is completed by the next one.
//
// A shared space alone makes no edge: a space of 2,000 members would add two
// million pairs. It only strengthens pairs that already worked or bid together.
//
// Edges are stored once per unordered pair, from the smaller id to the larger;
// weights are summed in integer thousandths so that sums of 0.1 stay exact. The
// reads and writes are graph/repositories/collaborationRepository.ts.
// (Not to be confused with workers/matching/teamFormation/collaborationGraph.ts,
// the in-memory graph the team solver walks.)
import type {
  CollaborationPairCount,
  CollaborationRepository,
  CollaborationWeightRow,
  StoredCollaboration,
} from '../../graph/repositories/collaborationRepository.js';
import type { JobContext } from '../jobQueue.js';
import { progressListener } from './progressListener.js';

export const PROJECT_WEIGHT = 1;
export const BID_WEIGHT = 1;
export const SPACE_WEIGHT = 0.1;
/** Rows per write statement: big enough to amortise a statement, small enough for one transaction. */
export const WRITE_BATCH = 1000;

export interface CollaborationWeightsDeps {
  collaborations: CollaborationRepository;
}

export interface CollaborationWeightsReport {
  /** Pairs with evidence of collaboration. */
  pairs: number;
  created: number;
  updated: number;
  deleted: number;
}

export async function recomputeCollaborationWeights(
  job: JobContext<'collaboration-graph'>,
  deps: CollaborationWeightsDeps,
): Promise<CollaborationWeightsReport> {
  const { collaborations } = deps;
  const onProgress = progressListener(job);
  const scope = job.data.memberIds;

  onProgress({ phase: 'reading', done: 0, total: 4 });
  const projects = await collaborations.projectPairs(scope);
  onProgress({ phase: 'reading', done: 1, total: 4 });
  const bids = await collaborations.bidPairs(scope);
  onProgress({ phase: 'reading', done: 2, total: 4 });
  const desired = desiredWeights(projects, bids);
  const spaces = await collaborations.spacesOf(membersOf(desired));
  addSpaceWeights(desired, spaces);
  onProgress({ phase: 'reading', done: 3, total: 4 });
  const stored = await collaborations.storedEdges(scope);
  onProgress({ phase: 'reading', done: 4, total: 4 });

  const { creates, updates, deletions } = difference(desired, stored);
  job.signal.throwIfAborted();
  const batches = [
    ...chunks(deletions, WRITE_BATCH),
    ...chunks(creates, WRITE_BATCH),
    ...chunks(updates, WRITE_BATCH),
  ];
  let written = 0;
  onProgress({ phase: 'writing', done: 0, total: batches.length });
  for (const batch of chunks(deletions, WRITE_BATCH)) {
    await collaborations.deleteEdges(batch);
    onProgress({ phase: 'writing', done: ++written, total: batches.length });
  }
  for (const batch of chunks(creates, WRITE_BATCH)) {
    await collaborations.createEdges(batch);
    onProgress({ phase: 'writing', done: ++written, total: batches.length });
  }
  for (const batch of chunks(updates, WRITE_BATCH)) {
    await collaborations.updateEdges(batch);
    onProgress({ phase: 'writing', done: ++written, total: batches.length });
  }
  return { pairs: desired.size, created: creates.length, updated: updates.length, deleted: deletions.length };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Thousandths of a weight, so that sums of 0.1 stay exact. */
function toMilli(weight: number): number {
  return Math.round(weight * 1000);
}

function desiredWeights(
  projects: CollaborationPairCount[],
  bids: CollaborationPairCount[],
): Map<string, CollaborationWeightRow> {
  const desired = new Map<string, CollaborationWeightRow>();
  const add = (pairs: CollaborationPairCount[], weight: number) => {
    for (const { source, target, shared } of pairs) {
      const key = pairKey(source, target);
      const row = desired.get(key) ?? { source, target, milli: 0 };
      row.milli += toMilli(weight) * Number(shared);
      desired.set(key, row);
    }
  };
  add(projects, PROJECT_WEIGHT);
  add(bids, BID_WEIGHT);
  return desired;
}

function membersOf(pairs: Map<string, CollaborationWeightRow>): Set<string> {
  const members = new Set<string>();
  for (const { source, target } of pairs.values()) {
    members.add(source);
    members.add(target);
  }
  return members;
}

function addSpaceWeights(
  desired: Map<string, CollaborationWeightRow>,
  spaces: Map<string, Set<string>>,
): void {
  for (const row of desired.values()) {
    const a = spaces.get(row.source);
    const b = spaces.get(row.target);
    if (!a || !b) continue;
    let shared = 0;
    for (const space of a) if (b.has(space)) shared++;
    row.milli += toMilli(SPACE_WEIGHT) * shared;
  }
}

/**
 * What to write so that the stored edges equal `desired`: edges without evidence,
 * reversed and duplicated ones are deleted (a deletion removes every edge of that
 * direction), and canonical edges are written where missing, deleted or off.
 */
function difference(
  desired: Map<string, CollaborationWeightRow>,
  stored: StoredCollaboration[],
): {
  creates: CollaborationWeightRow[];
  updates: CollaborationWeightRow[];
  deletions: { source: string; target: string }[];
} {
  const canonical = new Map<string, number>();
  const duplicated = new Set<string>();
  const deletions: { source: string; target: string }[] = [];
  for (const edge of stored) {
    const key = pairKey(edge.source, edge.target);
    if (edge.source > edge.target || !desired.has(key)) {
      deletions.push({ source: edge.source, target: edge.target });
    } else if (canonical.has(key)) {
      if (!duplicated.has(key)) deletions.push({ source: edge.source, target: edge.target });
      duplicated.add(key);
    } else {
      canonical.set(key, toMilli(Number(edge.weight)));
    }
  }
  for (const key of duplicated) canonical.delete(key);
  const creates: CollaborationWeightRow[] = [];
  const updates: CollaborationWeightRow[] = [];
  for (const [key, row] of desired) {
    const current = canonical.get(key);
    if (current === row.milli) continue;
    // Undefined: no edge, or duplicates that the deletions remove first.
    (current === undefined ? creates : updates).push(row);
  }
  return { creates, updates, deletions };
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
