// Who the viewer is and what they may manage: roles and scopes (filières,
// spaces, tenders, bids), and contact details (a separate, stricter rule).
// Who may see, suggest, invite or meet a member is the privacy rule of
// privacyRule.ts. Conseillers and space managers act only within their scope.
import type { Role } from '../entities/account.js';

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
