// The session cache of the API (services/accounts/sessionCache.ts) never outlives a
// revocation: two API instances share one graph store and one Redis (as two
// processes behind a load balancer share Neo4j and Redis); each keeps its own
// cache. A token signed out, or whose password changed, on one instance is
// refused at once by both; a member's own mutation of their spaces is seen by
// their next request.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../api/buildApp.js';
import { loadConfig } from '../../domain/config.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { RedisEventBus } from '../../messaging/events/redisEventBus.js';
import { closeServices, openServices } from '../../services/openServices.js';
import type { Services } from '../../services/services.js';
import { gql } from '../api/apiFixture.js';
import { accountFor, bearer, signInToken, TEST_PASSWORD } from '../api/authHelpers.js';
import { deleteKeysWithPrefix, TEST_REDIS_URL, uniquePrefix } from '../chaos/support/redis.js';

const ME = '{ me { email } }';
const prefix = uniquePrefix('session-cache');
const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-session-cache-'));
const dataset = generateNetwork({ members: 120, seed: 5 });

let services: Services;
let otherBus: RedisEventBus;
let a: FastifyInstance;
let b: FastifyInstance;

const urls = new Map<FastifyInstance, string>();

/** Over real HTTP, as a browser asks: the request waits its turn in the event loop like any other. */
async function signedIn(app: FastifyInstance, token: string): Promise<boolean> {
  const response = await fetch(`${urls.get(app)}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(token) },
    body: JSON.stringify({ query: ME }),
  });
  const body = (await response.json()) as { data?: { me: unknown } };
  return body.data?.me != null;
}

beforeAll(async () => {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    REDIS_URL: TEST_REDIS_URL,
  });
  services = await openServices(config, { queue: { prefix } });
  await services.graph.bulkLoad(dataset);
  // Instance B: the same stores, its own connection to the event channels (as another process has).
  otherBus = new RedisEventBus({ url: TEST_REDIS_URL, channelPrefix: prefix });
  a = await buildApp(services, { logger: false });
  b = await buildApp({ ...services, events: otherBus }, { logger: false });
  for (const app of [a, b]) urls.set(app, await app.listen({ host: '127.0.0.1', port: 0 }));
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  await otherBus?.close();
  await closeServices(services);
  rmSync(dir, { recursive: true, force: true });
  await deleteKeysWithPrefix(prefix);
});

describe('session cache across two API instances on one Redis', () => {
  it('refuses a signed-out token at once, on the instance that signed out and on the other', async () => {
    const member = dataset.members[0]!;
    const token = await accountFor(a, services, {
      email: 'out@example.org',
      memberId: member.id,
      roles: ['member'],
    });
    // Both instances have the session in memory now (twice, so the second answer comes from it).
    for (const app of [a, b, a, b]) expect(await signedIn(app, token)).toBe(true);

    expect((await gql(a, 'mutation { signOut }', {}, bearer(token))).data).toEqual({ signOut: true });

    expect(await signedIn(a, token)).toBe(false);
    expect(await signedIn(b, token)).toBe(false);
  });

  it('refuses the other sessions at once after a password change on the other instance', async () => {
    const member = dataset.members[1]!;
    const kept = await accountFor(a, services, {
      email: 'pw@example.org',
      memberId: member.id,
      roles: ['member'],
    });
    const other = await signInToken(a, 'pw@example.org', TEST_PASSWORD);
    for (const app of [a, b, a, b]) {
      expect(await signedIn(app, kept)).toBe(true);
      expect(await signedIn(app, other)).toBe(true);
    }

    const changed = await gql(
      b,
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
      { c: TEST_PASSWORD, n: 'a brand new long password' },
      bearer(kept),
    );
    expect(changed.data).toEqual({ changePassword: true });

    expect(await signedIn(a, other)).toBe(false);
    expect(await signedIn(b, other)).toBe(false);
    expect(await signedIn(a, kept)).toBe(true);
    expect(await signedIn(b, kept)).toBe(true);
  });

  it('sees a member’s new spaces in their next request (profiles visible to "my spaces")', async () => {
    const hidden = dataset.members.find((m) => m.privacy.visibility === 'spaces' && m.spaces.length > 0)!;
    const space = hidden.spaces[0]!;
    const viewer = dataset.members.find(
      (m) => m.id !== hidden.id && !m.spaces.includes(space) && m.privacy.visibility === 'network',
    )!;
    const token = await accountFor(a, services, {
      email: 'spaces@example.org',
      memberId: viewer.id,
      roles: ['member'],
    });
    const PROFILE = 'query($h: String!) { member(handle: $h) { handle } }';
    const sees = async () =>
      (await gql<{ member: unknown }>(a, PROFILE, { h: hidden.handle }, bearer(token))).data?.member != null;
    expect(await sees()).toBe(false);
    expect(await sees()).toBe(false);

    const moved = await gql(
      a,
      'mutation($s: [String!]!) { setMySpaces(spaces: $s) { handle } }',
      { s: [space] },
      bearer(token),
    );
    expect(moved.errors).toBeUndefined();

    expect(await sees()).toBe(true);
  });
});
