// Compares the graph (source of truth) and the search index member by member:
// every member of the graph must be in the index with the same handle and name
// (none missing, none stale), and the index must hold no member the graph does
// not have (no phantom). The index is read through its public port, page by
// page, with hidden members included, so the check holds for any adapter.
import type { GraphStore } from '../../../../graph/graphStore.js';
import type { SearchIndex } from '../../../../search/searchIndex.js';

export interface MemberParity {
  graphMembers: number;
  indexMembers: number;
  /** In the graph, absent from the index. */
  missing: string[];
  /** In the index, absent from the graph. */
  phantoms: string[];
  /** In both, with a different handle or name. */
  stale: string[];
}

interface MemberFace {
  handle: string;
  name: string;
}

const PAGE = 100;

export async function graphMembers(graph: GraphStore): Promise<Map<string, MemberFace>> {
  const rows = await graph.read<{ id: string; handle: string; name: string }>(
    'MATCH (m:Member) RETURN m.id AS id, m.handle AS handle, m.name AS name',
  );
  return new Map(rows.map((r) => [r.id, { handle: r.handle, name: r.name }]));
}

export async function indexMembers(index: SearchIndex): Promise<Map<string, MemberFace>> {
  const found = new Map<string, MemberFace>();
  const visibility = { viewerSpaces: null, includeHidden: true, signedIn: true };
  for (let offset = 0; ; offset += PAGE) {
    const page = await index.searchMembers({ text: '', offset, limit: PAGE }, visibility);
    for (const hit of page.hits) found.set(hit.id, { handle: hit.handle, name: hit.name });
    if (page.hits.length < PAGE || offset + PAGE >= page.total) {
      // Pages of a stable order add up to the total; a repeated or skipped hit would show here.
      if (found.size !== page.total)
        throw new Error(`the index reports ${page.total} members but its pages hold ${found.size}`);
      return found;
    }
  }
}

export async function memberParity(graph: GraphStore, index: SearchIndex): Promise<MemberParity> {
  const [inGraph, inIndex] = await Promise.all([graphMembers(graph), indexMembers(index)]);
  const missing: string[] = [];
  const stale: string[] = [];
  for (const [id, face] of inGraph) {
    const indexed = inIndex.get(id);
    if (!indexed) missing.push(id);
    else if (indexed.handle !== face.handle || indexed.name !== face.name) stale.push(id);
  }
  const phantoms = [...inIndex.keys()].filter((id) => !inGraph.has(id));
  return {
    graphMembers: inGraph.size,
    indexMembers: inIndex.size,
    missing: missing.sort(),
    phantoms: phantoms.sort(),
    stale: stale.sort(),
  };
}
