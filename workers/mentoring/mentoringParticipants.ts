// Reads what the pair scores need about mentees (open requests) and mentors
// (open offers) from the graph, in batches: the member (consent, place), their
// skill levels, filières and spaces. Levels: a wanted skill the mentee has not
// recorded counts as level 1; an offered skill the mentor has not recorded
// counts as level 3 (they offer to pass it on, so they are not beginners).
// A mentor's capacity is what the offer leaves after their live mentorships
// (proposed, whatever the answers, and active).

import type { Member } from '../../domain/entities/member.js';
import type { MentorOffer } from '../../domain/entities/mentorOffer.js';
import type { MentorRequest } from '../../domain/entities/mentorRequest.js';
import type { MentorshipRecord } from '../../domain/entities/mentorship.js';
import { EVERY_MEMBER, holds, suggestCondition } from '../../domain/policy/privacyRule.js';
import type { GraphRepositories } from '../../graph/repositories/index.js';
import type { MentoringOffer, MentoringRequest } from '../matching/mentorAssignment/index.js';

/** The repositories mentoring reads its participants and proposals from. */
export type MentoringSources = Pick<GraphRepositories, 'mentoring' | 'members' | 'memberBatches'>;

const UNRECORDED_WANTED_LEVEL = 1;
const UNRECORDED_OFFERED_LEVEL = 3;

export interface Mentee {
  request: MentorRequest;
  scoring: MentoringRequest;
  spaceIds: string[];
  filiereIds: string[];
}

export interface Mentor {
  offer: MentorOffer;
  scoring: MentoringOffer;
}

interface MemberFacts {
  member: Member;
  levels: Map<string, number>;
  spaceIds: string[];
  filiereIds: string[];
}

/** The privacy rule's answer for a round: may this member be proposed to another member for mentoring? */
function mayBeMatched(f: MemberFacts): boolean {
  return holds(MENTORING_AUDIENCE_RULE, { id: f.member.id, privacy: f.member.privacy, spaceIds: f.spaceIds });
}

const MENTORING_AUDIENCE_RULE = suggestCondition(EVERY_MEMBER, 'mentoring');

async function memberFacts(
  sources: MentoringSources,
  ids: readonly string[],
): Promise<Map<string, MemberFacts>> {
  const [members, skills, spaces, filieres] = await Promise.all([
    sources.members.getMany(ids),
    sources.memberBatches.skills(ids),
    sources.memberBatches.spaceIds(ids),
    sources.mentoring.filiereIds(ids),
  ]);
  const out = new Map<string, MemberFacts>();
  ids.forEach((id, i) => {
    const member = members[i];
    if (!member) return;
    out.set(id, {
      member,
      levels: new Map(skills[i]!.map((s) => [s.skill, s.level])),
      spaceIds: spaces[i]!,
      filiereIds: filieres[i]!,
    });
  });
  return out;
}

function placeOf(lat: number | null, lon: number | null) {
  return lat !== null && lon !== null ? { lat, lon } : null;
}

/** Mentees and mentors whose member still exists, in the order given. */
export async function loadParticipants(
  sources: MentoringSources,
  requests: readonly MentorRequest[],
  offers: readonly MentorOffer[],
  live: readonly MentorshipRecord[],
  feedback: ReadonlyMap<string, number[]>,
): Promise<{ mentees: Mentee[]; mentors: Mentor[] }> {
  const ids = [...new Set([...requests.map((r) => r.memberId), ...offers.map((o) => o.memberId)])];
  const facts = ids.length > 0 ? await memberFacts(sources, ids) : new Map<string, MemberFacts>();
  const held = new Map<string, number>();
  for (const m of live) held.set(m.mentorId, (held.get(m.mentorId) ?? 0) + 1);

  const mentees = requests.flatMap((request): Mentee[] => {
    const f = facts.get(request.memberId);
    if (!f) return [];
    return [
      {
        request,
        spaceIds: f.spaceIds,
        filiereIds: f.filiereIds,
        scoring: {
          id: request.memberId,
          wanted: request.skills.map((skill) => ({
            skill,
            level: f.levels.get(skill) ?? UNRECORDED_WANTED_LEVEL,
          })),
          languages: request.languages,
          filieres: request.filiere ? [request.filiere] : f.filiereIds,
          location: placeOf(request.lat, request.lon) ?? placeOf(f.member.lat, f.member.lon),
          inPerson: request.mode === 'in_person',
          consent: mayBeMatched(f),
        },
      },
    ];
  });
  const mentors = offers.flatMap((offer): Mentor[] => {
    const f = facts.get(offer.memberId);
    if (!f) return [];
    return [
      {
        offer,
        scoring: {
          id: offer.memberId,
          offered: offer.skills.map((skill) => ({
            skill,
            level: f.levels.get(skill) ?? UNRECORDED_OFFERED_LEVEL,
          })),
          languages: offer.languages,
          filieres: f.filiereIds,
          location: placeOf(f.member.lat, f.member.lon),
          capacity: Math.max(0, offer.capacity - (held.get(offer.memberId) ?? 0)),
          consent: mayBeMatched(f),
          feedback: feedback.get(offer.memberId) ?? [],
        },
      },
    ];
  });
  return { mentees, mentors };
}
