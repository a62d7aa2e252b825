// A member's export checked against the synthetic dataset it was seeded from,
// on a real Kùzu store; the seed helpers are exercised on the way.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkDataset } from '../domain/dataset.js';
import type { MemberRecord } from '../domain/entities/member.js';
import { ConflictError, NotFoundError } from '../domain/errors.js';
import { exportMember } from './exportMember.js';
import type { GraphStore } from './graphStore.js';
import { openKuzuGraphStore } from './kuzu/kuzuGraphStore.js';
import { countMembers, isEmpty, seedNetwork } from './seed/seedStore.js';
import { generateNetwork } from './seed/syntheticNetwork.js';

const OPTIONS = { members: 200, seed: 7 };

describe('seedNetwork and exportMember on Kùzu', () => {
  let dir: string;
  let store: GraphStore;
  let dataset: NetworkDataset;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-export-'));
    store = await openKuzuGraphStore({
      directory: dir,
      readConnections: 2,
      bufferPoolBytes: 128 * 1024 ** 2,
    });
    await store.migrate();
    dataset = generateNetwork(OPTIONS);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('seeds an empty store, reporting each phase, and refuses to seed it twice', async () => {
    expect(await isEmpty(store)).toBe(true);
    const phases: string[] = [];
    const summary = await seedNetwork(store, OPTIONS, (p) => {
      if (phases.at(-1) !== p.phase) phases.push(p.phase);
    });
    expect(phases[0]).toBe('generate');
    expect(phases.length).toBeGreaterThan(1);
    expect(summary.members).toBe(200);
    expect(summary.mentorships).toBe(dataset.mentorships.length);
    const stored = await store.read<{ n: number }>('MATCH ()-[r:HAS_SKILL]->() RETURN count(r) AS n');
    expect(Number(stored[0]?.n)).toBe(summary.relationships.HAS_SKILL);
    expect(await countMembers(store)).toBe(200);
    expect(await isEmpty(store)).toBe(false);
    await expect(seedNetwork(store, OPTIONS)).rejects.toBeInstanceOf(ConflictError);
  });

  it('exports everything stored about a member, other members by id and name only', async () => {
    const subject = busiestMember(dataset);
    const exported = await exportMember(store, subject.id);
    const names = new Map(dataset.members.map((m) => [m.id, m.name]));
    const named = (ids: string[]) => ids.sort().map((id) => ({ id, name: names.get(id) }));

    expect(exported.profile).toMatchObject({ id: subject.id, email: subject.email, phone: subject.phone });
    expect(sortBy(exported.skills, (s) => s.skill)).toEqual(sortBy(subject.skills, (s) => s.skill));
    expect(exported.spaces.map((s) => s.id).sort()).toEqual([...subject.spaces].sort());
    expect(exported.communities.map((c) => c.id).sort()).toEqual([...subject.communities].sort());
    expect(exported.filieres.map((f) => f.id).sort()).toEqual([...subject.filieres].sort());
    const projects = dataset.projects.flatMap((p) =>
      p.members.filter((m) => m.member === subject.id).map((m) => ({ id: p.id, role: m.role })),
    );
    expect(
      sortBy(
        exported.projects.map((p) => ({ id: p.id, role: p.role })),
        (p) => p.id,
      ),
    ).toEqual(sortBy(projects, (p) => p.id));
    const collaborators = dataset.collaborations.flatMap((c) =>
      c.source === subject.id ? [c.target] : c.target === subject.id ? [c.source] : [],
    );
    expect(exported.collaborators).toEqual(named(collaborators));
    for (const other of exported.collaborators) expect(Object.keys(other)).toEqual(['id', 'name']);
    const mentorships = dataset.mentorships.filter(
      (m) => m.mentorId === subject.id || m.menteeId === subject.id,
    );
    expect(sortBy(exported.mentorships, (m) => m.id)).toEqual(sortBy(mentorships, (m) => m.id));
    const edges = mentorships.filter((m) => m.status === 'active' || m.status === 'ended');
    expect(sortBy(exported.mentees, (m) => m.id)).toEqual(
      named(edges.filter((m) => m.mentorId === subject.id).map((m) => m.menteeId)),
    );
    expect(sortBy(exported.mentors, (m) => m.id)).toEqual(
      named(edges.filter((m) => m.menteeId === subject.id).map((m) => m.mentorId)),
    );
    // The subject was chosen so that none of the comparisons above is between empty lists.
    expect(
      Math.min(projects.length, collaborators.length, mentorships.length, subject.skills.length),
    ).toBeGreaterThan(0);
    expect(exported.account).toBeNull();
    expect(exported.bids).toEqual([]);
  });

  it('fails with NotFoundError on an unknown id', async () => {
    await expect(exportMember(store, 'm_nobody')).rejects.toBeInstanceOf(NotFoundError);
  });
});

/** The member with the most projects, collaborators and mentorships together: the export's hardest case. */
function busiestMember(dataset: NetworkDataset): MemberRecord {
  const weight = new Map<string, number>();
  const add = (id: string) => weight.set(id, (weight.get(id) ?? 0) + 1);
  for (const p of dataset.projects) for (const m of p.members) add(m.member);
  for (const c of dataset.collaborations) {
    add(c.source);
    add(c.target);
  }
  for (const m of dataset.mentorships) {
    add(m.mentorId);
    add(m.menteeId);
  }
  const mentored = new Set(dataset.mentorships.flatMap((m) => [m.mentorId, m.menteeId]));
  const candidates = dataset.members.filter((m) => mentored.has(m.id));
  return candidates.reduce((best, m) => ((weight.get(m.id) ?? 0) > (weight.get(best.id) ?? 0) ? m : best));
}

function sortBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
