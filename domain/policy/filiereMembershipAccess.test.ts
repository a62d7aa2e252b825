// A conseiller adds only members they may invite; removes those or any member
// whose profile they may read.
import { describe, expect, it } from 'vitest';
import type { Privacy } from '../entities/member.js';
import { mayChangeFiliereMembership } from './filiereMembershipAccess.js';
import { ANONYMOUS, type Viewer } from './profileVisibility.js';

const conseiller: Viewer = {
  ...ANONYMOUS,
  accountId: 'acc_c',
  memberId: 'm_c',
  roles: ['member', 'conseiller'],
  scopeFilieres: ['wood'],
};
const privacy = (visibility: Privacy['visibility'], suggestForFilieres: boolean): Privacy => ({
  visibility,
  suggestForBids: true,
  suggestForMentoring: true,
  suggestForFilieres,
});
const noSpaces = async () => [];

describe('filière membership access', () => {
  it('adds a member who allowed filière suggestions, not one who did not', async () => {
    const willing = { id: 'm1', privacy: privacy('network', true) };
    const unwilling = { id: 'm2', privacy: privacy('network', false) };
    expect(await mayChangeFiliereMembership(conseiller, willing, 'wood', 'add', noSpaces)).toBe(true);
    expect(await mayChangeFiliereMembership(conseiller, unwilling, 'wood', 'add', noSpaces)).toBe(false);
    expect(await mayChangeFiliereMembership(conseiller, unwilling, 'wood', 'remove', noSpaces)).toBe(true);
  });

  it('never acts on a hidden profile, nor outside the conseiller’s filières', async () => {
    const hidden = { id: 'm3', privacy: privacy('nobody', true) };
    const willing = { id: 'm1', privacy: privacy('network', true) };
    expect(await mayChangeFiliereMembership(conseiller, hidden, 'wood', 'remove', noSpaces)).toBe(false);
    expect(await mayChangeFiliereMembership(conseiller, willing, 'music', 'add', noSpaces)).toBe(false);
  });
});
