import { describe, expect, it } from 'vitest';
import { canSeeBidContact } from './bidContact.js';
import { ANONYMOUS, type Viewer } from './profileVisibility.js';

const viewer = (memberId: string): Viewer => ({
  ...ANONYMOUS,
  accountId: `acc_${memberId}`,
  memberId,
  roles: ['member'],
});
const bid = { leadId: 'lead' };

describe('canSeeBidContact', () => {
  it('lets the lead and a member who accepted see each other, not before acceptance', () => {
    const invited = [
      { member: 'lead', status: 'accepted' as const },
      { member: 'x', status: 'invited' as const },
    ];
    expect(canSeeBidContact(viewer('lead'), bid, invited, 'x')).toBe(false);
    expect(canSeeBidContact(viewer('x'), bid, invited, 'lead')).toBe(false);
    const accepted = [invited[0]!, { member: 'x', status: 'accepted' as const }];
    expect(canSeeBidContact(viewer('lead'), bid, accepted, 'x')).toBe(true);
    expect(canSeeBidContact(viewer('x'), bid, accepted, 'lead')).toBe(true);
  });

  it('never shows one invitee to another, nor a declined member', () => {
    const team = [
      { member: 'lead', status: 'accepted' as const },
      { member: 'x', status: 'accepted' as const },
      { member: 'y', status: 'accepted' as const },
      { member: 'z', status: 'declined' as const },
    ];
    expect(canSeeBidContact(viewer('x'), bid, team, 'y')).toBe(false);
    expect(canSeeBidContact(viewer('lead'), bid, team, 'z')).toBe(false);
    expect(canSeeBidContact(viewer('z'), bid, team, 'lead')).toBe(false);
  });
});
