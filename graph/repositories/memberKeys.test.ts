// Lookup keys stay in step with members through create, update, upsert, delete and bulk load.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberRecord } from '../../domain/entities/member.js';
import { ConflictError } from '../../domain/errors.js';
import type { GraphStore } from '../graphStore.js';
import { openKuzuGraphStore } from '../kuzu/kuzuGraphStore.js';
import { generateNetwork } from '../seed/syntheticNetwork.js';
import { memberIdByKey } from './memberKeys.js';
import { MemberRepository } from './memberRepository.js';

let dir: string;
let store: GraphStore;
let members: MemberRepository;
let seeded: MemberRecord[];
const keyCount = async () =>
  (await store.read<{ n: number }>('MATCH (k:MemberKey) RETURN count(k) AS n'))[0]?.n ?? Number.NaN;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-keys-'));
  store = await openKuzuGraphStore({ directory: dir });
  await store.migrate();
  const network = generateNetwork({ members: 30, seed: 5 });
  seeded = network.members;
  await store.bulkLoad(network);
  members = new MemberRepository(store);
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('member lookup keys', () => {
  it('are bulk-loaded with the network', async () => {
    const expected = seeded.reduce((n, m) => n + (m.externalId ? 3 : 2), 0);
    expect(await keyCount()).toBe(expected);
    const sample = seeded[7]!;
    expect((await members.getByHandle(sample.handle))?.id).toBe(sample.id);
    expect((await members.getByEmail(sample.email.toUpperCase()))?.id).toBe(sample.id);
    expect((await members.getByExternalId(sample.externalId!))?.id).toBe(sample.id);
  });

  it('follow a change of handle and e-mail, and free the old ones', async () => {
    const member = seeded[3]!;
    await members.update(member.id, { handle: 'renamed-member', email: 'renamed@example.org' });
    expect(await members.getByHandle(member.handle)).toBeNull();
    expect(await members.getByEmail(member.email)).toBeNull();
    expect((await members.getByHandle('renamed-member'))?.id).toBe(member.id);
    expect((await members.getByEmail('Renamed@Example.org'))?.id).toBe(member.id);
    await members.update(seeded[4]!.id, { handle: member.handle });
    expect((await members.getByHandle(member.handle))?.id).toBe(seeded[4]!.id);
  });

  it('refuse a handle or e-mail another member holds, changing nothing', async () => {
    const before = await keyCount();
    await expect(members.update(seeded[5]!.id, { email: seeded[6]!.email })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await keyCount()).toBe(before);
    expect((await members.getByEmail(seeded[5]!.email))?.id).toBe(seeded[5]!.id);
  });

  it('disappear with the member', async () => {
    const gone = seeded[9]!;
    const before = await keyCount();
    expect(await members.delete(gone.id)).toBe(true);
    expect(await keyCount()).toBe(before - (gone.externalId ? 3 : 2));
    expect(await members.getByHandle(gone.handle)).toBeNull();
  });
});

describe('migration 0007', () => {
  it('gives keys to members stored without them, once', async () => {
    const other = mkdtempSync(path.join(os.tmpdir(), 'passerelle-keys-old-'));
    const old = await openKuzuGraphStore({ directory: other });
    try {
      await old.migrate();
      // A member written as before 0006: no MemberKey rows.
      await old.write(
        "CREATE (:Member {id: 'old', handle: 'old-timer', email: 'Old@Example.org', externalId: 'x9'})",
      );
      await old.write("MATCH (s:SchemaMigration {version: '0007'}) DELETE s");
      await old.migrate();
      await old.migrate();
      const keys = await old.read<{ key: string }>('MATCH (k:MemberKey) RETURN k.key AS key ORDER BY key');
      expect(keys.map((k) => k.key)).toEqual(['email:old@example.org', 'external:x9', 'handle:old-timer']);
      expect(await memberIdByKey(old, 'handle:old-timer')).toBe('old');
    } finally {
      await old.close();
      rmSync(other, { recursive: true, force: true });
    }
  });
});
