// Which member a conseiller may add to or remove from a filière of their
// scope: adding needs a member they may invite (filière consent, profile not
// hidden); removing also allows any member whose profile they may read, so a
// member who withdrew consent can still be taken out. A refusal is answered
// like an unknown handle by the caller, so handles cannot be enumerated.
import type { Member } from '../entities/member.js';
import { mayInviteToFiliere, maySee } from './privacyRule.js';
import type { Viewer } from './profileVisibility.js';

export type FiliereMembershipChange = 'add' | 'remove';

/** `memberSpaceIds` is read only for a removal of a member the viewer may not invite. */
export async function mayChangeFiliereMembership(
  viewer: Viewer,
  member: Pick<Member, 'id' | 'privacy'>,
  filiereId: string,
  change: FiliereMembershipChange,
  memberSpaceIds: () => Promise<readonly string[]>,
): Promise<boolean> {
  if (mayInviteToFiliere(viewer, member, filiereId)) return true;
  return change === 'remove' && maySee(viewer, member, await memberSpaceIds());
}
