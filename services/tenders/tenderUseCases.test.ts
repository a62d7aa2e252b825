// The tender use cases on real services (embedded Kùzu, in-process queue), as
// both the API and the CLI call them: the notice import with only the stores
// (the command line's shape) raises the followers' alerts and is idempotent;
// team requests become a team job; only the tender's managers see, dismiss and
// restore its team suggestions; an edit with a bad field names it and changes
// nothing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../domain/config.js';
import type { Suggestion } from '../../domain/entities/suggestion.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../domain/errors.js';
import type { Viewer } from '../../domain/policy/profileVisibility.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { examplePath } from '../../procurement/testing/sharedData.js';
import { closeServices, openServices } from '../openServices.js';
import type { Services } from '../services.js';
import type { UseCaseContext } from '../useCaseContext.js';
import { importNoticeXml } from './importNotice.js';
import {
  dismissTeamSuggestion,
  requestTeams,
  restoreTeamSuggestion,
  teamSuggestionsOf,
} from './teamSuggestions.js';
import { followTenders, myTenderAlertMatches, unfollowTenders } from './tenderAlerts.js';
import { createTender, updateTender } from './tenderEditing.js';

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
const as = (viewer: Viewer): UseCaseContext => ({ services, viewer });

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-tender-use-cases-'));
  services = await openServices(loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent' }));
  const dataset = generateNetwork({ members: 30, seed: 5 });
  await services.graph.bulkLoad(dataset);
  memberIds = dataset.members.map((m) => m.id);
}, 60_000);

afterAll(async () => {
  if (services) await closeServices(services);
  rmSync(dir, { recursive: true, force: true });
});

describe('tender use cases', () => {
  it('imports a notice with the stores only (as the CLI does), alerting followers once', async () => {
    const follower = as(member(memberIds[0]!));
    const alert = await followTenders(follower, { cpv: ['77310000'] });
    const xml = readFileSync(examplePath('cn_24_FRA_comments.xml'), 'utf8');
    const cli = { repositories: services.repositories, taxonomy: services.taxonomy };
    const first = await importNoticeXml(cli, xml, { importedBy: null });
    expect(first.created).toBe(true);
    expect(first.tenders).toHaveLength(2);
    const again = await importNoticeXml(cli, xml, { importedBy: null });
    expect(again.created).toBe(false);
    expect(again.tenders.map((t) => t.id).sort()).toEqual(first.tenders.map((t) => t.id).sort());
    const matches = await myTenderAlertMatches(follower);
    expect(matches).toHaveLength(1);
    expect([...matches[0]!.targetIds].sort()).toEqual(first.tenders.map((t) => t.id).sort());

    // Someone else's alert is reported missing, and stays.
    await expect(unfollowTenders(as(member(memberIds[1]!)), alert.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(unfollowTenders(follower, alert.id)).resolves.toBe(true);
  });

  it('refuses a notice over the size limit before reading it', async () => {
    const huge = `<x>${' '.repeat(25 * 1024 * 1024)}</x>`;
    const refused = await importNoticeXml(services, huge, { importedBy: null }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BadUserInputError);
    expect((refused as BadUserInputError).problems[0]?.path).toEqual(['xml']);
  });

  it('names the failing field of an edit and changes nothing; only managers edit', async () => {
    const author = as(member(memberIds[2]!));
    const skill = services.taxonomy.skills[0]!.id;
    const tender = await createTender(author, {
      title: 'Roof',
      requirements: [{ skill, minLevel: 2, count: 1 }],
    });
    const bad = await updateTender(author, tender.id, { radiusKm: -1 }, null).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(BadUserInputError);
    expect((bad as BadUserInputError).problems.map((p) => p.path.join('.'))).toContain('input.radiusKm');
    expect(await services.repositories.tenders.get(tender.id)).toEqual(tender);
    await expect(
      updateTender(as(member(memberIds[3]!)), tender.id, { title: 'Mine' }, null),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const renamed = await updateTender(author, tender.id, { title: 'Roof and walls' }, 'closed');
    expect(renamed).toMatchObject({
      title: 'Roof and walls',
      status: 'closed',
      requirements: tender.requirements,
    });
  });

  it('asks for teams as a job, and lets only the managers see, dismiss and restore them', async () => {
    const lead = member(memberIds[4]!);
    const skill = services.taxonomy.skills[0]!.id;
    const tender = await createTender(as(lead), {
      title: 'Hall',
      requirements: [{ skill, minLevel: 1, count: 1 }],
    });
    const jobId = await requestTeams(as(lead), tender.id, { k: 2, includeMe: true });
    const job = await services.jobs.getJob(jobId);
    expect(job?.data).toMatchObject({
      kind: 'team',
      tenderId: tender.id,
      k: 2,
      mustInclude: [lead.memberId],
    });
    await expect(requestTeams(as(lead), 'tdr_missing', {})).rejects.toBeInstanceOf(NotFoundError);

    const suggestion: Suggestion = {
      id: 'sug_use_case_team',
      kind: 'team',
      subjectId: tender.id,
      targetIds: [memberIds[5]!],
      score: 1,
      explanation: 'A team.',
      status: 'new',
      algorithmVersion: 'test',
      createdAt: 1,
      team: { assignment: [{ member: memberIds[5]!, skill }], pairs: [] },
    };
    await services.repositories.suggestions.upsert([suggestion]);
    const stranger = as(member(memberIds[6]!));
    expect(await teamSuggestionsOf(stranger, tender, false)).toEqual([]);
    await expect(dismissTeamSuggestion(stranger, suggestion.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await teamSuggestionsOf(as(lead), tender, false)).map((s) => s.id)).toEqual([suggestion.id]);

    await dismissTeamSuggestion(as(lead), suggestion.id);
    expect(await teamSuggestionsOf(as(lead), tender, false)).toEqual([]);
    expect((await teamSuggestionsOf(as(lead), tender, true)).map((s) => s.id)).toEqual([suggestion.id]);
    await restoreTeamSuggestion(as(lead), suggestion.id);
    const [restored] = await teamSuggestionsOf(as(lead), tender, false);
    expect(restored).toMatchObject({ id: suggestion.id, status: 'new', team: suggestion.team });
  });
});
