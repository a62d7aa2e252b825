// The living demo network through the API: a newcomer's very first mentor
// request finds seeded mentors, tenders are open with deadlines ahead, and an
// accepted mentorship shows each side the other's e-mail (and only then).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSeedClock } from '../../graph/seed/seedStore.js';
import { type ApiFixture, gql, startApiFixture } from '../api/apiFixture.js';
import { accountFor, bearer } from '../api/authHelpers.js';

let fixture: ApiFixture;
const NOW = demoSeedClock();

async function ok<T>(token: string | null, query: string, variables = {}): Promise<T> {
  const res = await gql<T>(fixture.app, query, variables, token ? bearer(token) : {});
  expect(res.errors).toBeUndefined();
  return res.data!;
}

beforeAll(async () => {
  fixture = await startApiFixture({ members: 600, activity: { now: NOW } });
}, 120_000);
afterAll(async () => {
  await fixture?.close();
});

const MY_MENTORSHIPS = '{ myMentorships { id status partnerEmail mentor { name } mentee { name } } }';
interface MyMentorships {
  myMentorships: { id: string; status: string; partnerEmail: string | null }[];
}

describe('the demo network', () => {
  it('has open tenders whose deadlines lie ahead', async () => {
    const { activity } = fixture.dataset;
    expect(activity!.tenders.length).toBeGreaterThan(0);
    for (const { tender } of activity!.tenders) expect(tender.deadline!).toBeGreaterThan(Date.now());
  });

  it('answers a newcomer’s first request with seeded mentors, and shares e-mails once both accepted', async () => {
    const offer = fixture.dataset.activity!.mentorOffers.find((o) => o.mode !== 'in_person')!;
    const mentor = fixture.dataset.members.find((m) => m.id === offer.memberId)!;
    const signUp = await ok<{ signUp: { token: string } }>(
      null,
      'mutation($input: SignUpInput!) { signUp(input: $input) { token } }',
      { input: { email: 'newcomer@example.org', password: 'a long password', name: 'Nina Newcomer' } },
    );
    const newcomer = signUp.signUp.token;
    // Suggestions are opt-in at sign-up: the newcomer agrees to mentoring first.
    await ok(newcomer, 'mutation { setMyPrivacy(input: { suggestForMentoring: true }) { handle } }');
    await ok(newcomer, 'mutation($input: MentorRequestInput!) { requestMentor(input: $input) { status } }', {
      input: { skills: [offer.skills[0]], languages: [offer.languages[0]], mode: 'EITHER' },
    });
    const { topMentors } = await ok<{ topMentors: { mentorId: string; freePlaces: number }[] }>(
      newcomer,
      '{ topMentors(n: 20) { mentorId freePlaces } }',
    );
    expect(topMentors.length).toBeGreaterThan(0);
    expect(topMentors.map((c) => c.mentorId)).toContain(offer.memberId);

    await ok(newcomer, 'mutation($id: String!) { askMentor(mentorId: $id) { id } }', { id: offer.memberId });
    const mentorToken = await accountFor(fixture.app, fixture.services, {
      email: 'seeded-mentor@example.org',
      memberId: mentor.id,
      roles: ['member'],
    });
    // Proposed: neither side sees the other's e-mail yet.
    const before = await ok<MyMentorships>(mentorToken, MY_MENTORSHIPS);
    const proposal = before.myMentorships.find((m) => m.status === 'proposed')!;
    expect(proposal.partnerEmail).toBeNull();
    expect((await ok<MyMentorships>(newcomer, MY_MENTORSHIPS)).myMentorships[0]!.partnerEmail).toBeNull();

    await ok(mentorToken, 'mutation($id: ID!) { respondToMentorship(id: $id, accept: true) { status } }', {
      id: proposal.id,
    });
    const mentorSide = (await ok<MyMentorships>(mentorToken, MY_MENTORSHIPS)).myMentorships.find(
      (m) => m.id === proposal.id,
    )!;
    expect(mentorSide.status).toBe('active');
    expect(mentorSide.partnerEmail).toBe('newcomer@example.org');
    const menteeSide = (await ok<MyMentorships>(newcomer, MY_MENTORSHIPS)).myMentorships[0]!;
    expect(menteeSide.partnerEmail).toBe(mentor.email);
  });
});
