// Who follows a mentoring round: the conseiller who started it, or an admin.
// A round is owned by the starter's member id, or their account id when they
// have no member profile (an admin or a conseiller without a profile).
import type { MentoringRound } from '../entities/mentoringRound.js';
import { isAdmin, type Viewer } from './profileVisibility.js';

/** The id a round the viewer starts is recorded under, or null for an anonymous viewer. */
export function mentoringRoundOwnerId(viewer: Viewer): string | null {
  return viewer.memberId ?? viewer.accountId;
}

/** Whether the viewer may see the round and run its next pass. */
export function canFollowMentoringRound(viewer: Viewer, round: Pick<MentoringRound, 'createdBy'>): boolean {
  return (
    isAdmin(viewer) ||
    (mentoringRoundOwnerId(viewer) !== null && round.createdBy === mentoringRoundOwnerId(viewer))
  );
}
