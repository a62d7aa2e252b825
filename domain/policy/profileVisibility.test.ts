import { describe, expect, it } from 'vitest';
import type { Privacy } from '../entities/member.js';
import {
  ANONYMOUS,
  canActOnFiliere,
  canConseillerSeeInFiliere,
  canManagerSeeInSpace,
  canManageSpace,
  canSeeContactDetails,
  canSeeProfile,
  type Viewer,
} from './profileVisibility.js';

const privacy = (visibility: Privacy['visibility']): Privacy => ({
  visibility,
  suggestForBids: true,
  suggestForMentoring: true,
  suggestForFilieres: true,
});
const member = (visibility: Privacy['visibility']) => ({ id: 'm1', privacy: privacy(visibility) });
const viewer = (memberId: string, roles: Viewer['roles'], spaceIds: string[] = []): Viewer => ({
  ...ANONYMOUS,
  accountId: `acc-${memberId}`,
  memberId,
  roles,
  spaceIds,
});
const colleague = viewer('m2', ['member'], ['la-grappe']);
const stranger = viewer('m3', ['member'], ['elsewhere']);
const admin = viewer('a1', ['admin']);
const self = viewer('m1', ['member']);
const conseiller: Viewer = { ...viewer('c1', ['member', 'conseiller']), scopeFilieres: ['ceramique'] };
const manager: Viewer = { ...viewer('s1', ['member', 'space_manager']), scopeSpaces: ['la-grappe'] };

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

  it('keeps contact details from conseillers and space managers', () => {
    expect(canSeeContactDetails(conseiller, 'm1')).toBe(false);
    expect(canSeeContactDetails(manager, 'm1')).toBe(false);
  });

  it('scopes conseillers to their filières and to members who allowed filière suggestions', () => {
    expect(canActOnFiliere(conseiller, 'ceramique')).toBe(true);
    expect(canActOnFiliere(conseiller, 'bois')).toBe(false);
    expect(canActOnFiliere(self, 'ceramique')).toBe(false);
    const consenting = { privacy: privacy('spaces') };
    const optedOut = { privacy: { ...privacy('network'), suggestForFilieres: false } };
    expect(canConseillerSeeInFiliere(conseiller, consenting, 'ceramique')).toBe(true);
    expect(canConseillerSeeInFiliere(conseiller, consenting, 'bois')).toBe(false);
    expect(canConseillerSeeInFiliere(conseiller, optedOut, 'ceramique')).toBe(false);
    expect(canConseillerSeeInFiliere(conseiller, { privacy: privacy('nobody') }, 'ceramique')).toBe(false);
  });

  it('scopes space managers to their spaces', () => {
    expect(canManageSpace(manager, 'la-grappe')).toBe(true);
    expect(canManageSpace(manager, 'elsewhere')).toBe(false);
    expect(canManageSpace(admin, 'elsewhere')).toBe(true);
    expect(canManagerSeeInSpace(manager, { privacy: privacy('spaces') }, 'la-grappe')).toBe(true);
    expect(canManagerSeeInSpace(manager, { privacy: privacy('nobody') }, 'la-grappe')).toBe(false);
  });
});
