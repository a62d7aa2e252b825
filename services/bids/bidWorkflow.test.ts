// The bid workflow on real services: a bid created from a team suggestion
// invites each member for the requirement the solver assigned them (stored on
// the suggestion), whatever the order of its targets; a decline asks the
// solver for a replacement that keeps the others in their slots.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../domain/config.js';
import type { Suggestion } from '../../domain/entities/suggestion.js';
import { BadUserInputError } from '../../domain/errors.js';
import type { Viewer } from '../../domain/policy/profileVisibility.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { closeServices, openServices } from '../openServices.js';
import type { Services } from '../services.js';
import { createTender } from '../tenders/tenderEditing.js';
import { BidWorkflow } from './bidWorkflow.js';

let dir: string;
let services: Services;
let memberIds: string[];

function member(memberId: string): Viewer {
  return {
    accountId: `acc_${memberId}`,
    memberId,
    roles: ['member'],
    spaceIds: [],
    scopeFilieres: [],
    scopeSpaces: [],
  };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-bid-workflow-'));
  services = await openServices(loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent' }));
  const dataset = generateNetwork({ members: 20, seed: 3 });
  await services.graph.bulkLoad(dataset);
  memberIds = dataset.members.map((m) => m.id);
}, 60_000);

afterAll(async () => {
  if (services) await closeServices(services);
  rmSync(dir, { recursive: true, force: true });
});

describe('BidWorkflow', () => {
  it('invites each suggested member for the requirement the solver assigned them', async () => {
    const [leadId, a, b, c] = memberIds as [string, string, string, string];
    const lead = member(leadId);
    const [first, second] = services.taxonomy.skills.map((s) => s.id).sort() as [string, string];
    const tender = await createTender(
      { services, viewer: lead },
      {
        title: 'Library',
        requirements: [
          { skill: first, minLevel: 1, count: 1 },
          { skill: second, minLevel: 1, count: 1 },
        ],
      },
    );
    // Targets deliberately not in slot order: `c` fills the first requirement, `a` the second, `b` none.
    const suggestion: Suggestion = {
      id: 'sug_bid_roles',
      kind: 'team',
      subjectId: tender.id,
      targetIds: [a, b, c],
      score: 3,
      explanation: 'A team.',
      status: 'new',
      algorithmVersion: 'test',
      createdAt: 1,
      team: {
        assignment: [
          { member: c, skill: first },
          { member: a, skill: second },
        ],
        pairs: [
          { a, b, distance: 1 },
          { a, b: c, distance: 2 },
          { a: b, b: c, distance: 5 },
        ],
      },
    };
    await services.repositories.suggestions.upsert([suggestion]);
    const workflow = new BidWorkflow({ services, viewer: lead });
    const bid = await workflow.create(tender.id, suggestion.id, 'Shall we?');
    const roles = Object.fromEntries((await workflow.team(bid)).map((t) => [t.member, [t.role, t.status]]));
    expect(roles).toEqual({
      [leadId]: ['lead', 'accepted'],
      [c]: [first, 'invited'],
      [a]: [second, 'invited'],
      [b]: ['member', 'invited'],
    });
    expect((await services.repositories.suggestions.get(suggestion.id))?.status).toBe('accepted');

    // A second call returns the same bid and invites nobody again.
    const again = await workflow.create(tender.id, suggestion.id);
    expect(again.id).toBe(bid.id);

    // `a` declines: a replacement keeps everyone else and frees `a`'s slot; the lead is never proposed.
    await new BidWorkflow({ services, viewer: member(a) }).respond(bid.id, false);
    const handle = await workflow.suggestReplacement(bid.id, a);
    const job = await services.jobs.getJob(handle.id);
    expect(job?.data).toMatchObject({
      kind: 'team',
      tenderId: tender.id,
      replace: { member: a },
      exclude: [leadId],
    });
    const replace = (job!.data as { replace: { team: string[] } }).replace;
    expect([...replace.team].sort()).toEqual([leadId, b, c].sort());
  });

  it('refuses a bid from a team suggestion with no members, changing nothing', async () => {
    const leadId = memberIds[4] as string;
    const lead = member(leadId);
    const [skill] = services.taxonomy.skills.map((s) => s.id).sort() as [string];
    const tender = await createTender(
      { services, viewer: lead },
      { title: 'Nobody covers it', requirements: [{ skill, minLevel: 5, count: 1 }] },
    );
    // What a team job stores when nobody covers any requirement: a team of nobody.
    const empty: Suggestion = {
      id: 'sug_bid_empty',
      kind: 'team',
      subjectId: tender.id,
      targetIds: [],
      score: 0,
      explanation: 'Nobody covers a requirement.',
      status: 'new',
      algorithmVersion: 'test',
      createdAt: 1,
      team: { assignment: [], pairs: [] },
    };
    await services.repositories.suggestions.upsert([empty]);
    const workflow = new BidWorkflow({ services, viewer: lead });
    const refused = await workflow.create(tender.id, empty.id).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BadUserInputError);
    expect((refused as BadUserInputError).problems).toEqual([
      expect.objectContaining({ path: ['fromSuggestion'], reason: { code: 'bid.emptySuggestion' } }),
    ]);
    expect(await workflow.mineForTender(tender.id)).toEqual([]);
    expect((await services.repositories.suggestions.get(empty.id))?.status).toBe('new');
  });
});
