// Who may see a member's profile: the one rule every read path (GraphQL,
// search, suggestions) applies. E-mail and phone are a separate, stricter rule.
import type { Role } from '../entities/account.js';
import type { Member, Visibility } from '../entities/member.js';

/** Who is asking. Anonymous visitors have no member id, no roles and no spaces. */
export interface Viewer {
  memberId: string | null;
  roles: readonly Role[];
  /** Spaces the viewer works from (for profiles visible to "my spaces" only). */
  spaceIds: readonly string[];
}

export const ANONYMOUS: Viewer = { memberId: null, roles: [], spaceIds: [] };

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

/** E-mail and phone: only the member themself and admins, never other members. */
export function canSeeContactDetails(viewer: Viewer, memberId: string): boolean {
  return isSelf(viewer, memberId) || isAdmin(viewer);
}
