// What the demo network is doing right now, so every screen has something true
// to show: experienced members offering mentoring places, newcomers asking for
// a mentor, open tenders (deadlines after the seed's clock) with bids being
// formed, and filière events ahead with members registered. Pure and seeded:
// the same members, random stream and clock give the same activity.
import type { BidRecord, NetworkActivity, TenderRecord } from '../../domain/dataset.js';
import type { FiliereEventRecord } from '../../domain/entities/filiereEvent.js';
import type { MemberRecord } from '../../domain/entities/member.js';
import type { MentorOffer } from '../../domain/entities/mentorOffer.js';
import type { MentorRequest } from '../../domain/entities/mentorRequest.js';
import type { Mentorship } from '../../domain/entities/mentorship.js';
import type { Tender } from '../../domain/entities/tender.js';
import { chance, intBetween, pick, type Random, sample } from '../../domain/random.js';
import type { SeedWorld } from './seedWorld.js';
import { DAY_MS, type MemberTraits, TIER } from './syntheticMembers.js';

/** Share of experienced members (with the mentoring consent) who offer places. */
const OFFERING_SHARE = 0.45;
/** Share of newcomers (with the consent, not yet mentored) who ask for a mentor. */
const REQUESTING_SHARE = 0.5;
/** One open tender per this many members (at least a few). */
const MEMBERS_PER_TENDER = 100;
const MIN_TENDERS = 3;
const MAX_TENDERS = 60;
/** Share of tenders with a bid being formed. */
const BID_SHARE = 0.5;
const EVENTS_PER_FILIERE = 2;
const MODES = ['either', 'either', 'remote', 'in_person'] as const;
const TENDER_RADIUS_KM = 80;

/** Tender subjects per filière, in the buyer's words (a tender is written by its buyer). */
const TENDER_SUBJECTS = [
  'Aménagement et animation d’un tiers-lieu culturel',
  'Programmation culturelle de la saison estivale',
  'Création d’une exposition itinérante',
  'Ateliers de sensibilisation pour les écoles',
  'Refonte de l’identité visuelle et de la signalétique',
  'Captation et diffusion d’un festival',
];

export function generateActivity(
  members: readonly MemberRecord[],
  traits: MemberTraits,
  mentorships: readonly Mentorship[],
  world: SeedWorld,
  random: Random,
  now: number,
): NetworkActivity {
  const mentorOffers = generateOffers(members, traits, mentorships, random, now);
  const mentorRequests = generateRequests(members, traits, mentorships, world, random, now);
  const tenders = generateTenders(members, traits, world, random, now);
  const bids = generateBids(members, tenders, random, now);
  const filiereEvents = generateEvents(members, traits, world, random, now);
  return { mentorOffers, mentorRequests, tenders, bids, filiereEvents };
}

function liveLoad(mentorships: readonly Mentorship[]): Map<string, number> {
  const load = new Map<string, number>();
  for (const m of mentorships) {
    if (m.status === 'active' || m.status === 'proposed')
      load.set(m.mentorId, (load.get(m.mentorId) ?? 0) + 1);
  }
  return load;
}

function generateOffers(
  members: readonly MemberRecord[],
  traits: MemberTraits,
  mentorships: readonly Mentorship[],
  random: Random,
  now: number,
): MentorOffer[] {
  const load = liveLoad(mentorships);
  const offers: MentorOffer[] = [];
  members.forEach((member, m) => {
    if (traits.tier[m] !== TIER.experienced || !member.privacy.suggestForMentoring) return;
    if (!chance(random, OFFERING_SHARE)) return;
    const strongest = [...member.skills].sort((a, b) => b.level - a.level || (a.skill < b.skill ? -1 : 1));
    const skills = strongest.filter((s) => s.level >= 3).slice(0, 3);
    if (skills.length === 0) return;
    const createdAt = now - intBetween(random, 1, 120) * DAY_MS;
    offers.push({
      memberId: member.id,
      skills: skills.map((s) => s.skill),
      // Always at least one free place beyond the mentees they already have.
      capacity: Math.min(10, (load.get(member.id) ?? 0) + intBetween(random, 1, 3)),
      languages: [...member.languages],
      mode: pick(random, MODES),
      status: 'open',
      createdAt,
      updatedAt: createdAt,
    });
  });
  return offers;
}

function generateRequests(
  members: readonly MemberRecord[],
  traits: MemberTraits,
  mentorships: readonly Mentorship[],
  world: SeedWorld,
  random: Random,
  now: number,
): MentorRequest[] {
  const mentored = new Set(mentorships.filter((m) => m.status !== 'declined').map((m) => m.menteeId));
  const requests: MentorRequest[] = [];
  members.forEach((member, m) => {
    if (traits.tier[m] !== TIER.newcomer || !member.privacy.suggestForMentoring) return;
    if (mentored.has(member.id) || !chance(random, REQUESTING_SHARE)) return;
    const filiere = world.reference.filieres[traits.primaryFiliere[m]!]!;
    const pool = world.skillPools[traits.primaryFiliere[m]!]!;
    const held = new Map(member.skills.map((s) => [s.skill, s.level]));
    // What they want to learn: trade skills they lack or hold at a beginner's level.
    const wanted = pool.trade.filter((skill) => (held.get(skill) ?? 0) <= 2);
    if (wanted.length === 0) return;
    const createdAt = now - intBetween(random, 1, 60) * DAY_MS;
    requests.push({
      memberId: member.id,
      skills: sample(random, wanted, Math.min(wanted.length, intBetween(random, 1, 2))),
      filiere: member.filieres.includes(filiere.id) ? filiere.id : null,
      languages: [...member.languages],
      city: member.city,
      lat: member.lat,
      lon: member.lon,
      mode: pick(random, MODES),
      goals: '',
      status: 'open',
      createdAt,
      updatedAt: createdAt,
    });
  });
  return requests;
}

function generateTenders(
  members: readonly MemberRecord[],
  traits: MemberTraits,
  world: SeedWorld,
  random: Random,
  now: number,
): TenderRecord[] {
  const experienced = members.flatMap((_member, m) => (traits.tier[m] === TIER.experienced ? [m] : []));
  if (experienced.length === 0) return [];
  const count = Math.min(MAX_TENDERS, Math.max(MIN_TENDERS, Math.round(members.length / MEMBERS_PER_TENDER)));
  const tenders: TenderRecord[] = [];
  for (let i = 0; i < count; i++) {
    const author = pick(random, experienced);
    const filiere = world.reference.filieres[traits.primaryFiliere[author]!]!;
    const pool = world.skillPools[traits.primaryFiliere[author]!]!;
    const skills = sample(random, pool.trade.length > 0 ? pool.trade : world.allSkills, 2);
    const space = world.reference.spaces[traits.homeSpace[author]!]!;
    const createdAt = now - intBetween(random, 1, 20) * DAY_MS;
    const city = space.city ?? space.name;
    const tender: Tender = {
      id: `tdr_seed_${String(i + 1).padStart(4, '0')}`,
      title: `${pick(random, TENDER_SUBJECTS)} – ${filiere.labels.fr} (${city})`,
      buyer: `Ville de ${city}`,
      description: `Marché à procédure adaptée. Compétences attendues : ${skills
        .map((s) => world.taxonomy.label(s, 'fr'))
        .join(', ')}.`,
      deadline: now + intBetween(random, 10, 75) * DAY_MS,
      lat: space.lat,
      lon: space.lon,
      radiusKm: space.lat === null ? null : TENDER_RADIUS_KM,
      requirements: skills.map((skill) => ({ skill, minLevel: intBetween(random, 2, 3), count: 1 })),
      maxTeamSize: 6,
      budget: intBetween(random, 8, 120) * 1000,
      currency: 'EUR',
      status: 'open',
      createdBy: members[author]!.id,
      createdAt,
      updatedAt: createdAt,
    };
    tenders.push({ tender, placeName: city });
  }
  return tenders;
}

function generateBids(
  members: readonly MemberRecord[],
  tenders: readonly TenderRecord[],
  random: Random,
  now: number,
): BidRecord[] {
  // Who holds each required skill at which level, read once (not one pass over members per requirement).
  const required = new Set(tenders.flatMap(({ tender }) => tender.requirements.map((r) => r.skill)));
  const holders = new Map<string, { member: string; level: number }[]>();
  for (const m of members) {
    if (!m.privacy.suggestForBids) continue;
    for (const s of m.skills) {
      if (!required.has(s.skill)) continue;
      const list = holders.get(s.skill) ?? [];
      list.push({ member: m.id, level: s.level });
      holders.set(s.skill, list);
    }
  }
  const bids: BidRecord[] = [];
  for (const { tender } of tenders) {
    if (!tender.createdBy || !chance(random, BID_SHARE)) continue;
    const lead = tender.createdBy;
    const team: BidRecord['team'] = [{ member: lead, role: 'lead', status: 'accepted' }];
    for (const requirement of tender.requirements) {
      const able = (holders.get(requirement.skill) ?? []).filter(
        (h) => h.level >= requirement.minLevel && !team.some((t) => t.member === h.member),
      );
      if (able.length === 0) continue;
      team.push({
        member: pick(random, able).member,
        role: requirement.skill,
        status: chance(random, 0.5) ? 'accepted' : 'invited',
      });
    }
    const createdAt = Math.min(now, tender.createdAt + intBetween(random, 1, 3) * DAY_MS);
    bids.push({
      id: `bid_seed_${tender.id.slice('tdr_seed_'.length)}`,
      tenderId: tender.id,
      leadId: lead,
      status: 'inviting',
      createdAt,
      updatedAt: createdAt,
      team,
    });
  }
  return bids;
}

function generateEvents(
  members: readonly MemberRecord[],
  traits: MemberTraits,
  world: SeedWorld,
  random: Random,
  now: number,
): FiliereEventRecord[] {
  const events: FiliereEventRecord[] = [];
  const byFiliere = new Map<string, number[]>();
  members.forEach((m, i) => {
    for (const f of m.filieres) {
      const list = byFiliere.get(f) ?? [];
      list.push(i);
      byFiliere.set(f, list);
    }
  });
  for (const filiere of world.reference.filieres) {
    const indices = byFiliere.get(filiere.id) ?? [];
    if (indices.length === 0) continue;
    const inFiliere = indices.map((i) => members[i]!);
    for (let e = 0; e < EVENTS_PER_FILIERE; e++) {
      const hostIndex = pick(random, indices);
      const space = world.reference.spaces[traits.homeSpace[hostIndex]!]!;
      const capacity = intBetween(random, 15, 40);
      const createdAt = now - intBetween(random, 5, 30) * DAY_MS;
      events.push({
        id: `evt_seed_${filiere.id}_${e + 1}`,
        filiereId: filiere.id,
        title:
          e === 0
            ? `Rencontre ${filiere.labels.fr}`
            : `Atelier d’échange de pratiques – ${filiere.labels.fr}`,
        description: `Une soirée pour se rencontrer entre membres de la filière ${filiere.labels.fr} et partager projets et appels d’offres.`,
        place: `${space.name}${space.city ? `, ${space.city}` : ''}`,
        startsAt: now + intBetween(random, 7, 90) * DAY_MS,
        capacity,
        createdBy: 'seed',
        createdAt,
        registrations: sample(
          random,
          inFiliere,
          Math.min(inFiliere.length, intBetween(random, 3, capacity / 2)),
        ).map((m) => ({ member: m.id, at: createdAt + intBetween(random, 0, 4) * DAY_MS })),
      });
    }
  }
  return events;
}
