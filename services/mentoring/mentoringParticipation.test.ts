// The mentoring use cases called directly, as the CLI would: a request or an
// offer needs the mentoring consent and known skills, each refusal names its
// field and stores nothing; the ranking and the rating check their bounds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../domain/errors.js';
import { ANONYMOUS } from '../../domain/policy/profileVisibility.js';
import { type ApiFixture, startApiFixture } from '../../test/api/apiFixture.js';
import type { UseCaseContext } from '../useCaseContext.js';
import { offerMentoring, requestMentor } from './mentoringParticipation.js';
import { endMentorship, topMentorChoices } from './mentorships.js';

let fixture: ApiFixture;
let skill: string;

beforeAll(async () => {
  fixture = await startApiFixture({ members: 40 });
  skill = fixture.dataset.skills[0]!.id;
}, 120_000);
afterAll(() => fixture?.close());

/** A member (the first one without, the second one with the mentoring consent) acting for themself. */
async function memberContext(consent: boolean): Promise<UseCaseContext> {
  const member = fixture.dataset.members[consent ? 1 : 0]!;
  await fixture.services.repositories.members.update(member.id, {
    privacy: { ...member.privacy, visibility: 'network', suggestForMentoring: consent },
  });
  return {
    services: fixture.services,
    viewer: { ...ANONYMOUS, accountId: `acc_${member.id}`, memberId: member.id, roles: ['member'] },
  };
}

async function refusal(work: Promise<unknown>): Promise<BadUserInputError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BadUserInputError);
  return error as BadUserInputError;
}

const request = (skills: string[]) => ({ skills, languages: ['fr'], mode: 'remote' });

describe('mentoring use cases', () => {
  it('refuses a request without the mentoring consent, naming the setting, and stores nothing', async () => {
    const context = await memberContext(false);
    const error = await refusal(requestMentor(context, request([skill])));
    expect(error.field).toBe('privacy.suggestForMentoring');
    expect(await fixture.services.repositories.mentoring.getRequest(context.viewer.memberId!)).toBeNull();
  });

  it('names an unknown skill of an offer and stores nothing', async () => {
    const context = await memberContext(true);
    const error = await refusal(
      offerMentoring(context, {
        skills: [skill, 'no-such-skill'],
        capacity: 2,
        languages: ['fr'],
        mode: 'remote',
      }),
    );
    expect(error.field).toBe('input.skills.1');
    expect(await fixture.services.repositories.mentoring.getOffer(context.viewer.memberId!)).toBeNull();
  });

  it('stores a request with the consent on, its skills once each', async () => {
    const context = await memberContext(true);
    const stored = await requestMentor(context, request([skill, skill]));
    expect(stored).toMatchObject({ memberId: context.viewer.memberId, skills: [skill], status: 'open' });
  });

  it('checks the bounds of the ranking and of the rating', async () => {
    const context = await memberContext(true);
    expect((await refusal(topMentorChoices(context, 21))).field).toBe('n');
    expect((await refusal(endMentorship(context, 'mnt_missing', 6))).field).toBe('feedback');
  });
});
