// A page of members with their skills and spaces costs the same number of store
// calls whether it holds 5 or 50 members: DataLoaders batch each field.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../api/buildApp.js';
import { loadConfig } from '../../domain/config.js';
import type { GraphStore } from '../../graph/graphStore.js';
import { graphRepositories } from '../../graph/repositories/index.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { closeServices, openServices } from '../../services/openServices.js';
import type { Services } from '../../services/services.js';
import { accountFor, bearer } from '../api/authHelpers.js';

let dir: string;
let services: Services;
let app: FastifyInstance;
/** Profiles are for signed-in members: the page is read by an account with no profile of its own. */
let reader: Record<string, string>;
const calls = { count: 0 };

function counting(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === 'read' || property === 'readByKeys') {
        return (...args: unknown[]) => {
          calls.count++;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-batching-'));
  const opened = await openServices(loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent' }));
  await opened.graph.bulkLoad(generateNetwork({ members: 200, seed: 3 }));
  services = { ...opened, repositories: graphRepositories(counting(opened.graph)) };
  app = await buildApp(services, { logger: false });
  reader = bearer(
    await accountFor(app, services, { email: 'reader@batching.test', memberId: null, roles: ['member'] }),
  );
});

afterAll(async () => {
  await app?.close();
  await closeServices(services);
  rmSync(dir, { recursive: true, force: true });
});

async function storeCallsFor(first: number): Promise<number> {
  calls.count = 0;
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: reader,
    payload: {
      query: `query($first: Int!) { members(first: $first) { edges { node {
        name skills { level skill { slug label } } spaces { slug name } communities { slug } } } } }`,
      variables: { first },
    },
  });
  const body = response.json() as { data: { members: { edges: unknown[] } } };
  expect(body.data.members.edges).toHaveLength(first);
  return calls.count;
}

it('keeps the number of store calls constant as the page grows', async () => {
  const small = await storeCallsFor(5);
  const large = await storeCallsFor(50);
  expect(large).toBe(small);
  // list + count, three neighbourhood batches, three reference lists (spaces, skills, communities), read once.
  expect(large).toBeLessThanOrEqual(10);
});
