import { describe, expect, it } from 'vitest';
import { mentorshipContactFor } from './mentorshipContact.js';
import { ANONYMOUS, type Viewer } from './profileVisibility.js';

const as = (memberId: string | null, roles: Viewer['roles'] = ['member']): Viewer => ({
  ...ANONYMOUS,
  accountId: memberId ?? 'acc_admin',
  memberId,
  roles,
});
const pair = { mentorId: 'm_mentor', menteeId: 'm_mentee' };

describe('mentorshipContactFor', () => {
  it('shows each side the other once the mentorship is active', () => {
    expect(mentorshipContactFor(as('m_mentor'), { ...pair, status: 'active' })).toBe('m_mentee');
    expect(mentorshipContactFor(as('m_mentee'), { ...pair, status: 'active' })).toBe('m_mentor');
  });

  it('shows nothing before both agreed, after a decline or once ended', () => {
    for (const status of ['proposed', 'declined', 'ended'] as const) {
      expect(mentorshipContactFor(as('m_mentor'), { ...pair, status })).toBeNull();
      expect(mentorshipContactFor(as('m_mentee'), { ...pair, status })).toBeNull();
    }
  });

  it('shows nothing to anyone else, admins and anonymous visitors included', () => {
    expect(mentorshipContactFor(as('m_other'), { ...pair, status: 'active' })).toBeNull();
    expect(mentorshipContactFor(as(null, ['admin']), { ...pair, status: 'active' })).toBeNull();
    expect(mentorshipContactFor(ANONYMOUS, { ...pair, status: 'active' })).toBeNull();
  });
});
