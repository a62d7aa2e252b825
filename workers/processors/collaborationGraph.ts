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
// Edges are stored once per unordered pair, from the smaller id to the larger.
// Only the openCypher subset shared by Kùzu and Neo4j is used; weights travel as
// integer thousandths because Kùzu types a list of maps from its first element
// and would misread a list mixing whole and fractional numbers.
import type { GraphQueryRunner, GraphStore } from '../../graph/graphStore.js';
import type { JobContext } from '../jobQueue.js';
import { progressListener } from './progressListener.js';

export const PROJECT_WEIGHT = 1;
export const BID_WEIGHT = 1;
export const SPACE_WEIGHT = 0.1;
/** Rows per write statement: big enough to amortise a statement, small enough for one transaction. */
export const WRITE_BATCH = 1000;

export interface CollaborationGraphDeps {
  graph: GraphStore;
}

export interface CollaborationGraphReport {
  /** Pairs with evidence of collaboration. */
  pairs: number;
  created: number;
  updated: number;
  deleted: number;
}

type PairCount = {
  source: string;
  target: string;
  shared: number;
};

type StoredEdge = {
  source: string;
  target: string;
  weight: number;
};

interface WeightRow {
  source: string;
  target: string;
  /** Weight in thousandths. */
  milli: number;
}

/** Two variants of each read, chosen by code: Kùzu cannot type a null list parameter in `IN`. */
function inScope(scoped: boolean): string {
  return scoped ? '(a.id IN $ids OR b.id IN $ids)' : 'true';
}

const projectPairs = (scoped: boolean) => `
  MATCH (a:Member)-[:WORKED_ON]->(p:Project)<-[:WORKED_ON]-(b:Member)
  WHERE a.id < b.id AND ${inScope(scoped)}
  RETURN a.id AS source, b.id AS target, count(p) AS shared`;

const bidPairs = (scoped: boolean) => `
  MATCH (a:Member)-[x:IN_BID]->(bid:Bid)<-[y:IN_BID]-(b:Member)
  WHERE a.id < b.id AND x.status = 'accepted' AND y.status = 'accepted' AND ${inScope(scoped)}
  RETURN a.id AS source, b.id AS target, count(bid) AS shared`;

const storedEdges = (scoped: boolean) => `
  MATCH (a:Member)-[c:COLLABORATED_WITH]->(b:Member)
  WHERE ${inScope(scoped)}
  RETURN a.id AS source, b.id AS target, c.weight AS weight`;

const ALL_SPACES = 'MATCH (m:Member)-[:WORKS_FROM]->(s:Space) RETURN m.id AS member, s.id AS space';
const SPACES_OF_MEMBER = 'MATCH (m:Member {id: $key})-[:WORKS_FROM]->(s:Space) RETURN s.id AS space';

const DELETE_EDGES = `
  UNWIND $rows AS r
  MATCH (a:Member {id: r.source})-[c:COLLABORATED_WITH]->(b:Member {id: r.target})
  DELETE c`;

// Edges are created where none is left after the deletions, and updated where one is: never MERGE
// (in a Kùzu 0.11 transaction on bulk-loaded tables, MERGE of a relationship can drop rows).
const CREATE_EDGES = `
  UNWIND $rows AS r
  MATCH (a:Member {id: r.source})
  MATCH (b:Member {id: r.target})
  CREATE (a)-[:COLLABORATED_WITH {weight: r.milli / 1000.0}]->(b)`;

const UPDATE_EDGES = `
  UNWIND $rows AS r
  MATCH (a:Member {id: r.source})-[c:COLLABORATED_WITH]->(b:Member {id: r.target})
  SET c.weight = r.milli / 1000.0`;

/** Below this many members in scope, their spaces are read by point queries rather than one scan. */
const POINT_READ_LIMIT = 2000;

export async function collaborationGraph(
  job: JobContext<'collaboration-graph'>,
  deps: CollaborationGraphDeps,
): Promise<CollaborationGraphReport> {
  const { graph } = deps;
  const onProgress = progressListener(job);
  const ids = job.data.memberIds;
  const scoped = ids !== null;
  const scope = scoped ? { ids } : {};

  onProgress({ phase: 'reading', done: 0, total: 4 });
  const projects = await graph.read<PairCount>(projectPairs(scoped), scope);
  onProgress({ phase: 'reading', done: 1, total: 4 });
  const bids = await graph.read<PairCount>(bidPairs(scoped), scope);
  onProgress({ phase: 'reading', done: 2, total: 4 });
  const desired = desiredWeights(projects, bids);
  const spaces = await spacesOf(graph, membersOf(desired));
  addSpaceWeights(desired, spaces);
  onProgress({ phase: 'reading', done: 3, total: 4 });
  const stored = await graph.read<StoredEdge>(storedEdges(scoped), scope);
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
    await graph.transaction((tx: GraphQueryRunner) => tx.run(DELETE_EDGES, { rows: batch }));
    onProgress({ phase: 'writing', done: ++written, total: batches.length });
  }
  for (const [statement, rows] of [
    [CREATE_EDGES, creates],
    [UPDATE_EDGES, updates],
  ] as const) {
    for (const batch of chunks(rows, WRITE_BATCH)) {
      await graph.transaction((tx: GraphQueryRunner) => tx.run(statement, { rows: batch }));
      onProgress({ phase: 'writing', done: ++written, total: batches.length });
    }
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

function desiredWeights(projects: PairCount[], bids: PairCount[]): Map<string, WeightRow> {
  const desired = new Map<string, WeightRow>();
  const add = (pairs: PairCount[], weight: number) => {
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

function membersOf(pairs: Map<string, WeightRow>): Set<string> {
  const members = new Set<string>();
  for (const { source, target } of pairs.values()) {
    members.add(source);
    members.add(target);
  }
  return members;
}

async function spacesOf(graph: GraphStore, members: Set<string>): Promise<Map<string, Set<string>>> {
  const spaces = new Map<string, Set<string>>();
  const add = (member: string, space: string) => {
    const set = spaces.get(member) ?? new Set<string>();
    set.add(space);
    spaces.set(member, set);
  };
  if (members.size === 0) return spaces;
  if (members.size <= POINT_READ_LIMIT) {
    const keys = [...members];
    const rows = await graph.readByKeys<{ space: string }>(SPACES_OF_MEMBER, keys);
    rows.forEach((memberRows, i) => {
      for (const { space } of memberRows) add(keys[i] as string, space);
    });
    return spaces;
  }
  for (const { member, space } of await graph.read<{ member: string; space: string }>(ALL_SPACES)) {
    if (members.has(member)) add(member, space);
  }
  return spaces;
}

function addSpaceWeights(desired: Map<string, WeightRow>, spaces: Map<string, Set<string>>): void {
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
  desired: Map<string, WeightRow>,
  stored: StoredEdge[],
): { creates: WeightRow[]; updates: WeightRow[]; deletions: { source: string; target: string }[] } {
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
  const creates: WeightRow[] = [];
  const updates: WeightRow[] = [];
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
