// One matching pass of a mentoring round. The first pass proposes pairs for
// every open request in the round's scope; later passes re-match the mentees
// whose proposal was declined. Mentees who hold a live mentorship (a pending or
// half-accepted proposal, or an active mentorship) are left as they are, and
// their mentors' places stay taken, so accepted pairs are never disturbed. A
// pair declined in this round never comes back in it. The assignment is exact
// (assignMentors: most mentees matched, then the highest total score, under
// the capacities); each mentee left out gets a reason.
import type { MentoringRound, UnmatchedMentee } from '../../domain/entities/mentoringRound.js';
import type { MentorshipRecord } from '../../domain/entities/mentorship.js';
import { NotFoundError } from '../../domain/errors.js';
import type { ProgressListener } from '../../domain/progress.js';
import type { Taxonomy } from '../../domain/taxonomy.js';
import { assignMentors, SkillAffinity } from '../matching/mentorAssignment/index.js';
import { candidatePairs, pairKey } from './candidatePairs.js';
import { storeReasons } from './explainPair.js';
import { loadParticipants, type Mentee, type MentoringSources } from './mentoringParticipants.js';
import { unmatchedReason } from './unmatchedReason.js';

export interface MentoringPassDeps {
  sources: MentoringSources;
  taxonomy: Taxonomy;
  now?: () => number;
}

export interface MentoringPassResult {
  round: MentoringRound;
  proposed: MentorshipRecord[];
}

function inScope(round: MentoringRound, mentee: Mentee): boolean {
  if (round.scopeAll) return true;
  const filieres = mentee.request.filiere
    ? [mentee.request.filiere, ...mentee.filiereIds]
    : mentee.filiereIds;
  return (
    filieres.some((f) => round.scopeFilieres.includes(f)) ||
    mentee.spaceIds.some((s) => round.scopeSpaces.includes(s))
  );
}

function checkAborted(signal: AbortSignal): void {
  if (signal.aborted) throw signal.reason ?? new Error('aborted');
}

export async function runMentoringPass(
  deps: MentoringPassDeps,
  roundId: string,
  onProgress: ProgressListener,
  signal: AbortSignal,
): Promise<MentoringPassResult> {
  const repo = deps.sources.mentoring;
  const total = 4;
  onProgress({ phase: 'loading requests and offers', done: 0, total });
  const round = await repo.getRound(roundId);
  if (!round) throw new NotFoundError('Mentoring round', roundId);
  const [requests, offers, live, feedback, ofRound] = await Promise.all([
    repo.openRequests(),
    repo.openOffers(),
    repo.liveMentorships(),
    repo.feedbackByMentor(),
    repo.mentorshipsOfRound(roundId),
  ]);
  const busy = new Set(live.map((m) => m.menteeId));
  const { mentees: candidates, mentors } = await loadParticipants(
    deps.sources,
    requests.filter((r) => !busy.has(r.memberId)),
    offers,
    live,
    feedback,
  );
  // A mentee who turned the mentoring consent off since asking is left out entirely.
  const mentees = candidates.filter((m) => m.scoring.consent && inScope(round, m));
  checkAborted(signal);

  onProgress({ phase: 'scoring pairs', done: 1, total });
  const declinedPairs = new Set(
    ofRound.filter((m) => m.status === 'declined').map((m) => pairKey(m.mentorId, m.menteeId)),
  );
  const declined = (mentor: string, mentee: string) => declinedPairs.has(pairKey(mentor, mentee));
  const { problem, reasons } = candidatePairs(mentees, mentors, deps.taxonomy, declined);
  checkAborted(signal);

  onProgress({ phase: 'assigning mentors', done: 2, total });
  const solution = assignMentors(problem);
  const reasonsOf = new Map(problem.pairs.map((p, i) => [pairKey(p.mentor, p.mentee), reasons[i]!]));
  const affinity = new SkillAffinity(deps.taxonomy);
  const menteeById = new Map(mentees.map((m) => [m.request.memberId, m]));
  const unmatched: UnmatchedMentee[] = solution.unmatched.map(({ mentee }) => ({
    menteeId: mentee,
    reason: unmatchedReason(menteeById.get(mentee)!, mentors, affinity, declined),
  }));
  checkAborted(signal);

  onProgress({ phase: 'storing proposals', done: 3, total });
  const now = deps.now?.() ?? Date.now();
  const proposed = await repo.propose(
    solution.pairs.map((pair) => ({
      mentorId: pair.mentor,
      menteeId: pair.mentee,
      roundId,
      score: pair.score,
      explanation: storeReasons(reasonsOf.get(pairKey(pair.mentor, pair.mentee))!),
    })),
    now,
  );
  const updated: MentoringRound = {
    ...round,
    status: 'proposed',
    passes: round.passes + 1,
    unmatched,
    updatedAt: now,
  };
  await repo.recordPass(updated);
  onProgress({ phase: 'done', done: total, total });
  return { round: updated, proposed };
}
