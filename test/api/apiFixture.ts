// A real app over a fresh embedded Kùzu store seeded with a small synthetic network.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type AppOptions, buildApp } from '../../api/buildApp.js';
import { loadConfig } from '../../domain/config.js';
import type { NetworkDataset } from '../../domain/dataset.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import type { MailPort } from '../../messaging/mail/mailPort.js';
import { closeServices, openServices } from '../../services/openServices.js';
import type { Services } from '../../services/services.js';

export interface ApiFixture {
  app: FastifyInstance;
  services: Services;
  dataset: NetworkDataset;
  close(): Promise<void>;
}

export interface ApiFixtureOptions {
  members?: number;
  /** Seed the living demo activity too (mentor offers and requests, tenders, bids, events), dated from `now`. */
  activity?: { now: number };
  env?: Record<string, string>;
  mail?: MailPort;
  app?: AppOptions;
}

export async function startApiFixture(options: ApiFixtureOptions = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-api-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent', ...options.env });
  const services = await openServices(config);
  const dataset = generateNetwork({
    members: options.members ?? 300,
    seed: 7,
    ...(options.activity ? { activity: true, now: options.activity.now } : {}),
  });
  await services.graph.bulkLoad(dataset);
  if (options.mail) services.mail = options.mail;
  const app = await buildApp(services, { logger: false, ...options.app });
  const fixture: ApiFixture = {
    app,
    services,
    dataset,
    async close() {
      await app.close();
      await closeServices(services);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return fixture;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export async function gql<T = Record<string, unknown>>(
  app: FastifyInstance,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T> & { status: number }> {
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...headers },
    payload: { query, variables },
  });
  return { status: response.statusCode, ...(response.json() as GraphQLResponse<T>) };
}
