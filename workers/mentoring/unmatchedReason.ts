// Why a mentee got no proposal, checked from the most basic cause to the last:
// nobody offers a skill close to what they want; those who do share no
// language with them; they are too far for an in-person meeting; they only meet
// another way; they all declined this round; or they had allowed mentors whose
// places were all taken.
import type { UnmatchedMenteeReason } from '../../domain/entities/mentoringRound.js';
import { type SkillAffinity, scorePair } from '../matching/mentorAssignment/index.js';
import type { PairExclusion } from './candidatePairs.js';
import { modesFit } from './mentoringModes.js';
import type { Mentee, Mentor } from './mentoringParticipants.js';

export function unmatchedReason(
  mentee: Mentee,
  mentors: readonly Mentor[],
  affinity: SkillAffinity,
  declined: PairExclusion,
): UnmatchedMenteeReason {
  const wanted = mentee.scoring.wanted.map((w) => w.skill);
  const others = mentors.filter((m) => m.offer.memberId !== mentee.request.memberId && m.scoring.consent);
  const skilled = others.filter((m) =>
    m.scoring.offered.some((o) => wanted.some((w) => affinity.match(w, o.skill) !== null)),
  );
  if (skilled.length === 0) return 'no mentor for that skill';
  const speaking = skilled.filter((m) =>
    m.scoring.languages.some((l) => mentee.scoring.languages.includes(l)),
  );
  if (speaking.length === 0) return 'no shared language';
  const near = speaking.filter(
    (m) => scorePair(mentee.scoring, { ...m.scoring, capacity: 1 }, affinity).allowed,
  );
  if (near.length === 0) return 'too far for an in-person meeting';
  const fitting = near.filter((m) => modesFit(mentee.request.mode, m.offer.mode));
  if (fitting.length === 0) return 'no mentor for that way of meeting';
  if (fitting.every((m) => declined(m.offer.memberId, mentee.request.memberId))) {
    return 'every possible mentor declined';
  }
  return 'capacity exhausted';
}
