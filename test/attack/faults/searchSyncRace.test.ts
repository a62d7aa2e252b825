// Fault: writers racing the search sync (issue 17, item 3). Sign-ups commit in
// an order that differs from the order in which they started (each hashes its
// password first), while the sync runs again and again. The feed must never
// pass over a change that commits after it has read: once the writers stop and
// one last sync has run, the graph and the index hold the same members, member
// by member (none missing, no phantom, none stale).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchFeedRepository } from '../../../graph/repositories/searchFeedRepository.js';
import { searchSyncJob } from '../../../search/sync/searchSyncJob.js';
import { type ApiFixture, gql, startApiFixture } from '../../api/apiFixture.js';
import { memberParity } from './support/memberParity.js';

const SIGN_UPS = 120;
const CONCURRENT = 8;

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`;

let fixture: ApiFixture;

beforeAll(async () => {
  fixture = await startApiFixture({ members: 40 });
}, 60_000);

afterAll(async () => {
  await fixture?.close();
});

describe('fault: concurrent writers against the search sync', () => {
  it(`indexes every one of ${SIGN_UPS} sign-ups made ${CONCURRENT} at a time while the sync runs`, async () => {
    const { services } = fixture;
    const sync = searchSyncJob(
      new SearchFeedRepository(services.graph),
      services.taxonomy,
      () => services.search,
    );
    const signal = new AbortController().signal;
    const syncRuns = { count: 0 };
    let writing = true;
    const syncLoop = (async () => {
      while (writing) {
        await sync.syncOnce(() => {}, signal);
        syncRuns.count++;
      }
    })();

    const failures: string[] = [];
    for (let start = 0; start < SIGN_UPS; start += CONCURRENT) {
      const wave = Array.from({ length: Math.min(CONCURRENT, SIGN_UPS - start) }, (_, i) => start + i);
      const answers = await Promise.all(
        wave.map((n) =>
          gql(fixture.app, SIGN_UP, {
            input: {
              email: `racer-${n}@example.org`,
              password: `correct horse ${n} battery`,
              name: `Racer Number${n}`,
            },
          }),
        ),
      );
      for (const answer of answers) if (answer.errors) failures.push(JSON.stringify(answer.errors));
    }
    writing = false;
    await syncLoop;
    expect(failures).toEqual([]);
    // The writers raced many syncs, not one.
    expect(syncRuns.count).toBeGreaterThan(SIGN_UPS / CONCURRENT);

    // One last sync after every write has committed: a change it does not apply now is lost for good.
    await sync.syncOnce(() => {}, signal);
    const parity = await memberParity(services.graph, services.search);
    expect(parity.graphMembers).toBe(40 + SIGN_UPS);
    expect(parity).toEqual({
      graphMembers: 40 + SIGN_UPS,
      indexMembers: 40 + SIGN_UPS,
      missing: [],
      phantoms: [],
      stale: [],
    });
  }, 120_000);
});
