// Regression for a Kùzu 0.11 fault (issue 20.3): in one long transaction on
// tables filled by COPY, `MERGE (m)-[:HAS_SKILL]->(s)` reported rows it did not
// create. memberLinks writes with check-then-CREATE; this rewrites the links of
// hundreds of bulk-loaded members in ONE transaction and counts every one back.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../graphStore.js';
import { openKuzuGraphStore } from '../kuzu/kuzuGraphStore.js';
import { generateNetwork } from '../seed/syntheticNetwork.js';
import { COMMUNITY_LINKS, replaceMemberLinks, replaceMemberSkills, SPACE_LINKS } from './memberLinks.js';

const dataset = generateNetwork({ members: 1500, seed: 20 });
let dir: string;
let graph: GraphStore;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-member-links-'));
  graph = await openKuzuGraphStore({ directory: dir, readConnections: 1, bufferPoolBytes: 256 * 1024 ** 2 });
  await graph.migrate();
  await graph.bulkLoad(dataset);
});

afterAll(async () => {
  await graph?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function count(cypher: string): Promise<number> {
  const [row] = await graph.read<{ n: number }>(cypher);
  return Number(row!.n);
}

describe('replacing links of COPY-loaded members in one transaction', () => {
  it('writes every relationship it reports, none lost, none doubled', async () => {
    const members = dataset.members.slice(0, 600);
    const skillIds = dataset.skills.map((s) => s.id);
    const spaceIds = dataset.spaces.map((s) => s.id);
    const communityIds = dataset.communities.map((c) => c.id);
    // Each member keeps one of their skills (now level 5), loses the others and gains two new ones;
    // spaces and communities rotate, keeping one.
    const expected = members.map((m, i) => {
      const kept = m.skills[0];
      const fresh = skillIds
        .filter((id) => !m.skills.some((s) => s.skill === id))
        .slice(i % 50, (i % 50) + 2);
      const skills = [
        ...(kept ? [{ skill: kept.skill, level: 5, years: kept.years }] : []),
        ...fresh.map((skill) => ({ skill, level: 3, years: 2 })),
      ];
      const spaces = [...new Set([...(m.spaces.slice(0, 1) ?? []), spaceIds[i % spaceIds.length]!])];
      const communities = [...new Set([communityIds[(i + 1) % communityIds.length]!])];
      return { id: m.id, skills, spaces, communities };
    });
    await graph.transaction(async (tx) => {
      for (const m of expected) {
        await replaceMemberSkills(tx, m.id, m.skills);
        await replaceMemberLinks(tx, m.id, SPACE_LINKS, m.spaces);
        await replaceMemberLinks(tx, m.id, COMMUNITY_LINKS, m.communities);
      }
    });
    const ids = new Set(expected.map((m) => m.id));
    const rows = await graph.read<{ id: string; skill: string; level: number }>(
      'MATCH (m:Member)-[h:HAS_SKILL]->(s:Skill) RETURN m.id AS id, s.id AS skill, h.level AS level',
    );
    const stored = rows.filter((r) => ids.has(r.id));
    const wanted = expected.flatMap((m) => m.skills.map((s) => `${m.id}/${s.skill}/${s.level}`)).sort();
    expect(stored.map((r) => `${r.id}/${r.skill}/${Number(r.level)}`).sort()).toEqual(wanted);

    const spaceRows = await graph.read<{ id: string; space: string }>(
      'MATCH (m:Member)-[:WORKS_FROM]->(s:Space) RETURN m.id AS id, s.id AS space',
    );
    expect(
      spaceRows
        .filter((r) => ids.has(r.id))
        .map((r) => `${r.id}/${r.space}`)
        .sort(),
    ).toEqual(expected.flatMap((m) => m.spaces.map((s) => `${m.id}/${s}`)).sort());
    const communityLinks = await count('MATCH (:Member)-[r:MEMBER_OF]->(:Community) RETURN count(r) AS n');
    const untouched = dataset.members.slice(600).reduce((n, m) => n + m.communities.length, 0);
    expect(communityLinks).toBe(untouched + expected.length);
  });

  it('names the field of an unknown id and writes nothing of the transaction', async () => {
    const member = dataset.members[700]!;
    const before = await count(
      `MATCH (:Member {id: '${member.id}'})-[r:WORKS_FROM]->(:Space) RETURN count(r) AS n`,
    );
    await expect(
      graph.transaction(async (tx) => {
        await replaceMemberLinks(tx, member.id, SPACE_LINKS, [dataset.spaces[0]!.id, 'no-such-space']);
      }),
    ).rejects.toMatchObject({ problems: [{ path: ['spaces', 1] }] });
    expect(
      await count(`MATCH (:Member {id: '${member.id}'})-[r:WORKS_FROM]->(:Space) RETURN count(r) AS n`),
    ).toBe(before);
  });
});
