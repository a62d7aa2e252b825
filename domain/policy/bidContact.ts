// Who reaches whom in a joint bid: once a member has accepted an invitation, the
// bid's lead and that member see each other's e-mail on the bid (only then, and
// only each other). Everything else about contact details is in profileVisibility.ts.
import type { InBid } from '../entities/bid.js';
import { canSeeContactDetails, type Viewer } from './profileVisibility.js';

export function canSeeBidContact(
  viewer: Viewer,
  bid: { leadId: string },
  team: readonly Pick<InBid, 'member' | 'status'>[],
  memberId: string,
): boolean {
  if (canSeeContactDetails(viewer, memberId)) return true;
  const me = viewer.memberId;
  if (!me || me === memberId) return false;
  const accepted = (id: string) => team.some((t) => t.member === id && t.status === 'accepted');
  if (me === bid.leadId) return accepted(memberId);
  return memberId === bid.leadId && accepted(me);
}
