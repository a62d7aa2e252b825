// The first-run experience over real HTTP: an empty data directory is seeded,
// the server answers on a free port, and a second start reuses the data.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../cli/commands/start.js';
import { type Config, loadConfig } from '../../domain/config.js';
import { countMembers } from '../../graph/seed/seedStore.js';

let dir: string;
let config: Config;
let server: RunningServer;
const logs: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-start-'));
  config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dir,
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_MEMBERS: '150',
    LOG_LEVEL: 'silent',
  });
  server = await startServer(config, { log: (line) => logs.push(line) });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('passerelle start', () => {
  it('seeds an empty store on first run', async () => {
    expect(logs.some((line) => line.includes('seeding the demo network (150 members'))).toBe(true);
    expect(await countMembers(server.services.graph)).toBe(150);
  });

  it('answers /health, /ready and /metrics over HTTP', async () => {
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${server.url}/ready`);
    expect(await ready.json()).toMatchObject({ status: 'ready', stores: { graph: 'up', search: 'up' } });
    await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ filieres { slug } }' }),
    });
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toContain(
      'passerelle_http_request_duration_seconds_count{method="POST",route="/graphql",status="200"}',
    );
    expect(metrics).toContain('passerelle_process_resident_memory_bytes');
  });

  it('passes every MUST of the graphql-http server audit', async () => {
    const results = await auditServer({ url: `${server.url}/graphql` });
    const failedMusts = results
      .filter((r) => r.name.startsWith('MUST') && r.status !== 'ok')
      .map((r) => `${r.name}: ${'reason' in r ? r.reason : r.status}`);
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
    expect(failedMusts).toEqual([]);
  });

  it('reuses the data on the next start instead of seeding again', async () => {
    await server.close();
    logs.length = 0;
    server = await startServer(config, { log: (line) => logs.push(line) });
    expect(logs.some((line) => line.includes('seeding'))).toBe(false);
    expect(await countMembers(server.services.graph)).toBe(150);
    // Profiles are for signed-in members ('network'): sign up, then read the directory.
    const graphql = (query: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });
    const signUp = (await (
      await graphql(
        'mutation { signUp(input: { email: "restart@example.org", password: "a long password", name: "Re Start" }) { token } }',
      )
    ).json()) as { data: { signUp: { token: string } } };
    const response = await graphql('{ members(first: 1) { totalCount } }', {
      authorization: `Bearer ${signUp.data.signUp.token}`,
    });
    const body = (await response.json()) as { data: { members: { totalCount: number } } };
    expect(body.data.members.totalCount).toBeGreaterThan(100);
  });
});
