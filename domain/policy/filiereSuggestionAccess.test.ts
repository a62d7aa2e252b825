// Who acts on a filière suggestion: any conseiller on a proposed filière, the
// filière's own conseillers on an invitation, admins on both.
import { describe, expect, it } from 'vitest';
import { canActOnFiliereSuggestion } from './filiereSuggestionAccess.js';
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
const member: Viewer = { ...ANONYMOUS, accountId: 'acc_m', memberId: 'm_m', roles: ['member'] };

describe('filière suggestion access', () => {
  it('lets any conseiller act on a proposed filière, only the filière’s conseillers on an invitation', () => {
    expect(canActOnFiliereSuggestion(otherConseiller, null)).toBe(true);
    expect(canActOnFiliereSuggestion(member, null)).toBe(false);
    expect(canActOnFiliereSuggestion(conseiller, 'wood')).toBe(true);
    expect(canActOnFiliereSuggestion(otherConseiller, 'wood')).toBe(false);
    expect(canActOnFiliereSuggestion(admin, 'wood')).toBe(true);
  });
});
