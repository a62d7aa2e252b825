// Joint bids end to end through GraphQL on a seeded network: a member creates a
// tender, asks for teams (a suggestions job run by the in-process workers),
// leads a bid from the best team, an invited member declines (live events for
// them and the bid), a replacement is suggested keeping the others, the team is
// formed, submitted and won, and the accepted members' collaboration edges gain
// weight. Authorisation and status transitions are checked on the way; so are
// one bid per team and tender (under concurrency), the tender linking to its bid,
// Relay global IDs as arguments, replacements that are never the lead, e-mails
// shown between the lead and a member only once they accepted, reasons rendered
// in the reader's language with an erased member shown as a former member, and
// cancelling a bid (invitees told).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkDataset } from '../../domain/dataset.js';
import type { MemberRecord } from '../../domain/entities/member.js';
import { haversineKm } from '../../domain/geo.js';
import { loadReferenceData } from '../../domain/referenceData.js';
import { topics } from '../../messaging/events/eventBus.js';
import type { WorkerPool } from '../../workers/jobQueue.js';
import { buildProcessorDeps } from '../../workers/processorDependencies.js';
import { bindProcessors } from '../../workers/processorMap.js';
import { type ApiFixture, gql, startApiFixture } from '../api/apiFixture.js';
import { accountFor } from '../api/authHelpers.js';

const RADIUS_KM = 300;

/** Resolves when the job completes (rejects when it fails), whether it already ran or not. */
async function jobResult(fixture: ApiFixture, jobId: string): Promise<unknown> {
  const { jobs } = fixture.services;
  let settle: { resolve(v: unknown): void; reject(e: Error): void } | undefined;
  const done = new Promise<unknown>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const offCompleted = await jobs.on('completed', (e) => e.id === jobId && settle?.resolve(e.result));
  const offFailed = await jobs.on('failed', (e) => e.id === jobId && settle?.reject(new Error(e.error)));
  try {
    const snapshot = await jobs.getJob(jobId);
    if (snapshot?.state === 'completed') return snapshot.result;
    if (snapshot?.state === 'failed') throw new Error(snapshot.error ?? 'job failed');
    return await done;
  } finally {
    offCompleted();
    offFailed();
  }
}

/** Skills held at level ≥ 3 by the most consenting members near `center`, most common first. */
function commonSkills(members: readonly MemberRecord[], center: { lat: number; lon: number }): string[] {
  const counts = new Map<string, number>();
  for (const m of members) {
    if (m.lat === null || m.lon === null || !m.privacy.suggestForBids || m.privacy.visibility !== 'network')
      continue;
    if (haversineKm(center, { lat: m.lat, lon: m.lon }) > RADIUS_KM) continue;
    for (const s of m.skills) if (s.level >= 3) counts.set(s.skill, (counts.get(s.skill) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([skill]) => skill);
}

interface TeamSuggestion {
  suggestionId: string;
  explanation: string;
  replaces: string | null;
  reasons: { code: string; params: Record<string, unknown>; text: string }[];
  members: { memberId: string; role: string | null }[];
  pairs: { a: string; b: string; distance: number }[];
}

const TEAM_SUGGESTIONS = `query($id: String!, $l: Language) { tender(id: $id) { teamSuggestions {
  suggestionId explanation(language: $l) replaces reasons(language: $l) { code params text }
  members { memberId role } pairs { a b distance } } } }`;
const BID_FIELDS = 'bidId status team { memberId role status }';

describe('joint bids through GraphQL', () => {
  let fixture: ApiFixture;
  let workers: WorkerPool;
  let dataset: NetworkDataset;
  const tokens = new Map<string, string>();
  let lead: MemberRecord;
  let tenderId: string;
  let bidId: string;
  let team: { memberId: string; role: string | null }[];
  let slotCount: number;

  const as = async (memberId: string) => {
    let token = tokens.get(memberId);
    if (!token) {
      token = await accountFor(fixture.app, fixture.services, {
        email: `${memberId}@bids.test`,
        memberId,
        roles: ['member'],
      });
      tokens.set(memberId, token);
    }
    return { authorization: `Bearer ${token}` };
  };
  const call = async <T>(memberId: string, query: string, variables: Record<string, unknown> = {}) =>
    gql<T>(fixture.app, query, variables, await as(memberId));

  beforeAll(async () => {
    fixture = await startApiFixture({ members: 300 });
    dataset = fixture.dataset;
    const { graph, events, taxonomy } = fixture.services;
    workers = await fixture.services.jobs.startWorkers(
      bindProcessors(buildProcessorDeps({ graph, events, taxonomy })),
      { events },
    );
    lead = dataset.members.find(
      (m) => m.lat !== null && m.lon !== null && m.privacy.visibility === 'network',
    )!;
  }, 60_000);

  afterAll(async () => {
    await workers?.close({ drain: true });
    await fixture?.close();
  });

  it('creates a tender with validated requirements, and refuses unknown skills naming the field', async () => {
    const [first, second] = commonSkills(dataset.members, { lat: lead.lat!, lon: lead.lon! });
    const bad = await call(lead.id, 'mutation($i: TenderInput!) { createTender(input: $i) { tenderId } }', {
      i: { title: 'Library', requirements: [{ skill: 'no-such-skill', minLevel: 3 }] },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('input.requirements.0.skill');

    const created = await call<{ createTender: { tenderId: string; requirements: { skillId: string }[] } }>(
      lead.id,
      'mutation($i: TenderInput!) { createTender(input: $i) { tenderId lot requirements { skillId minLevel count } } }',
      {
        i: {
          title: 'Fit-out of a public library',
          buyer: 'City of test',
          lat: lead.lat,
          lon: lead.lon,
          radiusKm: RADIUS_KM,
          lot: 'Lot 2 — interior',
          maxTeamSize: 6,
          requirements: [
            { skill: first, minLevel: 3, count: 2 },
            { skill: second, minLevel: 3, count: 1 },
          ],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    tenderId = created.data!.createTender.tenderId;
    slotCount = 3;
    expect(created.data!.createTender.requirements).toHaveLength(2);

    const found = await call<{ tenders: { totalCount: number; edges: { node: { tenderId: string } }[] } }>(
      lead.id,
      'query { tenders(text: "PUBLIC librÂry") { totalCount edges { node { tenderId } } } }',
    );
    expect(found.data?.tenders.edges.map((e) => e.node.tenderId)).toEqual([tenderId]);
  });

  it('suggests explained teams through a job, then leads a bid from the best one', async () => {
    const started = await call<{ suggestTeams: string }>(
      lead.id,
      'mutation($t: String!) { suggestTeams(tenderId: $t, k: 3) }',
      { t: tenderId },
    );
    expect(started.errors).toBeUndefined();
    const result = (await jobResult(fixture, started.data!.suggestTeams)) as { suggestionIds: string[] };
    expect(result.suggestionIds.length).toBeGreaterThan(0);

    const read = await call<{ tender: { teamSuggestions: TeamSuggestion[] } }>(lead.id, TEAM_SUGGESTIONS, {
      id: tenderId,
      l: 'EN',
    });
    const suggestions = read.data!.tender.teamSuggestions;
    expect(suggestions.length).toBe(result.suggestionIds.length);
    const best = suggestions[0]!;
    expect(best.members).toHaveLength(slotCount);
    expect(best.explanation).toMatch(/fills .+: level \d, 3 required/);
    expect(best.explanation).toMatch(/Communication cost \d+/);
    expect(best.reasons.map((r) => r.code)).toContain('fills');
    const fills = best.reasons.find((r) => r.code === 'fills')!;
    expect(fills.params).toMatchObject({ minLevel: 3 });
    // Roles and pair distances as the solver stored them: every member a slot, every pair its hops, summing to the cost.
    expect(best.members.every((m) => m.role !== null)).toBe(true);
    expect(best.pairs).toHaveLength((slotCount * (slotCount - 1)) / 2);
    const cost = best.reasons.find((r) => r.code === 'cost')!.params.cost;
    expect(best.pairs.reduce((sum, p) => sum + p.distance, 0)).toBe(cost);
    // In Dutch, by argument or by Accept-Language for a reader without preferred language: no English.
    const dutch = await gql<{ tender: { teamSuggestions: TeamSuggestion[] } }>(
      fixture.app,
      TEAM_SUGGESTIONS,
      { id: tenderId, l: 'NL' },
      await as(lead.id),
    );
    const nl = dutch.data!.tender.teamSuggestions[0]!;
    expect(nl.explanation).toMatch(/dekt .+: niveau \d, 3 gevraagd/);
    expect(nl.explanation).not.toMatch(/\b(fills|required|Communication cost|lower is better)\b/);
    expect(nl.reasons.find((r) => r.code === 'cost')!.text).toMatch(/^Communicatiekost/);

    const tooLong = await call(
      lead.id,
      'mutation($t: String!, $s: String, $m: String) { createBid(tenderId: $t, fromSuggestion: $s, message: $m) { bidId } }',
      { t: tenderId, s: best.suggestionId, m: 'x'.repeat(2001) },
    );
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooLong.errors?.[0]?.message).toContain('message');
    const created = await call<{
      createBid: { bidId: string; status: string; team: { memberId: string; status: string }[] };
    }>(
      lead.id,
      `mutation($t: String!, $s: String, $m: String) { createBid(tenderId: $t, fromSuggestion: $s, message: $m) { ${BID_FIELDS} } }`,
      { t: tenderId, s: best.suggestionId, m: 'Bonjour ! Dépôt le 15 mars.\nÀ bientôt' },
    );
    expect(created.errors).toBeUndefined();
    const invitee = best.members.find((m) => m.memberId !== lead.id)!.memberId;
    const seen = await call<{ myBids: { bid: { bidId: string; message: string } }[] }>(
      invitee,
      'query { myBids { bid { bidId message } } }',
    );
    expect(seen.data?.myBids).toContainEqual({
      bid: { bidId: created.data!.createBid.bidId, message: 'Bonjour ! Dépôt le 15 mars.\nÀ bientôt' },
    });
    bidId = created.data!.createBid.bidId;
    expect(created.data!.createBid.status).toBe('INVITING');
    team = best.members;
    const invited = created.data!.createBid.team.filter((m) => m.memberId !== lead.id);
    expect(invited.every((m) => m.status === 'INVITED')).toBe(true);
  });

  it('keeps one bid per team and tender: clicking again, even four times at once, returns the same bid', async () => {
    const invitee = team.find((m) => m.memberId !== lead.id)!.memberId;
    const { events } = fixture.services;
    const feed = events.subscribe(topics.invitations(invitee));
    await feed.ready;
    const suggestionId = (
      await call<{ tender: { teamSuggestions: TeamSuggestion[] } }>(lead.id, TEAM_SUGGESTIONS, {
        id: tenderId,
      })
    ).data!.tender.teamSuggestions.find((s) =>
      s.members.every((m) => team.some((t) => t.memberId === m.memberId)),
    )?.suggestionId;
    const again = await Promise.all(
      Array.from({ length: 4 }, () =>
        call<{ createBid: { bidId: string } }>(
          lead.id,
          'mutation($t: String!, $s: String) { createBid(tenderId: $t, fromSuggestion: $s) { bidId } }',
          // The Relay global ID of the tender works as well as its tenderId.
          { t: encodeGlobalID('Tender', tenderId), s: suggestionId ?? null },
        ),
      ),
    );
    for (const outcome of again) {
      expect(outcome.errors).toBeUndefined();
      expect(outcome.data!.createBid.bidId).toBe(bidId);
    }
    const rows = await fixture.services.graph.read<{ id: string }>(
      'MATCH (b:Bid)-[:FOR]->(:Tender {id: $t}) RETURN b.id AS id',
      { t: tenderId },
    );
    expect(rows.map((r) => r.id)).toEqual([bidId]);
    // Nobody is invited a second time: the next event on the invitee's feed is this marker.
    await events.publish(topics.invitations(invitee), {
      memberId: invitee,
      bidId: 'marker',
      tenderId,
      status: 'invited',
      at: 0,
    });
    expect((await feed.next()).value).toMatchObject({ bidId: 'marker' });
    await feed.return();

    const page = await call<{ tender: { myBids: { bidId: string; status: string }[] } }>(
      lead.id,
      'query($id: String!) { tender(id: $id) { myBids { bidId status } } }',
      { id: tenderId },
    );
    expect(page.data?.tender.myBids).toEqual([{ bidId, status: 'INVITING' }]);
  });

  it('lets only the lead manage the bid and see its suggestions, and only invitees answer', async () => {
    const outsider = dataset.members.find((m) => m.id !== lead.id && !team.some((t) => t.memberId === m.id))!;
    const invite = await call(
      outsider.id,
      'mutation($b: String!, $m: String!) { inviteToBid(bidId: $b, memberId: $m, requirement: "x") { bidId } }',
      {
        b: bidId,
        m: outsider.id,
      },
    );
    expect(invite.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const answer = await call(
      outsider.id,
      'mutation($b: String!) { respondToInvitation(bidId: $b, accept: true) { bidId } }',
      {
        b: bidId,
      },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const seen = await call<{ bid: unknown }>(outsider.id, 'query($b: String!) { bid(id: $b) { bidId } }', {
      b: bidId,
    });
    expect(seen.data?.bid).toBeNull();
    const suggestions = await call<{ tender: { teamSuggestions: unknown[] } }>(
      outsider.id,
      TEAM_SUGGESTIONS,
      {
        id: tenderId,
      },
    );
    expect(suggestions.data?.tender.teamSuggestions).toEqual([]);
    const early = await call(
      lead.id,
      'mutation($b: String!) { setBidStatus(bidId: $b, status: FORMED) { bidId } }',
      {
        b: bidId,
      },
    );
    expect(early.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(early.errors?.[0]?.message).toContain('the team is not complete');
  });

  it('announces a decline live, suggests a replacement keeping the others, and forms the team', async () => {
    const invitees = team.filter((m) => m.memberId !== lead.id);
    const decliner = invitees[0]!;
    const { events } = fixture.services;
    const mine = events.subscribe(topics.invitations(decliner.memberId));
    const onBid = events.subscribe(topics.bid(bidId));
    await Promise.all([mine.ready, onBid.ready]);

    const declined = await call<{ respondToInvitation: { team: { memberId: string; status: string }[] } }>(
      decliner.memberId,
      `mutation($b: String!) { respondToInvitation(bidId: $b, accept: false) { ${BID_FIELDS} } }`,
      { b: bidId },
    );
    expect(declined.errors).toBeUndefined();
    expect((await mine.next()).value).toMatchObject({
      bidId,
      memberId: decliner.memberId,
      status: 'declined',
    });
    expect((await onBid.next()).value).toMatchObject({ bidId, status: 'inviting' });
    await mine.return();
    await onBid.return();

    const replacing = await call<{ suggestReplacement: string }>(
      lead.id,
      'mutation($b: String!, $m: String!) { suggestReplacement(bidId: $b, memberId: $m) }',
      { b: bidId, m: decliner.memberId },
    );
    expect(replacing.errors).toBeUndefined();
    await jobResult(fixture, replacing.data!.suggestReplacement);
    const read = await call<{ tender: { teamSuggestions: TeamSuggestion[] } }>(lead.id, TEAM_SUGGESTIONS, {
      id: tenderId,
      l: 'EN',
    });
    const replacements = read.data!.tender.teamSuggestions.filter((s) => s.replaces === decliner.memberId);
    expect(replacements.length).toBeGreaterThan(0);
    const replacement = replacements[0]!;
    expect(replacement.explanation).toMatch(/^Replaces .+ with .+; everyone else stays\./);
    const ids = replacement.members.map((m) => m.memberId);
    expect(ids).not.toContain(decliner.memberId);
    for (const stayer of invitees.slice(1)) expect(ids).toContain(stayer.memberId);
    for (const proposal of replacements) {
      // The lead is already in the team: never proposed as a replacement.
      expect(proposal.reasons[0]!.params.newcomers).not.toContain(lead.id);
    }
    const newcomer = replacement.members.find((m) => !team.some((t) => t.memberId === m.memberId))!;
    expect(newcomer.role).toBe(decliner.role);

    // The global ID that `member { id }` returns is accepted as memberId.
    const relay = await call<{ member: { id: string } }>(
      lead.id,
      'query($id: ID!) { member: node(id: $id) { id } }',
      { id: encodeGlobalID('Member', newcomer.memberId) },
    );
    const invited = await call(
      lead.id,
      'mutation($b: String!, $m: String!, $r: String!) { inviteToBid(bidId: $b, memberId: $m, requirement: $r) { bidId } }',
      { b: encodeGlobalID('Bid', bidId), m: relay.data!.member.id, r: newcomer.role },
    );
    expect(invited.errors).toBeUndefined();
    const wrongType = await call(
      lead.id,
      'mutation($b: String!, $m: String!, $r: String!) { inviteToBid(bidId: $b, memberId: $m, requirement: $r) { bidId } }',
      { b: bidId, m: encodeGlobalID('Tender', tenderId), r: newcomer.role },
    );
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(wrongType.errors?.[0]?.message).toContain('memberId');

    // E-mails: not before the member accepted, then both ways between lead and member only.
    const emails = async (viewer: string) =>
      (
        await call<{ bid: { team: { memberId: string; email: string | null }[] } }>(
          viewer,
          'query($b: String!) { bid(id: $b) { team { memberId email } } }',
          { b: bidId },
        )
      ).data!.bid.team;
    const emailOf = (list: { memberId: string; email: string | null }[], id: string) =>
      list.find((m) => m.memberId === id)?.email;
    expect(emailOf(await emails(lead.id), newcomer.memberId)).toBeNull();
    expect(emailOf(await emails(newcomer.memberId), lead.id)).toBeNull();
    for (const member of [...invitees.slice(1), newcomer]) {
      const accepted = await call(
        member.memberId,
        'mutation($b: String!) { respondToInvitation(bidId: $b, accept: true) { bidId } }',
        { b: bidId },
      );
      expect(accepted.errors).toBeUndefined();
    }
    const leadView = await emails(lead.id);
    const newcomerView = await emails(newcomer.memberId);
    const newcomerEmail = dataset.members.find((m) => m.id === newcomer.memberId)!.email;
    expect(emailOf(leadView, newcomer.memberId)).toBe(newcomerEmail);
    expect(emailOf(newcomerView, lead.id)).toBe(lead.email);
    expect(emailOf(newcomerView, invitees[1]!.memberId)).toBeNull();
    expect(emailOf(leadView, decliner.memberId)).toBeNull();
    const formed = await call<{ setBidStatus: { status: string } }>(
      lead.id,
      'mutation($b: String!) { setBidStatus(bidId: $b, status: FORMED) { status } }',
      { b: bidId },
    );
    expect(formed.errors).toBeUndefined();
    expect(formed.data!.setBidStatus.status).toBe('FORMED');
  });

  it('moves through submitted to won, refuses skipped steps, and strengthens collaborations', async () => {
    const skip = await call(
      lead.id,
      'mutation($b: String!) { setBidStatus(bidId: $b, status: WON) { status } }',
      {
        b: bidId,
      },
    );
    expect(skip.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(skip.errors?.[0]?.message).toContain('allowed: inviting, submitted');

    const bid = await call<{ bid: { team: { memberId: string; status: string }[] } }>(
      lead.id,
      'query($b: String!) { bid(id: $b) { team { memberId status } } }',
      { b: bidId },
    );
    const accepted = bid
      .data!.bid.team.filter((m) => m.status === 'ACCEPTED')
      .map((m) => m.memberId)
      .sort();
    const weight = async (a: string, b: string) => {
      const rows = await fixture.services.graph.read<{ w: number }>(
        'MATCH (a:Member {id: $a})-[c:COLLABORATED_WITH]-(b:Member {id: $b}) RETURN c.weight AS w',
        { a, b },
      );
      return rows.reduce((sum, r) => sum + r.w, 0);
    };
    const before = await Promise.all(accepted.slice(1).map((b) => weight(accepted[0]!, b)));

    for (const status of ['SUBMITTED', 'WON']) {
      const moved = await call<{ setBidStatus: { status: string } }>(
        lead.id,
        'mutation($b: String!, $s: BidStatus!) { setBidStatus(bidId: $b, status: $s) { status } }',
        { b: bidId, s: status },
      );
      expect(moved.data?.setBidStatus.status).toBe(status);
    }
    const after = await Promise.all(accepted.slice(1).map((b) => weight(accepted[0]!, b)));
    expect(after).toEqual(before.map((w) => w + 1));

    const mine = await call<{ myBids: { bid: { bidId: string; status: string }; invitation: string }[] }>(
      accepted[1]!,
      'query { myBids { bid { bidId status } invitation } }',
    );
    expect(mine.data?.myBids).toContainEqual({ bid: { bidId, status: 'WON' }, invitation: 'ACCEPTED' });
  });

  it('shows a member erased since as "a former member" in the replacement reasons', async () => {
    const read = async () =>
      (
        await call<{ tender: { teamSuggestions: TeamSuggestion[] } }>(lead.id, TEAM_SUGGESTIONS, {
          id: tenderId,
          l: 'EN',
        })
      ).data!.tender.teamSuggestions.filter((s) => s.replaces !== null);
    const [before] = await read();
    const leaving = dataset.members.find((m) => m.id === before!.replaces)!;
    expect(before!.explanation).toContain(`Replaces ${leaving.name} with`);
    const erased = await call(leaving.id, 'mutation($h: String!) { eraseMe(confirmHandle: $h) }', {
      h: leaving.handle,
    });
    expect(erased.errors).toBeUndefined();
    const after = (await read()).find((s) => s.suggestionId === before!.suggestionId)!;
    expect(after.explanation).toMatch(/^Replaces a former member with/);
    expect(after.explanation).not.toContain(leaving.name);
    const french = await call<{ tender: { teamSuggestions: TeamSuggestion[] } }>(lead.id, TEAM_SUGGESTIONS, {
      id: tenderId,
      l: 'FR',
    });
    const fr = french.data!.tender.teamSuggestions.find((s) => s.suggestionId === before!.suggestionId)!;
    expect(fr.explanation).toMatch(/^Remplace un ancien membre par/);
  });

  it('cancels a bid: invitees are told, and a new bid can be led', async () => {
    // Someone still in the network (the decliner, the first invitee, was erased above).
    const invitee = team.filter((m) => m.memberId !== lead.id && m.role)[1]!;
    const copy = await call<{ createTender: { tenderId: string } }>(
      lead.id,
      'mutation($i: TenderInput!) { createTender(input: $i) { tenderId } }',
      {
        i: { title: 'Another library', requirements: [{ skill: invitee.role, minLevel: 1 }] },
      },
    );
    const otherTender = copy.data!.createTender.tenderId;
    const started = await call<{ createBid: { bidId: string } }>(
      lead.id,
      'mutation($t: String!) { createBid(tenderId: $t) { bidId } }',
      { t: otherTender },
    );
    const cancelled = started.data!.createBid.bidId;
    const invite = await call(
      lead.id,
      'mutation($b: String!, $m: String!, $r: String!) { inviteToBid(bidId: $b, memberId: $m, requirement: $r) { bidId } }',
      { b: cancelled, m: invitee.memberId, r: invitee.role },
    );
    expect(invite.errors).toBeUndefined();
    const feed = fixture.services.events.subscribe(topics.invitations(invitee.memberId));
    await feed.ready;
    const outsider = await call(
      invitee.memberId,
      'mutation($b: String!) { cancelBid(bidId: $b) { status } }',
      {
        b: cancelled,
      },
    );
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const done = await call<{ cancelBid: { status: string } }>(
      lead.id,
      'mutation($b: String!) { cancelBid(bidId: $b) { status } }',
      { b: cancelled },
    );
    expect(done.data?.cancelBid.status).toBe('CANCELLED');
    expect((await feed.next()).value).toMatchObject({ bidId: cancelled, memberId: invitee.memberId });
    await feed.return();
    const again = await call<{ cancelBid: unknown }>(
      lead.id,
      'mutation($b: String!) { cancelBid(bidId: $b) { status } }',
      { b: cancelled },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fresh = await call<{ createBid: { bidId: string } }>(
      lead.id,
      'mutation($t: String!) { createBid(tenderId: $t) { bidId } }',
      { t: otherTender },
    );
    expect(fresh.data!.createBid.bidId).not.toBe(cancelled);
  });

  it('answers, in the reader’s language, that nobody covers a tender no member can fill (not a failed job)', async () => {
    const held = new Set(dataset.members.flatMap((m) => m.skills.map((s) => s.skill)));
    const taxonomy = fixture.services.taxonomy;
    const unheld = loadReferenceData()
      .skills.map((s) => s.id)
      .find((id) => taxonomy.selfAndDescendants(id).every((d) => !held.has(d)));
    if (!unheld) throw new Error('the seeded network holds every skill; pick a smaller network');
    const created = await call<{ createTender: { tenderId: string } }>(
      lead.id,
      'mutation($i: TenderInput!) { createTender(input: $i) { tenderId } }',
      {
        i: {
          title: 'Nobody can',
          lat: lead.lat,
          lon: lead.lon,
          radiusKm: 50,
          requirements: [{ skill: unheld, minLevel: 1 }],
        },
      },
    );
    const nobody = created.data!.createTender.tenderId;
    const started = await call<{ suggestTeams: string }>(
      lead.id,
      'mutation($t: String!) { suggestTeams(tenderId: $t) }',
      {
        t: nobody,
      },
    );
    const result = (await jobResult(fixture, started.data!.suggestTeams)) as { suggestionIds: string[] };
    expect(result.suggestionIds).toHaveLength(1);
    const read = await call<{ tender: { teamSuggestions: TeamSuggestion[] } }>(lead.id, TEAM_SUGGESTIONS, {
      id: nobody,
      l: 'FR',
    });
    expect(read.errors).toBeUndefined();
    const [empty] = read.data!.tender.teamSuggestions;
    expect(empty!.members).toEqual([]);
    expect(empty!.reasons.map((r) => r.code)).toEqual(['team', 'uncovered']);
    expect(empty!.reasons[0]!.text).toBe(
      'Personne dans le réseau ne couvre encore un besoin de cet appel d’offres.',
    );
    expect(empty!.explanation).not.toMatch(/nobody|requirement|minLevel/i);
  });
});
