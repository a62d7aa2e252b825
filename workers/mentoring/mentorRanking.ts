// Ad-hoc mentoring for one mentee: the best mentors for their open request
// (ranked by the same pair scores as rounds, only mentors with a free place,
// never the mentors they already have a live mentorship with). Used by the
// mentor suggestions job and by the mentoring use cases
// (services/mentoring/mentorships.ts), which also let a mentee ask one mentor.

import type { MentorshipRecord } from '../../domain/entities/mentorship.js';
import { NotFoundError } from '../../domain/errors.js';
import type { Taxonomy } from '../../domain/taxonomy.js';
import { type PairReason, rankMentors } from '../matching/mentorAssignment/index.js';
import { candidatePairs, pairKey } from './candidatePairs.js';
import {
  loadParticipants,
  type Mentee,
  type Mentor,
  type MentoringSources,
} from './mentoringParticipants.js';

export interface RankedMentorChoice {
  mentorId: string;
  score: number;
  /** Places the mentor still has. */
  freePlaces: number;
  /** Structured: rendered in the reader's language when read (explainPair.ts). */
  reasons: PairReason[];
}

/** A mentee with an open request, every mentor offering, and the live mentorships. */
export interface MenteeContext {
  mentee: Mentee;
  mentors: Mentor[];
  live: MentorshipRecord[];
}

/** NOT_FOUND when the mentee has no open request (or no longer exists). */
export async function loadMenteeContext(sources: MentoringSources, menteeId: string): Promise<MenteeContext> {
  const repo = sources.mentoring;
  const request = await repo.getRequest(menteeId);
  if (request?.status !== 'open') {
    throw new NotFoundError('Open mentor request of member', menteeId);
  }
  const [offers, live, feedback] = await Promise.all([
    repo.openOffers(),
    repo.liveMentorships(),
    repo.feedbackByMentor(),
  ]);
  const { mentees, mentors } = await loadParticipants(sources, [request], offers, live, feedback);
  if (!mentees[0]) throw new NotFoundError('Member', menteeId);
  return { mentee: mentees[0], mentors, live };
}

export async function topMentors(
  sources: MentoringSources,
  taxonomy: Taxonomy,
  menteeId: string,
  n = 5,
): Promise<RankedMentorChoice[]> {
  const { mentee, mentors, live } = await loadMenteeContext(sources, menteeId);
  const taken = new Set(live.map((m) => pairKey(m.mentorId, m.menteeId)));
  const { problem, reasons } = candidatePairs([mentee], mentors, taxonomy, (mentor, ofMentee) =>
    taken.has(pairKey(mentor, ofMentee)),
  );
  const reasonsOf = new Map(problem.pairs.map((p, i) => [p.mentor, reasons[i]!]));
  return rankMentors(problem, menteeId, n).map((ranked) => ({
    mentorId: ranked.mentor,
    score: ranked.score,
    freePlaces: ranked.capacity,
    reasons: reasonsOf.get(ranked.mentor)!,
  }));
}
