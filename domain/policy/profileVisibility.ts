// Who may see and change what: the one policy every read and write path
// (GraphQL, search, suggestions) applies. E-mail and phone are a separate,
// stricter rule. Conseillers and space managers act only within their scope.
import type { Role } from '../entities/account.js';
import type { Member, Visibility } from '../entities/member.js';

/** Who is asking. Anonymous visitors have no account, no member id, no roles and no spaces. */
export interface Viewer {
  accountId: string | null;
  memberId: string | null;
  roles: readonly Role[];
  /** Spaces the viewer works from (for profiles visible to "my spaces" only). */
  spaceIds: readonly string[];
  /** Filières a conseiller animates. */
  scopeFilieres: readonly string[];
  /** Spaces a conseiller or space manager is assigned to. */
  scopeSpaces: readonly string[];
}

export const ANONYMOUS: Viewer = {
  accountId: null,
  memberId: null,
  roles: [],
  spaceIds: [],
  scopeFilieres: [],
  scopeSpaces: [],
};

export function isSignedIn(viewer: Viewer): boolean {
  return viewer.accountId !== null;
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.roles.includes('admin');
}

export function isSelf(viewer: Viewer, memberId: string): boolean {
  return viewer.memberId !== null && viewer.memberId === memberId;
}

/** The visibilities whose profiles the viewer may see without looking at shared spaces. */
export function visibilitiesAlwaysVisibleTo(viewer: Viewer): Visibility[] {
  return isAdmin(viewer) ? ['network', 'spaces', 'nobody'] : ['network'];
}

export function canSeeProfile(
  viewer: Viewer,
  member: Pick<Member, 'id' | 'privacy'>,
  memberSpaceIds: readonly string[],
): boolean {
  if (isSelf(viewer, member.id) || isAdmin(viewer)) return true;
  switch (member.privacy.visibility) {
    case 'network':
      return true;
    case 'spaces':
      return viewer.memberId !== null && memberSpaceIds.some((id) => viewer.spaceIds.includes(id));
    case 'nobody':
      return false;
  }
}

/** E-mail and phone: only the member themself and admins, never other members (conseillers included). */
export function canSeeContactDetails(viewer: Viewer, memberId: string): boolean {
  return isSelf(viewer, memberId) || isAdmin(viewer);
}

/** A member's own profile, skills, privacy and data: the member themself, or an admin. */
export function canManageMember(viewer: Viewer, memberId: string): boolean {
  return isSelf(viewer, memberId) || isAdmin(viewer);
}

/** A conseiller acts on the filières assigned to them; admins on all. */
export function canActOnFiliere(viewer: Viewer, filiereId: string): boolean {
  if (isAdmin(viewer)) return true;
  return viewer.roles.includes('conseiller') && viewer.scopeFilieres.includes(filiereId);
}

/** A space manager sees the occupancy of the spaces assigned to them; admins of all. */
export function canManageSpace(viewer: Viewer, spaceId: string): boolean {
  if (isAdmin(viewer)) return true;
  return viewer.roles.includes('space_manager') && viewer.scopeSpaces.includes(spaceId);
}

/**
 * A conseiller sees the members of a filière in their scope who allowed filière suggestions,
 * unless the profile is hidden from everyone ("nobody" wins over every role but admin).
 */
export function canConseillerSeeInFiliere(
  viewer: Viewer,
  member: Pick<Member, 'privacy'>,
  filiereId: string,
): boolean {
  if (isAdmin(viewer)) return true;
  return (
    canActOnFiliere(viewer, filiereId) &&
    member.privacy.suggestForFilieres &&
    member.privacy.visibility !== 'nobody'
  );
}

/**
 * A space manager sees the members of their space unless the profile is hidden from everyone.
 * Contact details stay private.
 */
export function canManagerSeeInSpace(
  viewer: Viewer,
  member: Pick<Member, 'privacy'>,
  spaceId: string,
): boolean {
  if (isAdmin(viewer)) return true;
  return canManageSpace(viewer, spaceId) && member.privacy.visibility !== 'nobody';
}

/** A tender is managed by whoever created it (member or account), conseillers and admins. */
export function canManageTender(viewer: Viewer, tender: { createdBy: string | null }): boolean {
  if (isAdmin(viewer) || viewer.roles.includes('conseiller')) return true;
  return (
    tender.createdBy !== null &&
    (tender.createdBy === viewer.memberId || tender.createdBy === viewer.accountId)
  );
}

/** A bid is managed (invitations, status) by its lead, conseillers and admins. */
export function canManageBid(viewer: Viewer, bid: { leadId: string }): boolean {
  return isSelf(viewer, bid.leadId) || isAdmin(viewer) || viewer.roles.includes('conseiller');
}

/** A bid is seen by its managers and by the members invited into it (whatever their answer). */
export function canSeeBid(
  viewer: Viewer,
  bid: { leadId: string },
  teamMemberIds: readonly string[],
): boolean {
  return canManageBid(viewer, bid) || (viewer.memberId !== null && teamMemberIds.includes(viewer.memberId));
}
