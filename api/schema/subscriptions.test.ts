import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Viewer } from '../../domain/policy/profileVisibility.js';
import { canFollowJob } from './subscriptions.js';

const job = (requestedBy: string) => ({ data: { requestedBy } });
const member: Viewer = { ...ANONYMOUS, accountId: 'acc_1', memberId: 'm_1', roles: ['member'] };
const conseillerWithoutProfile: Viewer = {
  ...ANONYMOUS,
  accountId: 'acc_2',
  memberId: null,
  roles: ['conseiller'],
};
const admin: Viewer = { ...ANONYMOUS, accountId: 'acc_3', memberId: null, roles: ['admin'] };

describe('canFollowJob', () => {
  it('lets the requester follow, by member id or by account id when there is no profile', () => {
    expect(canFollowJob(member, job('m_1'))).toBe(true);
    expect(canFollowJob(conseillerWithoutProfile, job('acc_2'))).toBe(true);
    expect(canFollowJob(admin, job('m_1'))).toBe(true);
  });

  it('refuses anyone else, anonymous visitors included', () => {
    expect(canFollowJob(member, job('m_2'))).toBe(false);
    expect(canFollowJob(conseillerWithoutProfile, job('m_1'))).toBe(false);
    expect(canFollowJob(ANONYMOUS, job('m_1'))).toBe(false);
  });
});
