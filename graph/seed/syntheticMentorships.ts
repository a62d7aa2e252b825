// A few mentorships: experienced members of a filière mentoring newcomers of
// the same filière, preferably in the same country, at most a few each.
import type { MemberRecord } from '../../domain/entities/member.js';
import type { Mentorship } from '../../domain/entities/mentorship.js';
import { chance, pick, type Random } from '../../domain/random.js';
import { type MemberTraits, TIER } from './syntheticMembers.js';

/** Share of newcomers who already have (or were offered) a mentor. */
const MENTORED_SHARE = 0.3;
const MAX_MENTEES_PER_MENTOR = 3;
const ATTEMPTS = 6;

export function generateMentorships(
  members: readonly MemberRecord[],
  traits: MemberTraits,
  filiereCount: number,
  random: Random,
  now: number,
): Mentorship[] {
  const mentorsByFiliere = Array.from({ length: filiereCount }, (): number[] => []);
  for (let m = 0; m < members.length; m++) {
    if (traits.tier[m] === TIER.experienced && members[m]!.privacy.suggestForMentoring) {
      mentorsByFiliere[traits.primaryFiliere[m]!]!.push(m);
    }
  }
  const load = new Uint8Array(members.length);
  const mentorships: Mentorship[] = [];

  for (let mentee = 0; mentee < members.length; mentee++) {
    if (traits.tier[mentee] !== TIER.newcomer || !chance(random, MENTORED_SHARE)) continue;
    const candidates = mentorsByFiliere[traits.primaryFiliere[mentee]!]!;
    if (candidates.length === 0) continue;
    const mentor = findMentor(random, members, candidates, load, mentee);
    if (mentor < 0) continue;
    load[mentor]!++;
    mentorships.push(
      describeMentorship(random, mentorships.length, members[mentor]!.id, members[mentee]!, now),
    );
  }
  return mentorships;
}

/** A mentor with room left, from the mentee's country if one turns up in the first attempts; -1 if none. */
function findMentor(
  random: Random,
  members: readonly MemberRecord[],
  candidates: readonly number[],
  load: Uint8Array,
  mentee: number,
): number {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const mentor = pick(random, candidates);
    if (load[mentor]! >= MAX_MENTEES_PER_MENTOR) continue;
    if (attempt < ATTEMPTS / 2 && members[mentor]!.country !== members[mentee]!.country) continue;
    return mentor;
  }
  return -1;
}

function describeMentorship(
  random: Random,
  ordinal: number,
  mentorId: string,
  mentee: MemberRecord,
  now: number,
): Mentorship {
  const id = `mnt_${String(ordinal + 1).padStart(6, '0')}`;
  const r = random();
  if (r >= 0.8) {
    return {
      id,
      mentorId,
      menteeId: mentee.id,
      status: r < 0.92 ? 'proposed' : 'declined',
      startedAt: null,
      endedAt: null,
      feedback: null,
    };
  }
  const startedAt = mentee.joinedAt + Math.floor(random() * (now - mentee.joinedAt));
  if (r < 0.55) {
    return { id, mentorId, menteeId: mentee.id, status: 'active', startedAt, endedAt: null, feedback: null };
  }
  const f = random();
  return {
    id,
    mentorId,
    menteeId: mentee.id,
    status: 'ended',
    startedAt,
    endedAt: startedAt + Math.floor(random() * (now - startedAt)),
    feedback: f < 0.05 ? 2 : f < 0.25 ? 3 : f < 0.6 ? 4 : 5,
  };
}
