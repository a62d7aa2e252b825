// Filière suggestions through the real job queue: a conseiller starts the job
// over GraphQL, the in-process workers built by buildProcessorDeps (where the
// solvers are registered) run it, and the proposals appear in proposedFilieres.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseMember } from '../../services/gdpr/eraseMember.js';
import type { WorkerPool } from '../../workers/jobQueue.js';
import { buildProcessorDeps } from '../../workers/processorDependencies.js';
import { bindProcessors } from '../../workers/processorMap.js';
import { type ApiFixture, gql, startApiFixture } from '../api/apiFixture.js';
import { accountFor, bearer } from '../api/authHelpers.js';

let fixture: ApiFixture;
let workers: WorkerPool;
let conseiller: Record<string, string>;

beforeAll(async () => {
  fixture = await startApiFixture({ members: 800 });
  const { services } = fixture;
  workers = await services.jobs.startWorkers(
    bindProcessors(
      buildProcessorDeps({ graph: services.graph, events: services.events, taxonomy: services.taxonomy }),
    ),
    { events: services.events },
  );
  conseiller = bearer(
    await accountFor(fixture.app, services, {
      email: 'conseil@ex.org',
      memberId: fixture.dataset.members[0]!.id,
      roles: ['member', 'conseiller'],
      scopeFilieres: ['wood'],
    }),
  );
}, 60_000);
afterAll(async () => {
  await workers?.close();
  await fixture?.close();
});

/** Resolves with the job's final state, whether it ends before or after we start listening. */
async function finished(id: string): Promise<string> {
  const { jobs } = fixture.services;
  let stop: Array<() => void> = [];
  const ended = new Promise<string>((resolve) => {
    void Promise.all([
      jobs.on('completed', (e) => e.id === id && resolve('completed')),
      jobs.on('failed', (e) => e.id === id && resolve(`failed: ${e.error}`)),
    ]).then(async (unsubscribe) => {
      stop = unsubscribe;
      const job = await jobs.getJob(id);
      if (job?.state === 'completed') resolve('completed');
      if (job?.state === 'failed') resolve(`failed: ${job.error}`);
    });
  });
  try {
    return await ended;
  } finally {
    for (const unsubscribe of stop) unsubscribe();
  }
}

describe('filière suggestions job', () => {
  it('runs from requestFiliereSuggestions to proposedFilieres', async () => {
    await fixture.services.graph.write("MATCH (f:Filiere {id: 'ceramics'}) DETACH DELETE f");
    const requested = await gql<{ requestFiliereSuggestions: string }>(
      fixture.app,
      'mutation { requestFiliereSuggestions }',
      {},
      conseiller,
    );
    expect(requested.errors).toBeUndefined();
    expect(await finished(requested.data!.requestFiliereSuggestions)).toBe('completed');
    const listed = await gql<{ proposedFilieres: { labels: { en: string }; skills: { slug: string }[] }[] }>(
      fixture.app,
      '{ proposedFilieres { labels { en } skills { slug } } }',
      {},
      conseiller,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.proposedFilieres.some((p) => p.skills.some((s) => s.slug === 'ceramics'))).toBe(true);
  });

  it('forgets an erased member in the proposals', async () => {
    const { graph } = fixture.services;
    const [row] = await graph.read<{ members: string[] }>(
      'MATCH (p:ProposedFiliere) RETURN p.members AS members LIMIT 1',
    );
    const memberId = row!.members[0]!;
    await eraseMember(fixture.services, { memberId, by: 'self' });
    const left = await graph.read(
      'MATCH (p:ProposedFiliere) WHERE $memberId IN p.members RETURN p.id AS id',
      {
        memberId,
      },
    );
    expect(left).toEqual([]);
  });

  it('runs invitations only for filières of the conseiller’s scope', async () => {
    const outOfScope = await gql(
      fixture.app,
      'mutation { requestFiliereSuggestions(filiere: "music") }',
      {},
      conseiller,
    );
    expect(outOfScope.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const requested = await gql<{ requestFiliereSuggestions: string }>(
      fixture.app,
      'mutation { requestFiliereSuggestions(filiere: "wood") }',
      {},
      conseiller,
    );
    expect(await finished(requested.data!.requestFiliereSuggestions)).toBe('completed');
    const invitations = await gql<{ filiereInvitationSuggestions: { explanation: string }[] }>(
      fixture.app,
      '{ filiereInvitationSuggestions(filiere: "wood") { explanation } }',
      {},
      conseiller,
    );
    expect(invitations.data!.filiereInvitationSuggestions.length).toBeGreaterThan(0);
  });
});
