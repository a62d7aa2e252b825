// The collaboration-graph recomputation on a real Kùzu store.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../domain/progress.js';
import type { GraphStore } from '../../graph/graphStore.js';
import { openKuzuGraphStore } from '../../graph/kuzu/kuzuGraphStore.js';
import { CollaborationRepository } from '../../graph/repositories/collaborationRepository.js';
import { directJob } from '../directJob.js';
import { recomputeCollaborationWeights } from './collaborationWeights.js';

const MEMBER = `CREATE (:Member {id: $id, name: $id, handle: $id, email: $email, languages: ['fr'],
  joinedAt: 0, createdAt: 0, updatedAt: 0})`;

async function edges(graph: GraphStore): Promise<Record<string, number>> {
  const rows = await graph.read<{ s: string; t: string; w: number }>(
    'MATCH (a:Member)-[c:COLLABORATED_WITH]->(b:Member) RETURN a.id AS s, b.id AS t, c.weight AS w',
  );
  return Object.fromEntries(rows.map((r) => [`${r.s}>${r.t}`, Math.round(r.w * 1000) / 1000]));
}

describe('recomputeCollaborationWeights on Kùzu', () => {
  let dir: string;
  let graph: GraphStore;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-collab-'));
    graph = await openKuzuGraphStore({ directory: dir, readConnections: 1, bufferPoolBytes: 64 * 1024 ** 2 });
    await graph.migrate();
    for (const id of ['m1', 'm2', 'm3', 'm4', 'm5'])
      await graph.write(MEMBER, { id, email: `${id}@example.org` });
    await graph.write("CREATE (:Space {id: 's1', name: 'Atelier'}), (:Space {id: 's2', name: 'Halle'})");
    await graph.write("CREATE (:Project {id: 'p1', title: 'Expo'}), (:Project {id: 'p2', title: 'Salon'})");
    await graph.write("CREATE (:Bid {id: 'b1', leadId: 'm3', status: 'formed'})");
    const link = async (cypher: string, pairs: [string, string, string?][]) => {
      for (const [member, other, status] of pairs) await graph.write(cypher, { member, other, status });
    };
    await link(
      'MATCH (m:Member {id: $member}) MATCH (p:Project {id: $other}) CREATE (m)-[:WORKED_ON {role: "x"}]->(p)',
      [
        ['m1', 'p1'],
        ['m2', 'p1'],
        ['m3', 'p1'],
        ['m1', 'p2'],
        ['m2', 'p2'],
      ],
    );
    await link(
      'MATCH (m:Member {id: $member}) MATCH (b:Bid {id: $other}) CREATE (m)-[:IN_BID {role: "r", status: $status}]->(b)',
      [
        ['m3', 'b1', 'accepted'],
        ['m4', 'b1', 'accepted'],
        ['m5', 'b1', 'invited'],
      ],
    );
    await link('MATCH (m:Member {id: $member}) MATCH (s:Space {id: $other}) CREATE (m)-[:WORKS_FROM]->(s)', [
      ['m1', 's1'],
      ['m2', 's1'],
      ['m5', 's1'],
      ['m3', 's2'],
      ['m4', 's2'],
    ]);
    const collaborate =
      'MATCH (a:Member {id: $member}) MATCH (b:Member {id: $other}) CREATE (a)-[:COLLABORATED_WITH {weight: $w}]->(b)';
    await graph.write(collaborate, { member: 'm1', other: 'm5', w: 3.0 }); // no evidence
    await graph.write(collaborate, { member: 'm2', other: 'm1', w: 1.0 }); // reversed
    await graph.write(collaborate, { member: 'm3', other: 'm4', w: 1.1 }); // already right
  });

  afterAll(async () => {
    await graph.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('derives weights from shared projects, accepted bids and, for those pairs, shared spaces', async () => {
    const progress: Progress[] = [];
    const report = await recomputeCollaborationWeights(
      directJob('collaboration-graph', {}, { onProgress: (p) => progress.push(p) }),
      { collaborations: new CollaborationRepository(graph) },
    );
    expect(await edges(graph)).toEqual({ 'm1>m2': 2.1, 'm1>m3': 1, 'm2>m3': 1, 'm3>m4': 1.1 });
    expect(report).toEqual({ pairs: 4, created: 3, updated: 0, deleted: 2 });
    expect(progress.at(-1)).toEqual({ phase: 'writing', done: 2, total: 2 });
  });

  it('changes nothing when run again', async () => {
    const report = await recomputeCollaborationWeights(
      directJob('collaboration-graph', { revision: 'again' }),
      { collaborations: new CollaborationRepository(graph) },
    );
    expect(report).toEqual({ pairs: 4, created: 0, updated: 0, deleted: 0 });
  });

  it('recomputes only the pairs of the given members', async () => {
    await graph.write("MATCH (m:Member {id: 'm4'})-[r:IN_BID]->(:Bid) SET r.status = 'withdrawn'");
    await graph.write("MATCH (m:Member {id: 'm1'})-[r:WORKED_ON]->(:Project {id: 'p2'}) DELETE r");
    const report = await recomputeCollaborationWeights(
      directJob('collaboration-graph', { memberIds: ['m4'] }),
      { collaborations: new CollaborationRepository(graph) },
    );
    expect(report).toEqual({ pairs: 0, created: 0, updated: 0, deleted: 1 });
    // m1's lost project is outside the scope: its pair keeps its weight until a run covers it.
    expect(await edges(graph)).toEqual({ 'm1>m2': 2.1, 'm1>m3': 1, 'm2>m3': 1 });
    const everyone = await recomputeCollaborationWeights(
      directJob('collaboration-graph', { memberIds: ['m1', 'm2'] }),
      { collaborations: new CollaborationRepository(graph) },
    );
    expect(everyone).toEqual({ pairs: 3, created: 0, updated: 1, deleted: 0 });
    expect(await edges(graph)).toEqual({ 'm1>m2': 1.1, 'm1>m3': 1, 'm2>m3': 1 });
  });
});
