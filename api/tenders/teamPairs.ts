// Hop distances between the members of a suggested team, read at display time:
// the solver stores its explanation as text only. One breadth-first search per
// member over COLLABORATED_WITH, a frontier per query (readByKeys), stopped when
// every teammate is found, at MAX_HOPS, or once MAX_EXPANDED members were expanded
// (a dense network would otherwise pull in most of the graph within four hops).
import type { GraphStore } from '../../graph/graphStore.js';

/** As the team cost: min(hops, 5), a teammate not reached within four hops counts 5. */
export const CAPPED_DISTANCE = 5;
const MAX_HOPS = CAPPED_DISTANCE - 1;
const MAX_EXPANDED = 400;

export interface TeamPair {
  a: string;
  b: string;
  distance: number;
}

async function distancesFrom(
  store: GraphStore,
  source: string,
  targets: ReadonlySet<string>,
): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  const seen = new Set([source]);
  let frontier = [source];
  let expanded = 0;
  for (let hops = 1; hops <= MAX_HOPS && frontier.length > 0 && found.size < targets.size; hops++) {
    const batch = frontier.slice(0, Math.max(0, MAX_EXPANDED - expanded));
    expanded += batch.length;
    const neighbours = await store.readByKeys<{ id: string }>(
      'MATCH (:Member {id: $key})-[:COLLABORATED_WITH]-(b:Member) RETURN b.id AS id',
      batch,
    );
    const next: string[] = [];
    for (const rows of neighbours) {
      for (const { id } of rows) {
        if (seen.has(id)) continue;
        seen.add(id);
        next.push(id);
        if (targets.has(id)) found.set(id, hops);
      }
    }
    frontier = next;
  }
  return found;
}

/** Every unordered pair of `memberIds` (in team order) with its capped hop distance. */
export async function teamPairs(store: GraphStore, memberIds: readonly string[]): Promise<TeamPair[]> {
  const members = [...new Set(memberIds)];
  const pairs: TeamPair[] = [];
  for (let i = 0; i < members.length - 1; i++) {
    const a = members[i]!;
    const later = new Set(members.slice(i + 1));
    const found = await distancesFrom(store, a, later);
    for (const b of later) pairs.push({ a, b, distance: found.get(b) ?? CAPPED_DISTANCE });
  }
  return pairs;
}
