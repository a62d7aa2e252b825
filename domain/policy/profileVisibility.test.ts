import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS,
  canActOnFiliere,
  canManageSpace,
  canSeeContactDetails,
  type Viewer,
} from './profileVisibility.js';

const viewer = (memberId: string, roles: Viewer['roles'], spaceIds: string[] = []): Viewer => ({
  ...ANONYMOUS,
  accountId: `acc-${memberId}`,
  memberId,
  roles,
  spaceIds,
});
const colleague = viewer('m2', ['member'], ['la-grappe']);
const admin = viewer('a1', ['admin']);
const self = viewer('m1', ['member']);
const conseiller: Viewer = { ...viewer('c1', ['member', 'conseiller']), scopeFilieres: ['ceramique'] };
const manager: Viewer = { ...viewer('s1', ['member', 'space_manager']), scopeSpaces: ['la-grappe'] };

describe('roles, scopes and contact details', () => {
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

  it('scopes conseillers to their filières', () => {
    expect(canActOnFiliere(conseiller, 'ceramique')).toBe(true);
    expect(canActOnFiliere(conseiller, 'bois')).toBe(false);
    expect(canActOnFiliere(self, 'ceramique')).toBe(false);
  });

  it('scopes space managers to their spaces', () => {
    expect(canManageSpace(manager, 'la-grappe')).toBe(true);
    expect(canManageSpace(manager, 'elsewhere')).toBe(false);
    expect(canManageSpace(admin, 'elsewhere')).toBe(true);
  });
});
