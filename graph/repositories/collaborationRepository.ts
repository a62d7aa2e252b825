// The evidence of collaboration and the COLLABORATED_WITH edges it weighs: who
// worked on a project with whom, who took part in a bid with whom (both
// accepted), where members work from, and the stored edges with their writes.
// The recomputation itself (workers/processors/collaborationWeights.ts) only
// compares what these reads return and hands back the difference.
//
// Only the openCypher subset shared by Kùzu and Neo4j is used; weights travel as
// integer thousandths because Kùzu types a list of maps from its first element
// and would misread a list mixing whole and fractional numbers.
import type { GraphQueryRunner, GraphStore } from '../graphStore.js';

/** Two members and how many projects (or bids) they share; source < target. */
export type CollaborationPairCount = {
  source: string;
  target: string;
  shared: number;
};

export type StoredCollaboration = {
  source: string;
  target: string;
  weight: number;
};

/** An edge to write: its weight in thousandths. */
export type CollaborationWeightRow = {
  source: string;
  target: string;
  milli: number;
};

/** The members whose pairs are read (either end in the list), or null for every member. */
export type CollaborationScope = readonly string[] | null;

/** Two variants of each read, chosen by code: Kùzu cannot type a null list parameter in `IN`. */
function inScope(scope: CollaborationScope): string {
  return scope !== null ? '(a.id IN $ids OR b.id IN $ids)' : 'true';
}

function scopeParams(scope: CollaborationScope) {
  return scope !== null ? { ids: [...scope] } : {};
}

const projectPairs = (scope: CollaborationScope) => `
  MATCH (a:Member)-[:WORKED_ON]->(p:Project)<-[:WORKED_ON]-(b:Member)
  WHERE a.id < b.id AND ${inScope(scope)}
  RETURN a.id AS source, b.id AS target, count(p) AS shared`;

const bidPairs = (scope: CollaborationScope) => `
  MATCH (a:Member)-[x:IN_BID]->(bid:Bid)<-[y:IN_BID]-(b:Member)
  WHERE a.id < b.id AND x.status = 'accepted' AND y.status = 'accepted' AND ${inScope(scope)}
  RETURN a.id AS source, b.id AS target, count(bid) AS shared`;

const storedEdges = (scope: CollaborationScope) => `
  MATCH (a:Member)-[c:COLLABORATED_WITH]->(b:Member)
  WHERE ${inScope(scope)}
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

/** Below this many members, their spaces are read by point queries rather than one scan. */
const POINT_READ_LIMIT = 2000;

export class CollaborationRepository {
  constructor(private readonly store: GraphStore) {}

  /** Pairs of members who worked on the same projects, with how many. */
  projectPairs(scope: CollaborationScope): Promise<CollaborationPairCount[]> {
    return this.store.read<CollaborationPairCount>(projectPairs(scope), scopeParams(scope));
  }

  /** Pairs of members who both accepted the same bids, with how many. */
  bidPairs(scope: CollaborationScope): Promise<CollaborationPairCount[]> {
    return this.store.read<CollaborationPairCount>(bidPairs(scope), scopeParams(scope));
  }

  /** The COLLABORATED_WITH edges touching the scope, as stored (any direction, duplicates included). */
  storedEdges(scope: CollaborationScope): Promise<StoredCollaboration[]> {
    return this.store.read<StoredCollaboration>(storedEdges(scope), scopeParams(scope));
  }

  /** The spaces each of the members works from (members without a space are absent). */
  async spacesOf(members: ReadonlySet<string>): Promise<Map<string, Set<string>>> {
    const spaces = new Map<string, Set<string>>();
    const add = (member: string, space: string) => {
      const set = spaces.get(member) ?? new Set<string>();
      set.add(space);
      spaces.set(member, set);
    };
    if (members.size === 0) return spaces;
    if (members.size <= POINT_READ_LIMIT) {
      const keys = [...members];
      const rows = await this.store.readByKeys<{ space: string }>(SPACES_OF_MEMBER, keys);
      rows.forEach((memberRows, i) => {
        for (const { space } of memberRows) add(keys[i] as string, space);
      });
      return spaces;
    }
    for (const { member, space } of await this.store.read<{ member: string; space: string }>(ALL_SPACES)) {
      if (members.has(member)) add(member, space);
    }
    return spaces;
  }

  /** Deletes every edge from source to target of each row, in one transaction. */
  deleteEdges(rows: readonly { source: string; target: string }[]): Promise<void> {
    return this.inTransaction(DELETE_EDGES, rows);
  }

  /** Creates one edge per row (none must exist from source to target), in one transaction. */
  createEdges(rows: readonly CollaborationWeightRow[]): Promise<void> {
    return this.inTransaction(CREATE_EDGES, rows);
  }

  /** Sets the weight of the edge from source to target of each row, in one transaction. */
  updateEdges(rows: readonly CollaborationWeightRow[]): Promise<void> {
    return this.inTransaction(UPDATE_EDGES, rows);
  }

  private async inTransaction(statement: string, rows: readonly object[]): Promise<void> {
    await this.store.transaction((tx: GraphQueryRunner) => tx.run(statement, { rows: [...rows] }));
  }
}
