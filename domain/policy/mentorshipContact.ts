// When two members may see each other's e-mail: only the mentor and the mentee
// of a mentorship both of them accepted (status active), each seeing the other.
// Everywhere else e-mail stays visible to its owner and admins only.
import type { Mentorship } from '../entities/mentorship.js';
import type { Viewer } from './profileVisibility.js';

/** The member id whose e-mail the viewer may see through this mentorship, or null. */
export function mentorshipContactFor(
  viewer: Viewer,
  mentorship: Pick<Mentorship, 'mentorId' | 'menteeId' | 'status'>,
): string | null {
  if (mentorship.status !== 'active' || viewer.memberId === null) return null;
  if (viewer.memberId === mentorship.mentorId) return mentorship.menteeId;
  if (viewer.memberId === mentorship.menteeId) return mentorship.mentorId;
  return null;
}
