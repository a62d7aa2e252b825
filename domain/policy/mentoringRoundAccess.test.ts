// Who follows a mentoring round: its starter and admins.
import { describe, expect, it } from 'vitest';
import { canFollowMentoringRound, mentoringRoundOwnerId } from './mentoringRoundAccess.js';
import { ANONYMOUS, type Viewer } from './profileVisibility.js';

const conseiller: Viewer = {
  ...ANONYMOUS,
  accountId: 'acc_c',
  memberId: 'm_c',
  roles: ['member', 'conseiller'],
  scopeFilieres: ['wood'],
};
const otherConseiller: Viewer = {
  ...conseiller,
  accountId: 'acc_o',
  memberId: 'm_o',
  scopeFilieres: ['music'],
};
const admin: Viewer = { ...ANONYMOUS, accountId: 'acc_a', roles: ['admin'] };

describe('mentoring round access', () => {
  it('records a round under the member id, else the account id', () => {
    expect(mentoringRoundOwnerId(conseiller)).toBe('m_c');
    expect(mentoringRoundOwnerId(admin)).toBe('acc_a');
    expect(mentoringRoundOwnerId(ANONYMOUS)).toBeNull();
  });

  it('lets the starter and admins follow a round, nobody else', () => {
    const round = { createdBy: 'm_c' };
    expect(canFollowMentoringRound(conseiller, round)).toBe(true);
    expect(canFollowMentoringRound(admin, round)).toBe(true);
    expect(canFollowMentoringRound(otherConseiller, round)).toBe(false);
    expect(canFollowMentoringRound(ANONYMOUS, round)).toBe(false);
  });
});
