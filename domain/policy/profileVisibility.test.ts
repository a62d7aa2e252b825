import { describe, expect, it } from 'vitest';
import type { Privacy } from '../entities/member.js';
import { ANONYMOUS, canSeeContactDetails, canSeeProfile, type Viewer } from './profileVisibility.js';

const privacy = (visibility: Privacy['visibility']): Privacy => ({
  visibility,
  suggestForBids: true,
  suggestForMentoring: true,
  suggestForFilieres: true,
});
const member = (visibility: Privacy['visibility']) => ({ id: 'm1', privacy: privacy(visibility) });
const colleague: Viewer = { memberId: 'm2', roles: ['member'], spaceIds: ['la-grappe'] };
const stranger: Viewer = { memberId: 'm3', roles: ['member'], spaceIds: ['elsewhere'] };
const admin: Viewer = { memberId: 'a1', roles: ['admin'], spaceIds: [] };
const self: Viewer = { memberId: 'm1', roles: ['member'], spaceIds: [] };

describe('profile visibility', () => {
  it.each([
    ['network', ANONYMOUS, true],
    ['network', stranger, true],
    ['spaces', ANONYMOUS, false],
    ['spaces', stranger, false],
    ['spaces', colleague, true],
    ['nobody', colleague, false],
    ['nobody', self, true],
    ['nobody', admin, true],
  ] as const)('%s profile seen by %o → %s', (visibility, viewer, expected) => {
    expect(canSeeProfile(viewer, member(visibility), ['la-grappe'])).toBe(expected);
  });

  it('shows contact details to the member and admins only', () => {
    expect(canSeeContactDetails(self, 'm1')).toBe(true);
    expect(canSeeContactDetails(admin, 'm1')).toBe(true);
    expect(canSeeContactDetails(colleague, 'm1')).toBe(false);
    expect(canSeeContactDetails(ANONYMOUS, 'm1')).toBe(false);
  });
});
