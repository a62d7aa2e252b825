// The embedded graph with REDIS_URL (issue 20): the API process runs the BullMQ
// workers itself, since Kùzu lets one process open the graph. A profile edit
// reaches search and a team job completes with nothing else running, /ready
// reports the workers, and `passerelle worker` on the embedded store refuses at
// once (exit 2) naming what to configure.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../cli/commands/start.js';
import { loadConfig } from '../../domain/config.js';
import type { JobEvents } from '../../workers/jobQueue.js';
import { API_QUEUES } from '../../workers/queues.js';
import { gql } from '../api/apiFixture.js';
import { accountFor, bearer } from '../api/authHelpers.js';
import { runCli } from '../cli/runCli.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `passerelle-embedded-redis-${process.pid}-${Date.now()}`;

let dir: string;
let server: RunningServer;
const finished = new Map<string, { state: 'completed' | 'failed'; detail: unknown }>();
const waiting = new Map<string, () => void>();

/** Resolves when the job with this id has completed or failed (events are recorded from the start). */
function jobEnd(id: string): Promise<{ state: 'completed' | 'failed'; detail: unknown }> {
  return new Promise((resolve) => {
    const done = () => resolve(finished.get(id)!);
    if (finished.has(id)) done();
    else waiting.set(id, done);
  });
}

function record(id: string, state: 'completed' | 'failed', detail: unknown): void {
  finished.set(id, { state, detail });
  waiting.get(id)?.();
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-embedded-redis-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dir,
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_MEMBERS: '120',
    LOG_LEVEL: 'silent',
    REDIS_URL,
  });
  server = await startServer(config, { log: () => {}, services: { queue: { prefix } } });
  await server.services.jobs.on('completed', (e: JobEvents['completed']) =>
    record(e.id, 'completed', e.result),
  );
  await server.services.jobs.on('failed', (e: JobEvents['failed']) => record(e.id, 'failed', e.error));
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('embedded graph with REDIS_URL', () => {
  it('runs the workers in the API process, on BullMQ, and /ready reports them', async () => {
    expect(server.services.jobs.kind).toBe('bullmq');
    const ready = (await (await fetch(`${server.url}/ready`)).json()) as {
      status: string;
      workers: Record<string, number>;
      warnings?: string[];
    };
    expect(ready.status).toBe('ready');
    for (const queue of API_QUEUES) expect(ready.workers[queue]).toBeGreaterThan(0);
    expect(ready.warnings).toBeUndefined();
  });

  it('a profile edit reaches search through a BullMQ job', async () => {
    const [member] = await server.services.graph.read<{ id: string; handle: string }>(
      "MATCH (m:Member) WHERE m.visibility = 'network' RETURN m.id AS id, m.handle AS handle ORDER BY m.id LIMIT 1",
    );
    const token = await accountFor(server.app, server.services, {
      email: 'embedded-redis@example.org',
      memberId: member!.id,
      roles: ['member'],
    });
    const found = (): Promise<boolean> =>
      gql<{ searchMembers: { edges: { node: { member: { handle: string } } }[] } }>(
        server.app,
        'query { searchMembers(query: "ondulatoire", first: 10) { edges { node { member { handle } } } } }',
        {},
        bearer(token),
      ).then(
        (res) => res.data?.searchMembers.edges.some((e) => e.node.member.handle === member!.handle) ?? false,
      );
    // Each search-sync job that completes after the edit may be the one carrying it: look again after each.
    const reached = new Promise<void>((resolve) => {
      void server.services.jobs.on('completed', (e) => {
        if (e.queue === 'search-sync') void found().then((yes) => yes && resolve());
      });
    });
    const edit = await gql(
      server.app,
      'mutation { updateMyProfile(input: { bio: "Tourneuse de bois ondulatoire embarquée" }) { handle } }',
      {},
      bearer(token),
    );
    expect(edit.errors).toBeUndefined();
    await reached;
    expect(await found()).toBe(true);
  });

  it('a team suggestion job completes', async () => {
    const [skill] = await server.services.graph.read<{ id: string }>(
      'MATCH (:Member)-[:HAS_SKILL]->(s:Skill) RETURN s.id AS id, count(*) AS n ORDER BY n DESC LIMIT 1',
    );
    const [lead] = await server.services.graph.read<{ id: string }>(
      'MATCH (m:Member) RETURN m.id AS id ORDER BY m.id DESC LIMIT 1',
    );
    const headers = bearer(
      await accountFor(server.app, server.services, {
        email: 'lead@example.org',
        memberId: lead!.id,
        roles: ['member'],
      }),
    );
    const created = await gql<{ createTender: { tenderId: string } }>(
      server.app,
      'mutation($i: TenderInput!) { createTender(input: $i) { tenderId } }',
      { i: { title: 'Embedded and Redis', requirements: [{ skill: skill!.id, minLevel: 1, count: 1 }] } },
      headers,
    );
    expect(created.errors).toBeUndefined();
    const started = await gql<{ suggestTeams: string }>(
      server.app,
      'mutation($t: String!) { suggestTeams(tenderId: $t, k: 1) }',
      { t: created.data!.createTender.tenderId },
      headers,
    );
    expect(started.errors).toBeUndefined();
    const end = await jobEnd(started.data!.suggestTeams);
    expect(end.state).toBe('completed');
  });
});

describe('passerelle worker against the embedded store', () => {
  it('refuses at once with exit code 2, saying why and what to configure', async () => {
    const run = await runCli(['worker'], { dataDir: dir, env: { REDIS_URL } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('NEO4J_URI');
    expect(run.stderr).toContain('one process');
  });
});
