// `passerelle doctor` as a user runs it: each store's engine, whether it
// answers and its version, where the workers run, and exit code 1 when a
// configured server does not answer.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DoctorReport } from '../../cli/commands/doctor.js';
import { runCli } from './runCli.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-doctor-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('passerelle doctor', () => {
  it('reports the embedded stores with Redis: all answer, workers in the API, separate workers refused', async () => {
    const run = await runCli(['doctor', '--json'], { dataDir: dir, env: { REDIS_URL } });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as DoctorReport;
    expect(report.ok).toBe(true);
    expect(report.stores.map((s) => [s.store, s.engine, s.answers])).toEqual([
      ['graph', 'Kùzu (embedded)', true],
      ['search', 'SQLite FTS5 (embedded)', true],
      ['queue', 'BullMQ on Redis', true],
    ]);
    expect(report.stores[2]!.version).toMatch(/^\d+\.\d+/);
    expect(report.workers).toContain('inside the API process');
    expect(report.separateWorkers).toContain('NEO4J_URI');
  });

  it('exits 1 naming the store when a configured server does not answer', async () => {
    const run = await runCli(['doctor'], {
      dataDir: dir,
      env: { REDIS_URL, NEO4J_URI: 'bolt://127.0.0.1:9', MEILI_URL: 'http://127.0.0.1:9' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /graph\s+Neo4j at bolt:\/\/127\.0\.0\.1:9 \(needs 5\.x, 5\.23 or later\): DOES NOT ANSWER/,
    );
    expect(run.stdout).toMatch(
      /search Meilisearch at http:\/\/127\.0\.0\.1:9 \(needs 1\.x\): DOES NOT ANSWER/,
    );
    expect(run.stdout).toContain('passerelle worker: allowed');
    expect(run.stdout).toContain('NOT ready');
  });
});
