// Ad-hoc mentoring for one mentee: the best mentors for their open request
// (ranked by the same pair scores as rounds, only mentors with a free place,
// never the mentors they already have a live mentorship with), and asking one
// mentor directly (a proposal the mentee has already accepted).

import type { MentorshipRecord } from '../../domain/entities/mentorship.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../domain/errors.js';
import type { Taxonomy } from '../../domain/taxonomy.js';
import type { GraphStore } from '../../graph/graphStore.js';
import { MentoringRepository } from '../../graph/repositories/mentoringRepository.js';
import { type PairReason, rankMentors, SkillAffinity } from '../matching/mentorAssignment/index.js';
import { candidatePairs, pairKey } from './candidatePairs.js';
import { storeReasons } from './explainPair.js';
import { loadParticipants, type Mentee, type Mentor } from './mentoringParticipants.js';
import { unmatchedReason } from './unmatchedReason.js';

export interface RankedMentorChoice {
  mentorId: string;
  score: number;
  /** Places the mentor still has. */
  freePlaces: number;
  /** Structured: rendered in the reader's language when read (explainPair.ts). */
  reasons: PairReason[];
}

interface MenteeContext {
  mentee: Mentee;
  mentors: Mentor[];
  live: MentorshipRecord[];
}

async function menteeContext(store: GraphStore, menteeId: string): Promise<MenteeContext> {
  const repo = new MentoringRepository(store);
  const request = await repo.getRequest(menteeId);
  if (request?.status !== 'open') {
    throw new NotFoundError('Open mentor request of member', menteeId);
  }
  const [offers, live, feedback] = await Promise.all([
    repo.openOffers(),
    repo.liveMentorships(),
    repo.feedbackByMentor(),
  ]);
  const { mentees, mentors } = await loadParticipants(store, [request], offers, live, feedback);
  if (!mentees[0]) throw new NotFoundError('Member', menteeId);
  return { mentee: mentees[0], mentors, live };
}

export async function topMentors(
  store: GraphStore,
  taxonomy: Taxonomy,
  menteeId: string,
  n = 5,
): Promise<RankedMentorChoice[]> {
  const { mentee, mentors, live } = await menteeContext(store, menteeId);
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

/** The mentee asks one mentor: refused (naming `mentorId`) when the pair is not allowed or the mentor is full. */
export async function askMentor(
  store: GraphStore,
  taxonomy: Taxonomy,
  menteeId: string,
  mentorId: string,
  now = Date.now(),
): Promise<MentorshipRecord> {
  const { mentee, mentors, live } = await menteeContext(store, menteeId);
  if (live.some((m) => m.menteeId === menteeId)) {
    throw new ConflictError('You already have a mentorship in progress: end or decline it first');
  }
  const mentor = mentors.find((m) => m.offer.memberId === mentorId);
  if (!mentor) throw BadUserInputError.at(['mentorId'], 'this member offers no mentoring');
  if (mentor.scoring.capacity === 0) throw new ConflictError('This mentor has no free place');
  const { problem, reasons } = candidatePairs([mentee], [mentor], taxonomy, () => false);
  if (problem.pairs.length === 0) {
    const why = unmatchedReason(mentee, [mentor], new SkillAffinity(taxonomy), () => false);
    throw BadUserInputError.at(['mentorId'], `this mentor cannot mentor you: ${why}`);
  }
  const [proposal] = await new MentoringRepository(store).propose(
    [
      {
        mentorId,
        menteeId,
        roundId: null,
        score: problem.pairs[0]!.score,
        explanation: storeReasons(reasons[0]!),
        menteeAccepted: true,
      },
    ],
    now,
  );
  return proposal!;
}
