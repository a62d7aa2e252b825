// Kùzu-specific behaviour of the adapter, beyond the shared contract: writes
// serialised on one connection, transaction isolation and failure handling,
// data kept on disk across reopenings.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../graphStore.js';
import { openKuzuGraphStore } from './kuzuGraphStore.js';

const SMALL_BUFFER_POOL = 128 * 2 ** 20;
const createCommunity =
  "CREATE (:Community {id: $id, name: $id, kind: 'network', country: 'BE', description: ''})";

describe('Kùzu graph store', () => {
  let directory: string;
  let store: GraphStore;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'passerelle-kuzu-store-'));
    store = await openKuzuGraphStore({ directory, bufferPoolBytes: SMALL_BUFFER_POOL });
    await store.migrate();
  });
  afterAll(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const communityCount = async (prefix: string) =>
    (
      await store.read<{ n: number }>(
        'MATCH (c:Community) WHERE c.id STARTS WITH $prefix RETURN count(c) AS n',
        {
          prefix,
        },
      )
    )[0]?.n;

  it('queues concurrent writes and transactions instead of failing the second writer', async () => {
    const work = Array.from({ length: 30 }, (_, i) =>
      i % 3 === 0
        ? store.transaction(async (tx) => {
            await tx.run(createCommunity, { id: `conc-${i}-a` });
            await tx.run(createCommunity, { id: `conc-${i}-b` });
          })
        : store.write(createCommunity, { id: `conc-${i}` }),
    );
    await Promise.all(work);
    expect(await communityCount('conc-')).toBe(40);
  });

  it('hides uncommitted writes from readers until the transaction commits', async () => {
    let seenInside: number | undefined;
    await store.transaction(async (tx) => {
      await tx.run(createCommunity, { id: 'iso-1' });
      seenInside = await communityCount('iso-');
    });
    expect(seenInside).toBe(0);
    expect(await communityCount('iso-')).toBe(1);
  });

  it('rolls everything back after a failed statement, even when the work catches the error', async () => {
    await expect(
      store.transaction(async (tx) => {
        await tx.run(createCommunity, { id: 'fail-1' });
        await tx.run(createCommunity, { id: 'fail-1' }).catch(() => undefined);
        await tx.run(createCommunity, { id: 'fail-2' });
      }),
    ).rejects.toThrow(/rolled back/);
    expect(await communityCount('fail-')).toBe(0);
    await store.write(createCommunity, { id: 'after-failure' });
    expect(await communityCount('after-failure')).toBe(1);
  });

  it('updates a row again after a transaction that updated it was rolled back', async () => {
    await store.write(
      "CREATE (:Tombstone {id: 'undone', kind: 'member', entityId: 'undone', at: 0, seq: 0})",
    );
    const bump = "MATCH (t:Tombstone {id: 'undone'}) SET t.at = t.at + 1 RETURN t.at AS at";
    await store.transaction((tx) => tx.run(bump));
    await expect(
      store.transaction(async (tx) => {
        await tx.run(bump);
        throw new Error('the work failed after its update');
      }),
    ).rejects.toThrow('the work failed');
    // Without a checkpoint after the rollback, Kùzu 0.11.3 answers "Write-write conflict" here.
    await store.transaction((tx) => tx.run(bump));
    await store.write(bump);
    const rows = await store.read("MATCH (t:Tombstone {id: 'undone'}) RETURN t.at AS at");
    expect(rows).toEqual([{ at: 3 }]);
  });

  it('refuses an empty list parameter with a clear error instead of crashing', async () => {
    await expect(
      store.read('MATCH (c:Community) WHERE NOT c.id IN $ids RETURN c.id', { ids: [] }),
    ).rejects.toThrow(/empty list \$ids/);
    expect(await store.ping()).toBe(true);
  });

  it('keeps data on disk: a reopened store finds it and has nothing to migrate', async () => {
    await store.close();
    store = await openKuzuGraphStore({ directory, bufferPoolBytes: SMALL_BUFFER_POOL });
    expect(await communityCount('conc-')).toBe(40);
    expect((await store.migrate()).applied).toEqual([]);
  });

  it('answers ping false once closed', async () => {
    const other = mkdtempSync(path.join(os.tmpdir(), 'passerelle-kuzu-closed-'));
    const closed = await openKuzuGraphStore({ directory: other, bufferPoolBytes: SMALL_BUFFER_POOL });
    await closed.close();
    expect(await closed.ping()).toBe(false);
    rmSync(other, { recursive: true, force: true });
  });
});
