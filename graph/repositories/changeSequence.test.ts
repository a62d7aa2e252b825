// The commit sequence of the search change feed, on a real Kùzu store: each
// stamp comes after every earlier one whatever the clock says, never before the
// current time, and the feed reads members in that order.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../graphStore.js';
import { openKuzuGraphStore } from '../kuzu/kuzuGraphStore.js';
import { generateNetwork } from '../seed/syntheticNetwork.js';
import { nextChangeSeq, stampChange } from './changeSequence.js';

let dir: string;
let store: GraphStore;
let ids: string[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-change-seq-'));
  store = await openKuzuGraphStore({ directory: path.join(dir, 'graph') });
  await store.migrate();
  const dataset = generateNetwork({ members: 5, seed: 3 });
  await store.bulkLoad(dataset);
  ids = dataset.members.map((m) => m.id);
}, 60_000);

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Stamps a member in its own transaction with the position the counter gives at clock `now`. */
const stampAt = (id: string, now: number) =>
  store.transaction(async (tx) => stampChange(tx, 'Member', id, await nextChangeSeq(tx, now)));

const seqOf = async (id: string) =>
  (await store.read<{ seq: number }>('MATCH (m:Member {id: $id}) RETURN m.changeSeq AS seq', { id }))[0]?.seq;

describe('change sequence', () => {
  it('gives bulk-loaded members their updatedAt as position', async () => {
    const rows = await store.read<{ seq: number; at: number }>(
      'MATCH (m:Member) RETURN m.changeSeq AS seq, m.updatedAt AS at',
    );
    expect(rows.length).toBe(5);
    for (const row of rows) expect(row.seq).toBe(row.at);
  });

  it('moves forward on every commit, to the current time or one past the last, even when the clock goes back', async () => {
    await stampAt(ids[0]!, 5_000_000_000_000);
    await stampAt(ids[1]!, 4_000_000_000_000);
    await stampAt(ids[2]!, 6_000_000_000_000);
    expect(await seqOf(ids[0]!)).toBe(5_000_000_000_000);
    expect(await seqOf(ids[1]!)).toBe(5_000_000_000_001);
    expect(await seqOf(ids[2]!)).toBe(6_000_000_000_000);
    expect(await store.transaction((tx) => nextChangeSeq(tx, 1))).toBe(6_000_000_000_001);
  });

  it('stamps nothing when the transaction rolls back', async () => {
    const before = await seqOf(ids[3]!);
    await expect(
      store.transaction(async (tx) => {
        await stampChange(tx, 'Member', ids[3]!, await nextChangeSeq(tx, 7_000_000_000_000));
        throw new Error('the write failed after the stamp');
      }),
    ).rejects.toThrow('the write failed');
    expect(await seqOf(ids[3]!)).toBe(before);
    expect(await store.transaction((tx) => nextChangeSeq(tx, 1))).toBe(6_000_000_000_002);
  });

  it('stamps with the current time or one past the last position when no position is given', async () => {
    await store.transaction((tx) => stampChange(tx, 'Member', ids[4]!));
    expect(await seqOf(ids[4]!)).toBe(6_000_000_000_003);
  });

  it('refuses to stamp a member that does not exist', async () => {
    await expect(store.transaction((tx) => stampChange(tx, 'Member', 'm_nobody'))).rejects.toThrow(
      'no Member "m_nobody"',
    );
  });
});
