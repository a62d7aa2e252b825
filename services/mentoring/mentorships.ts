// Mentorships from the mentee's side and the mentor's: the best mentors for
// the viewer's open request (ranked across every offer, then cut to the
// mentors the privacy rule lets be suggested to them), asking one mentor
// directly (a proposal the mentee has already accepted), answering a proposal
// (active once both sides accept), ending one with the mentee's rating, and
// the partner's e-mail once both accepted.

import type { UnmatchedMenteeReason } from '../../domain/entities/mentoringRound.js';
import type { MentorshipRecord } from '../../domain/entities/mentorship.js';
import { BadUserInputError, ConflictError } from '../../domain/errors.js';
import { mentorshipContactFor } from '../../domain/policy/mentorshipContact.js';
import { audienceOf, maySuggest, needsSpaces, suggestCondition } from '../../domain/policy/privacyRule.js';
import { SkillAffinity } from '../../workers/matching/mentorAssignment/index.js';
import { candidatePairs } from '../../workers/mentoring/candidatePairs.js';
import { storeReasons } from '../../workers/mentoring/explainPair.js';
import {
  loadMenteeContext,
  type RankedMentorChoice,
  topMentors,
} from '../../workers/mentoring/mentorRanking.js';
import { unmatchedReason } from '../../workers/mentoring/unmatchedReason.js';
import { actingMemberId, type UseCaseContext } from '../useCaseContext.js';

/** The reason code of each way a chosen mentor may not fit (see workers/mentoring/unmatchedReason.ts). */
const CANNOT_MENTOR: Record<UnmatchedMenteeReason, string> = {
  'no mentor for that skill': 'mentoring.cannotMentor.noSkill',
  'no shared language': 'mentoring.cannotMentor.noLanguage',
  'too far for an in-person meeting': 'mentoring.cannotMentor.tooFar',
  'no mentor for that way of meeting': 'mentoring.cannotMentor.noMode',
  'every possible mentor declined': 'mentoring.cannotMentor.declined',
  'capacity exhausted': 'mentoring.cannotMentor.full',
};

export type { RankedMentorChoice };

/** Mentors ranked before the privacy cut: enough that the cut still leaves the `n` asked for. */
const RANKED_BEFORE_CUT = 20;

export async function myMentorships(context: UseCaseContext): Promise<MentorshipRecord[]> {
  return context.services.repositories.mentoring.mentorshipsOf(actingMemberId(context));
}

/** The mentors who may be suggested to the viewer for mentoring, in order (absent members drop out). */
async function suggestable(
  context: UseCaseContext,
  choices: RankedMentorChoice[],
): Promise<RankedMentorChoice[]> {
  const { members, memberBatches } = context.services.repositories;
  const ids = choices.map((c) => c.mentorId);
  const needed = needsSpaces(suggestCondition(audienceOf(context.viewer), 'mentoring'));
  const [found, spaces] = await Promise.all([
    members.getMany(ids),
    needed ? memberBatches.spaceIds(ids) : Promise.resolve(ids.map(() => [])),
  ]);
  return choices.filter((_, i) => {
    const member = found[i];
    return member != null && maySuggest(context.viewer, member, spaces[i] ?? [], 'mentoring');
  });
}

/** The best `n` (1 to 20) mentors for the viewer's open request, best first, each with its reasons. */
export async function topMentorChoices(context: UseCaseContext, n: number): Promise<RankedMentorChoice[]> {
  if (n < 1 || n > 20)
    throw BadUserInputError.at(['n'], 'must be between 1 and 20', {
      code: 'value.between',
      params: { min: 1, max: 20 },
    });
  const { repositories, taxonomy } = context.services;
  const ranked = await topMentors(repositories, taxonomy, actingMemberId(context), RANKED_BEFORE_CUT);
  return (await suggestable(context, ranked)).slice(0, n);
}

/** The mentee asks one mentor: refused (naming `mentorId`) when the pair is not allowed or the mentor is full. */
export async function askMentor(context: UseCaseContext, mentorId: string): Promise<MentorshipRecord> {
  const { repositories, taxonomy } = context.services;
  const menteeId = actingMemberId(context);
  const { mentee, mentors, live } = await loadMenteeContext(repositories, menteeId);
  if (live.some((m) => m.menteeId === menteeId)) {
    throw new ConflictError('You already have a mentorship in progress: end or decline it first', {
      code: 'mentoring.mentorshipInProgress',
    });
  }
  const mentor = mentors.find((m) => m.offer.memberId === mentorId);
  if (!mentor)
    throw BadUserInputError.at(['mentorId'], 'this member offers no mentoring', {
      code: 'mentoring.noOffer',
    });
  if (mentor.scoring.capacity === 0)
    throw new ConflictError('This mentor has no free place', { code: 'mentoring.mentorFull' });
  const { problem, reasons } = candidatePairs([mentee], [mentor], taxonomy, () => false);
  if (problem.pairs.length === 0) {
    const why = unmatchedReason(mentee, [mentor], new SkillAffinity(taxonomy), () => false);
    throw BadUserInputError.at(['mentorId'], `this mentor cannot mentor you: ${why}`, {
      code: CANNOT_MENTOR[why],
    });
  }
  const [proposal] = await repositories.mentoring.propose(
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
    Date.now(),
  );
  return proposal!;
}

/** Accept or decline a proposed mentorship, as its mentor or its mentee. */
export async function respondToMentorship(
  context: UseCaseContext,
  id: string,
  accept: boolean,
): Promise<MentorshipRecord> {
  return context.services.repositories.mentoring.answer(id, actingMemberId(context), accept, Date.now());
}

/** Ends an active mentorship; the mentee may rate it 1 to 5. */
export async function endMentorship(
  context: UseCaseContext,
  id: string,
  feedback: number | null,
): Promise<MentorshipRecord> {
  if (feedback !== null && (feedback < 1 || feedback > 5)) {
    throw BadUserInputError.at(['feedback'], 'must be between 1 and 5', {
      code: 'value.between',
      params: { min: 1, max: 5 },
    });
  }
  return context.services.repositories.mentoring.end(id, actingMemberId(context), feedback, Date.now());
}

/** The other side's e-mail, for the mentor and the mentee only, once both accepted. */
export async function mentorshipPartnerEmail(
  context: UseCaseContext,
  mentorship: MentorshipRecord,
): Promise<string | null> {
  const partner = mentorshipContactFor(context.viewer, mentorship);
  if (!partner) return null;
  return (await context.services.repositories.members.get(partner))?.email ?? null;
}
