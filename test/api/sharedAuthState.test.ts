// State that must outlive one process or be shared by several (issue 20.5):
// the sign-in lockout survives a restart (graph, embedded mode) and is shared by
// API instances (Redis); expired sessions are purged by the maintenance job.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../domain/config.js';
import { ForbiddenError, UnauthenticatedError } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import { signIn } from '../../services/accounts/signIn.js';
import { signUp } from '../../services/accounts/signUp.js';
import { closeServices, openServices, SIGN_IN_GUARD } from '../../services/openServices.js';
import type { Services } from '../../services/services.js';
import type { JobEvents } from '../../workers/jobQueue.js';
import { scheduleMaintenance } from '../../workers/maintenanceSchedule.js';
import { buildProcessorDeps } from '../../workers/processorDependencies.js';
import { bindProcessors } from '../../workers/processorMap.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PASSWORD = 'a long enough password';
const dirs: string[] = [];
const opened: Services[] = [];

function dataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-shared-auth-'));
  dirs.push(dir);
  return dir;
}

async function open(dir: string, redis?: { prefix: string }): Promise<Services> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    ...(redis ? { REDIS_URL } : {}),
  });
  const services = await openServices(config, redis ? { queue: { prefix: redis.prefix } } : {});
  opened.push(services);
  return services;
}

async function close(services: Services): Promise<void> {
  opened.splice(opened.indexOf(services), 1);
  await closeServices(services);
}

async function failAttempts(services: Services, email: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await expect(signIn(services, { email, password: 'wrong password here' })).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
  }
}

afterAll(async () => {
  for (const services of opened.splice(0)) await closeServices(services);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the sign-in lockout', () => {
  it('survives a restart of an embedded server', async () => {
    const dir = dataDir();
    const first = await open(dir);
    await signUp(first, { email: 'restart@example.org', password: PASSWORD, name: 'Camille Restart' });
    await failAttempts(first, 'restart@example.org', SIGN_IN_GUARD.maxFailures);
    await close(first);

    const second = await open(dir);
    await expect(signIn(second, { email: 'restart@example.org', password: PASSWORD })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    // The counters hold no e-mail address, only a hash of the key.
    const rows = await second.graph.read<{ key: string }>('MATCH (f:SignInFailure) RETURN f.key AS key');
    expect(rows.length).toBe(1);
    expect(rows[0]!.key).not.toContain('restart');
  });

  it('is shared by API instances through Redis: attempts on each add up', async () => {
    const prefix = `passerelle-lockout-${process.pid}-${Date.now()}`;
    const a = await open(dataDir(), { prefix });
    const b = await open(dataDir(), { prefix });
    for (const services of [a, b]) {
      await signUp(services, { email: 'shared@example.org', password: PASSWORD, name: 'Sam Shared' });
    }
    await failAttempts(a, 'shared@example.org', 3);
    await failAttempts(b, 'shared@example.org', SIGN_IN_GUARD.maxFailures - 3);
    for (const services of [a, b]) {
      await expect(
        signIn(services, { email: 'shared@example.org', password: PASSWORD }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    // Another deployment (another prefix) on the same Redis counts apart.
    const other = await open(dataDir(), { prefix: `${prefix}-other` });
    await signUp(other, { email: 'shared@example.org', password: PASSWORD, name: 'Sam Shared' });
    await expect(signIn(other, { email: 'shared@example.org', password: PASSWORD })).resolves.toBeTruthy();
  });
});

describe('the maintenance job', () => {
  it('purges expired and revoked sessions, keeping valid ones', async () => {
    const services = await open(dataDir());
    const now = Date.now();
    const account = 'acc-maintenance';
    const sessions = { expired: newId('ses'), revoked: newId('ses'), valid: newId('ses') };
    await services.sessions.create({
      id: sessions.expired,
      accountId: account,
      createdAt: now - 10,
      expiresAt: now - 1,
    });
    await services.sessions.create({
      id: sessions.revoked,
      accountId: account,
      createdAt: now,
      expiresAt: now + 3600e3,
    });
    await services.sessions.revoke(sessions.revoked);
    await services.sessions.create({
      id: sessions.valid,
      accountId: account,
      createdAt: now,
      expiresAt: now + 3600e3,
    });

    const done = new Promise<JobEvents['completed']>((resolve) => {
      void services.jobs.on('completed', (event) => {
        if (event.queue === 'maintenance') resolve(event);
      });
    });
    const pool = await services.jobs.startWorkers(
      bindProcessors(
        buildProcessorDeps({ graph: services.graph, events: services.events, taxonomy: services.taxonomy }),
      ),
    );
    const schedule = scheduleMaintenance(services.jobs);
    const completed = await done;
    schedule.stop();
    await pool.close();

    expect(completed.result).toMatchObject({ task: 'purge-expired-sessions', removed: 2 });
    const left = await services.graph.read<{ id: string }>('MATCH (s:Session) RETURN s.id AS id');
    expect(left.map((r) => r.id)).toEqual([sessions.valid]);
  });
});
