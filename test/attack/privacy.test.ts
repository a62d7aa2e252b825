// Privacy attacks over the real API (issue 17, item 4 and item 8 bullets
// 1–3), each as an attacker would run it: a conseiller reading a hidden
// member's profile through a filière mutation, or telling hidden handles from
// unknown ones; a mentee learning a hidden mentor's id and reasons; a member
// leading a bid from another member's team suggestion; nodes(ids:) failing
// whole on one hidden id. Each answer for "hidden" must be the answer for
// "absent", and nothing may change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberRecord, Privacy } from '../../domain/entities/member.js';
import type { Suggestion } from '../../domain/entities/suggestion.js';
import { type ApiFixture, type GraphQLResponse, gql, startApiFixture } from '../api/apiFixture.js';
import { accountFor, bearer } from '../api/authHelpers.js';

let fixture: ApiFixture;
const FILIERE = 'ceramics';
let conseiller: string;

async function call<T = Record<string, unknown>>(token: string | null, query: string, variables = {}) {
  return gql<T>(fixture.app, query, variables, token ? bearer(token) : {});
}

async function setPrivacy(memberId: string, changes: Partial<Privacy>) {
  const member = (await fixture.services.repositories.members.get(memberId))!;
  await fixture.services.repositories.members.update(memberId, {
    privacy: { ...member.privacy, ...changes },
  });
}

async function filieresOf(memberId: string): Promise<string[]> {
  return (await fixture.services.repositories.neighbourhood.filieres(memberId)).map((f) => f.filiere.id);
}

/** The error a client sees, with the probed handle or id blanked out so two answers can be compared. */
function answer(res: GraphQLResponse, probe: string) {
  const error = res.errors?.[0];
  return {
    data: res.data ?? null,
    code: error?.extensions?.code,
    message: error?.message.replaceAll(probe, '<probe>'),
  };
}

let unused = 0;
/** A seeded member nobody else in this file uses, made to the given privacy. */
async function memberWith(privacy: Partial<Privacy>): Promise<MemberRecord> {
  const member = fixture.dataset.members.filter((m) => m.privacy.visibility === 'network')[unused++]!;
  await setPrivacy(member.id, { suggestForFilieres: true, ...privacy });
  return member;
}

beforeAll(async () => {
  fixture = await startApiFixture({ members: 80 });
  conseiller = await accountFor(fixture.app, fixture.services, {
    email: 'conseiller@privacy.test',
    memberId: null,
    roles: ['conseiller'],
    scopeFilieres: [FILIERE],
  });
}, 60_000);
afterAll(() => fixture?.close());

const ADD = `mutation($f: String!, $m: String!) { addMemberToFiliere(filiere: $f, member: $m) { handle name bio city } }`;
const REMOVE = `mutation($f: String!, $m: String!) { removeMemberFromFiliere(filiere: $f, member: $m) { handle name bio city location { lat lon } skills { level } spaces { slug } } }`;

describe('filière mutations (item 4)', () => {
  it('never returns a hidden member removed from a filière, before or after they left, and removes nothing', async () => {
    const hidden = await memberWith({ visibility: 'nobody' });
    await fixture.services.repositories.members.update(hidden.id, { filieres: [FILIERE] });

    const removed = await call(conseiller, REMOVE, { f: FILIERE, m: hidden.handle });
    expect(JSON.stringify(removed)).not.toContain(hidden.name);
    expect(answer(removed, hidden.handle)).toEqual(
      answer(await call(conseiller, REMOVE, { f: FILIERE, m: 'no-such-member' }), 'no-such-member'),
    );
    expect(removed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await filieresOf(hidden.id)).toContain(FILIERE);

    // Once they are out of the filière, the answer is still the same.
    await fixture.services.repositories.members.update(hidden.id, { filieres: [] });
    const again = await call(conseiller, REMOVE, { f: FILIERE, m: hidden.handle });
    expect(JSON.stringify(again)).not.toContain(hidden.name);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers hidden, opted-out and unknown handles alike when adding, and adds none of them', async () => {
    const hidden = await memberWith({ visibility: 'nobody' });
    const optedOut = await memberWith({ suggestForFilieres: false });
    const unknown = await call(conseiller, ADD, { f: FILIERE, m: 'no-such-member' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const member of [hidden, optedOut]) {
      const res = await call(conseiller, ADD, { f: FILIERE, m: member.handle });
      expect(answer(res, member.handle)).toEqual(answer(unknown, 'no-such-member'));
      expect(await filieresOf(member.id)).not.toContain(FILIERE);
    }
  });

  it('answers an invitation of a member who hid since as if it did not exist, and adds no one', async () => {
    const member = await memberWith({});
    const suggestion: Suggestion = {
      id: 'sug_privacy_invite',
      kind: 'filiere',
      subjectId: FILIERE,
      targetIds: [member.id],
      score: 1,
      explanation: 'Holds the core skills.',
      status: 'new',
      algorithmVersion: 'test',
      createdAt: Date.now(),
    };
    await fixture.services.repositories.suggestions.upsert([suggestion]);
    await setPrivacy(member.id, { visibility: 'nobody' });
    const ACCEPT = 'mutation($s: ID!) { acceptFiliereProposal(suggestion: $s) { slug } }';
    const accepted = await call(conseiller, ACCEPT, { s: suggestion.id });
    const absent = await call(conseiller, ACCEPT, { s: 'sug_absent' });
    expect(answer(accepted, suggestion.id)).toEqual(answer(absent, 'sug_absent'));
    expect(await filieresOf(member.id)).not.toContain(FILIERE);
  });

  it('still adds and removes a member who allowed it, returning their profile', async () => {
    const willing = await memberWith({});
    const added = await call<{ addMemberToFiliere: { handle: string } }>(conseiller, ADD, {
      f: FILIERE,
      m: willing.handle,
    });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addMemberToFiliere.handle).toBe(willing.handle);
    expect(await filieresOf(willing.id)).toContain(FILIERE);
    const removed = await call<{ removeMemberFromFiliere: { name: string } }>(conseiller, REMOVE, {
      f: FILIERE,
      m: willing.handle,
    });
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeMemberFromFiliere.name).toBe(willing.name);
    expect(await filieresOf(willing.id)).not.toContain(FILIERE);
  });
});

describe('nodes(ids:) with a hidden id (item 8)', () => {
  it('answers null for the hidden member and the visible ones in place', async () => {
    const hidden = await memberWith({ visibility: 'nobody' });
    const visible = [await memberWith({}), await memberWith({})];
    const ids = [hidden, ...visible].map((m) => Buffer.from(`Member:${m.id}`).toString('base64'));
    const viewer = await accountFor(fixture.app, fixture.services, {
      email: 'nodes@privacy.test',
      memberId: visible[0]!.id,
      roles: ['member'],
    });
    const res = await call<{ nodes: ({ handle: string } | null)[] }>(
      viewer,
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Member { handle } } }',
      { ids },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.nodes).toEqual([null, { handle: visible[0]!.handle }, { handle: visible[1]!.handle }]);
  });
});

describe('createBid(fromSuggestion:) (item 8)', () => {
  it("refuses another member's team suggestion as if it did not exist, and leaves it new", async () => {
    const [author, intruder, partner] = [await memberWith({}), await memberWith({}), await memberWith({})];
    const token = async (m: MemberRecord) =>
      accountFor(fixture.app, fixture.services, {
        email: `${m.id}@bids.privacy.test`,
        memberId: m.id,
        roles: ['member'],
      });
    const [authorToken, intruderToken] = [await token(author), await token(intruder)];
    const skill = author.skills[0]!.skill;
    const created = await call<{ createTender: { tenderId: string } }>(
      authorToken,
      'mutation($i: TenderInput!) { createTender(input: $i) { tenderId } }',
      { i: { title: 'Private tender', requirements: [{ skill, minLevel: 1, count: 1 }] } },
    );
    expect(created.errors).toBeUndefined();
    const tenderId = created.data!.createTender.tenderId;
    const suggestion: Suggestion = {
      id: 'sug_privacy_team',
      kind: 'team',
      subjectId: tenderId,
      targetIds: [partner.id],
      score: 1,
      explanation: 'A team.',
      status: 'new',
      algorithmVersion: 'test',
      createdAt: Date.now(),
    };
    await fixture.services.repositories.suggestions.upsert([suggestion]);
    const CREATE =
      'mutation($t: String!, $s: String) { createBid(tenderId: $t, fromSuggestion: $s) { bidId } }';

    const stolen = await call(intruderToken, CREATE, { t: tenderId, s: suggestion.id });
    const absent = await call(intruderToken, CREATE, { t: tenderId, s: 'sug_absent' });
    expect(stolen.errors?.[0]).toBeDefined();
    expect(answer(stolen, suggestion.id)).toEqual(answer(absent, 'sug_absent'));
    expect((await fixture.services.repositories.suggestions.get(suggestion.id))?.status).toBe('new');

    const own = await call(authorToken, CREATE, { t: tenderId, s: suggestion.id });
    expect(own.errors).toBeUndefined();
    expect((await fixture.services.repositories.suggestions.get(suggestion.id))?.status).toBe('accepted');
  });
});

describe('topMentors (item 8)', () => {
  it('never lists a hidden mentor, not even their id or reasons', async () => {
    const mentee = await memberWith({ suggestForMentoring: true });
    const [shown, hidden] = [await memberWith({}), await memberWith({})];
    const skill = mentee.skills[0]!.skill;
    const tokenOf = async (m: MemberRecord) =>
      accountFor(fixture.app, fixture.services, {
        email: `${m.id}@mentors.privacy.test`,
        memberId: m.id,
        roles: ['member'],
      });
    for (const mentor of [shown, hidden]) {
      await setPrivacy(mentor.id, { suggestForMentoring: true });
      const res = await call(
        await tokenOf(mentor),
        'mutation($input: MentorOfferInput!) { offerMentoring(input: $input) { status } }',
        { input: { skills: [skill], capacity: 2, languages: ['fr', 'en', 'nl'], mode: 'EITHER' } },
      );
      expect(res.errors).toBeUndefined();
    }
    const menteeToken = await tokenOf(mentee);
    const asked = await call(
      menteeToken,
      'mutation($input: MentorRequestInput!) { requestMentor(input: $input) { status } }',
      { input: { skills: [skill], languages: ['fr', 'en', 'nl'], mode: 'EITHER', goals: 'learn' } },
    );
    expect(asked.errors).toBeUndefined();
    const TOP = '{ topMentors(n: 20) { mentorId reasons mentor { handle } } }';
    const before = await call<{ topMentors: { mentorId: string }[] }>(menteeToken, TOP);
    expect(before.errors).toBeUndefined();
    expect(before.data!.topMentors.map((c) => c.mentorId)).toEqual(
      expect.arrayContaining([shown.id, hidden.id]),
    );

    await setPrivacy(hidden.id, { visibility: 'nobody' });
    const after = await call<{ topMentors: { mentorId: string }[] }>(menteeToken, TOP);
    expect(after.errors).toBeUndefined();
    const ids = after.data!.topMentors.map((c) => c.mentorId);
    expect(ids).toContain(shown.id);
    expect(JSON.stringify(after.data)).not.toContain(hidden.id);
  });
});
