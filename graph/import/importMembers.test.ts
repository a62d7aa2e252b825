// The member importer on a real Kùzu store: reference data loaded on first use,
// idempotent re-imports, field updates, dry runs, conflicts with stored
// members, and all-or-nothing writes.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../domain/errors.js';
import type { GraphStore } from '../graphStore.js';
import { openKuzuGraphStore } from '../kuzu/kuzuGraphStore.js';
import { MemberNeighbourhood } from '../repositories/memberNeighbourhood.js';
import { MemberRepository } from '../repositories/memberRepository.js';
import { countMembers, seedNetwork } from '../seed/seedStore.js';
import { importMemberRows } from './importMembers.js';
import { parseMemberFile } from './memberFile.js';

const NOW = Date.UTC(2025, 0, 15);
const HEADER = 'externalId,name,email,phone,city,skills,spaces,communities,filieres,availability';
const ROWS = [
  'A1,Anaïs Dubois,anais@example.org,+32 555 12 34 56,Liège,ceramics:4:10;woodworking:2,brasserie-haecht,smart,ceramics,available',
  'A2,Jan Peeters,jan@example.org,,Gent,ceramics:3,smart-gent-office,,ceramics;wood,limited',
  ',Léa Martin,lea@example.net,,,,,,,',
];

function rows(lines: readonly string[], now = NOW) {
  return parseMemberFile([HEADER, ...lines].join('\n'), { format: 'csv', now });
}

async function rejection(work: Promise<unknown>): Promise<BadUserInputError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof BadUserInputError) return error;
    throw error;
  }
  throw new Error('expected a BadUserInputError');
}

describe('importMemberRows on Kùzu', () => {
  let dir: string;
  let store: GraphStore;
  let members: MemberRepository;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-import-'));
    store = await openKuzuGraphStore({
      directory: dir,
      readConnections: 2,
      bufferPoolBytes: 128 * 1024 ** 2,
    });
    await store.migrate();
    members = new MemberRepository(store);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('plans without writing on a dry run', async () => {
    expect(await importMemberRows(store, rows(ROWS), { dryRun: true })).toEqual({
      created: 3,
      updated: 0,
      unchanged: 0,
    });
    expect(await countMembers(store)).toBe(0);
  });

  it('creates members with their links in a store that had no reference data yet', async () => {
    const phases = new Set<string>();
    const summary = await importMemberRows(store, rows(ROWS), { onProgress: (p) => phases.add(p.phase) });
    expect(summary).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(phases).toContain('compare');
    expect(phases).toContain('write');
    const anais = await members.getByExternalId('A1');
    expect(anais).toMatchObject({ name: 'Anaïs Dubois', phone: '+32 555 12 34 56', city: 'Liège' });
    const around = new MemberNeighbourhood(store);
    expect(await around.skills(anais!.id)).toEqual([
      { skill: 'ceramics', level: 4, years: 10 },
      { skill: 'woodworking', level: 2, years: 0 },
    ]);
    expect((await around.spaces(anais!.id)).map((s) => s.id)).toEqual(['brasserie-haecht']);
    expect((await around.filieres(anais!.id)).map((f) => [f.filiere.id, f.role])).toEqual([
      ['ceramics', 'member'],
    ]);
  });

  it('changes nothing when the same file comes again', async () => {
    const before = await members.getByExternalId('A2');
    expect(await importMemberRows(store, rows(ROWS, NOW + 60_000))).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
    });
    expect(await members.getByExternalId('A2')).toEqual(before);
  });

  it('updates only the provided fields that differ, and replaces relationship lists', async () => {
    const later = NOW + 3_600_000;
    const changed = rows(
      [
        'A1,Anaïs Dubois,anais@example.org,,,ceramics:5:11,,,,',
        ROWS[1]!,
        ',Léa Martin,lea@example.net,,Lille,,,,,',
        'A4,Noor Jansen,noor@example.org,,,,,,,',
      ],
      later,
    );
    expect(await importMemberRows(store, changed)).toEqual({ created: 1, updated: 2, unchanged: 1 });
    const anais = await members.getByExternalId('A1');
    expect(anais).toMatchObject({ phone: '+32 555 12 34 56', city: 'Liège', updatedAt: later });
    expect(await new MemberNeighbourhood(store).skills(anais!.id)).toEqual([
      { skill: 'ceramics', level: 5, years: 11 },
    ]);
    expect(await members.getByEmail('lea@example.net')).toMatchObject({ city: 'Lille', updatedAt: later });
    expect(await countMembers(store)).toBe(4);
  });

  it('finds a member by e-mail when the row brings an externalId the store does not know yet', async () => {
    const summary = await importMemberRows(store, rows(['L3,Léa Martin,LEA@example.net,,,,,,,']));
    expect(summary).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await members.getByExternalId('L3')).toMatchObject({ email: 'lea@example.net', city: 'Lille' });
  });

  it('refuses a row that would take the e-mail another member keeps, writing nothing', async () => {
    const error = await rejection(
      importMemberRows(
        store,
        rows(['A9,New Person,new@example.org,,,,,,,', 'A2,Jan Peeters,anais@example.org,,,,,,,']),
      ),
    );
    expect(error.problems).toEqual([
      {
        path: ['line 3', 'email'],
        message: expect.stringMatching(/^"anais@example\.org" already belongs to member m_i/),
      },
    ]);
    expect(await members.getByExternalId('A9')).toBeNull();
  });

  it('accepts two members swapping e-mails in one file', async () => {
    const summary = await importMemberRows(
      store,
      rows(['A1,Anaïs Dubois,jan@example.org,,,,,,,', 'A2,Jan Peeters,anais@example.org,,,,,,,']),
    );
    expect(summary).toEqual({ created: 0, updated: 2, unchanged: 0 });
    expect((await members.getByExternalId('A1'))?.email).toBe('jan@example.org');
  });

  it('rolls every write back when the import stops half-way', async () => {
    const controller = new AbortController();
    const batch = rows(['B1,One,one@example.org,,,ceramics:2,,,,', 'B2,Two,two@example.org,,,,,,,']);
    const work = importMemberRows(store, batch, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'write' && p.done === 1) controller.abort(new Error('stopped by the test'));
      },
    });
    await expect(work).rejects.toThrow('stopped by the test');
    expect(await members.getByExternalId('B1')).toBeNull();
    expect(await countMembers(store)).toBe(4);
  });
});

describe('importMemberRows on a bulk-loaded Kùzu store', () => {
  let dir: string;
  let store: GraphStore;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-import-seeded-'));
    store = await openKuzuGraphStore({
      directory: dir,
      readConnections: 2,
      bufferPoolBytes: 128 * 1024 ** 2,
    });
    await store.migrate();
    await seedNetwork(store, { members: 300, seed: 42 });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const count = async (type: string) => {
    const rows = await store.read<{ n: number }>(
      `MATCH (m:Member)-[r:${type}]->() WHERE m.externalId STARTS WITH 'N-' RETURN count(r) AS n`,
    );
    return Number(rows[0]?.n);
  };
  const file = (count: number, skills: string, space: string) =>
    rows(
      Array.from(
        { length: count },
        (_, i) => `N-${i},Member ${i},n${i}@example.org,,,${skills},${space},,ceramics,`,
      ),
    );

  // Kùzu 0.11 lost a few MERGEd relationships in such a transaction (members ~460 and ~630 here).
  it('writes every relationship of 600 new members in one transaction, then changes some', async () => {
    const created = await importMemberRows(
      store,
      file(600, 'ceramics:3:2;woodworking:2', 'brasserie-haecht'),
    );
    expect(created.created).toBe(600);
    expect([await count('HAS_SKILL'), await count('WORKS_FROM'), await count('IN_FILIERE')]).toEqual([
      1200, 600, 600,
    ]);

    const changed = await importMemberRows(store, file(100, 'ceramics:4:2;painting:1', 'smart-gent-office'));
    expect(changed).toEqual({ created: 0, updated: 100, unchanged: 0 });
    expect([await count('HAS_SKILL'), await count('WORKS_FROM'), await count('IN_FILIERE')]).toEqual([
      1200, 600, 600,
    ]);
    const levels = await store.read<{ skill: string; level: number; n: number }>(
      "MATCH (m:Member)-[r:HAS_SKILL]->(s:Skill) WHERE m.externalId STARTS WITH 'N-' " +
        'RETURN s.id AS skill, r.level AS level, count(*) AS n ORDER BY skill, level',
    );
    expect(levels.map((l) => [l.skill, l.level, Number(l.n)])).toEqual([
      ['ceramics', 3, 500],
      ['ceramics', 4, 100],
      ['painting', 1, 100],
      ['woodworking', 2, 500],
    ]);
  });
});
