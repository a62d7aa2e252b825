// Synthetic members that look real: a name fitting the region, a home space
// weighted by size, skills drawn from their filière, seniority that matches
// their levels, varied availability and privacy. Pure and seeded.
import type { UiLanguage } from '../../domain/entities/common.js';
import type { Availability, MemberRecord, Visibility } from '../../domain/entities/member.js';
import type { HasSkill } from '../../domain/entities/skill.js';
import { slugify } from '../../domain/ids.js';
import {
  chance,
  cumulativeWeights,
  gaussian,
  intBetween,
  pick,
  pickIndexWeighted,
  type Random,
} from '../../domain/random.js';
import { drawLanguages, drawNameStyle } from './locales.js';
import { NAMES } from './names.js';
import type { SeedWorld } from './seedWorld.js';

export const DAY_MS = 24 * 3600 * 1000;
export const YEAR_MS = 365 * DAY_MS;

/** Seniority classes: newcomers (joined within a year) and experienced members (mentor material). */
export const TIER = { regular: 0, newcomer: 1, experienced: 2 } as const;
const NEWCOMER_SHARE = 0.08;
const EXPERIENCED_SHARE = 0.1;
const NETWORK_AGE_YEARS = 15;
const IN_FILIERE_SHARE = 0.85;

/** What the project and mentorship generators need to know about each member, by member index. */
export interface MemberTraits {
  /** Index into reference.spaces. */
  homeSpace: Int32Array;
  /** Index into reference.filieres of the member's main trade. */
  primaryFiliere: Int32Array;
  tier: Uint8Array;
}

export interface SyntheticMembers {
  members: MemberRecord[];
  traits: MemberTraits;
}

/** "m_0000042": zero-padded so that string order is numeric order (COLLABORATED_WITH keeps source < target). */
export function syntheticMemberId(index: number): string {
  return `m_${String(index + 1).padStart(7, '0')}`;
}

const EMAIL_DOMAINS = ['example.org', 'example.com', 'example.net'];
/** Skill counts 2..8 and their relative frequency (mean ≈ 4.6). */
const SKILL_COUNT_WEIGHTS = [0, 0, 14, 20, 21, 17, 12, 8, 8];

export function generateMembers(
  count: number,
  world: SeedWorld,
  random: Random,
  now: number,
): SyntheticMembers {
  const traits: MemberTraits = {
    homeSpace: new Int32Array(count),
    primaryFiliere: new Int32Array(count),
    tier: new Uint8Array(count),
  };
  const handleCounts = new Map<string, number>();
  const skillCountCumulative = cumulativeWeights(SKILL_COUNT_WEIGHTS);
  const members: MemberRecord[] = new Array(count);

  const { spaces, filieres } = world.reference;

  for (let i = 0; i < count; i++) {
    const homeIndex = world.homeSpaces[pickIndexWeighted(random, world.homeSpaceWeights)]!;
    const home = spaces[homeIndex]!;
    const region = world.regions[homeIndex]!;

    const style = drawNameStyle(random, region);
    const name = `${pick(random, NAMES[style].given)} ${pick(random, NAMES[style].family)}`;
    const handle = uniqueHandle(handleCounts, slugify(name));
    const { languages, preferredLanguage } = drawLanguages(random, region, style);

    const tier = drawTier(random);
    const seniority: Seniority = { tier, years: yearsAgo(random, tier) };
    const joinedAt = Math.round(now - seniority.years * YEAR_MS);
    const trades = drawTrades(random, world);
    const skillCount = pickIndexWeighted(random, skillCountCumulative);
    const skills = drawSkills(random, world, seniority, trades, skillCount);
    const spaceIndices = drawSpaces(random, world, homeIndex);
    const position = jitter(random, home.lat!, home.lon!);
    const updatedAt = joinedAt + Math.floor(random() * (now - joinedAt));

    members[i] = {
      id: syntheticMemberId(i),
      externalId: `coop-${String(i + 1).padStart(7, '0')}`,
      handle,
      name,
      email: `${handle.replaceAll('-', '.')}@${pick(random, EMAIL_DOMAINS)}`,
      phone: chance(random, 0.75) ? fakePhone(random, home.country) : null,
      bio: chance(random, 0.8) ? bioOf(world, skills, home.city, preferredLanguage) : '',
      city: home.city,
      country: home.country,
      lat: position.lat,
      lon: position.lon,
      languages,
      preferredLanguage,
      availability: drawAvailability(random),
      privacy: {
        visibility: drawVisibility(random),
        suggestForBids: !chance(random, 0.1),
        suggestForMentoring: !chance(random, 0.08),
        suggestForFilieres: !chance(random, 0.05),
      },
      joinedAt,
      createdAt: joinedAt,
      updatedAt,
      skills,
      spaces: spaceIndices.map((s) => spaces[s]!.id),
      communities: drawCommunities(random, world, spaceIndices),
      // Some members practise a trade without having joined its filière formally.
      filieres: chance(random, IN_FILIERE_SHARE) ? trades.map((f) => filieres[f]!.id) : [],
    };
    traits.homeSpace[i] = homeIndex;
    traits.primaryFiliere[i] = trades[0]!;
    traits.tier[i] = tier;
  }
  return { members, traits };
}

function drawTier(random: Random): number {
  const r = random();
  if (r < NEWCOMER_SHARE) return TIER.newcomer;
  if (r < NEWCOMER_SHARE + EXPERIENCED_SHARE) return TIER.experienced;
  return TIER.regular;
}

/** One filière index, sometimes two (distinct); the first is the main trade. */
function drawTrades(random: Random, world: SeedWorld): number[] {
  const primary = pickIndexWeighted(random, world.filiereWeights);
  if (!chance(random, 0.3)) return [primary];
  const secondary = pickIndexWeighted(random, world.filiereWeights);
  return secondary === primary ? [primary] : [primary, secondary];
}

/** The home space, and for some members a second one nearby. */
function drawSpaces(random: Random, world: SeedWorld, homeIndex: number): number[] {
  const neighbours = world.neighbours[homeIndex]!;
  return chance(random, 0.3) && neighbours.length > 0 ? [homeIndex, pick(random, neighbours)] : [homeIndex];
}

/** A point a few kilometres from the space (spaces carry their city centre's coordinates). */
function jitter(random: Random, lat: number, lon: number): { lat: number; lon: number } {
  const km = 3;
  const dLat = gaussian(random, 0, km) / 111;
  const dLon = gaussian(random, 0, km) / (111 * Math.cos((lat * Math.PI) / 180));
  return { lat: round(clamp(lat + dLat, -90, 90), 5), lon: round(clamp(lon + dLon, -180, 180), 5) };
}

/** "anais-dubois", then "anais-dubois-2", "anais-dubois-3"... */
function uniqueHandle(counts: Map<string, number>, base: string): string {
  const n = (counts.get(base) ?? 0) + 1;
  counts.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}

function yearsAgo(random: Random, tier: number): number {
  if (tier === TIER.newcomer) return random();
  if (tier === TIER.experienced) return 6 + random() * (NETWORK_AGE_YEARS - 6);
  // The network grew over time: more members joined recently than long ago.
  return 1 + (NETWORK_AGE_YEARS - 1) * random() ** 1.4;
}

/** A member's seniority class and how many years ago they joined. */
interface Seniority {
  tier: number;
  years: number;
}

/** The first skill is a core skill of the main trade; most others come from the trades, a few from elsewhere. */
function drawSkills(
  random: Random,
  world: SeedWorld,
  seniority: Seniority,
  trades: readonly number[],
  count: number,
): HasSkill[] {
  const main = world.skillPools[trades[0]!]!;
  const secondary = trades.length > 1 ? world.skillPools[trades[1]!]! : null;
  const chosen: string[] = [main.core.length > 0 ? pick(random, main.core) : pick(random, world.allSkills)];
  for (let attempt = 0; chosen.length < count && attempt < count * 8; attempt++) {
    const r = random();
    const pool =
      r < 0.72
        ? secondary && chance(random, 0.3)
          ? secondary.trade
          : main.trade
        : r < 0.9 && main.related.length > 0
          ? main.related
          : world.allSkills;
    const skill = pool.length > 0 ? pick(random, pool) : pick(random, world.allSkills);
    if (!chosen.includes(skill)) chosen.push(skill);
  }
  return chosen.map((skill, rank) => {
    const level = drawLevel(random, seniority, rank);
    return { skill, level, years: drawYears(random, seniority, level) };
  });
}

function drawLevel(random: Random, { tier, years }: Seniority, rank: number): number {
  if (tier === TIER.newcomer) {
    const r = random();
    return r < 0.55 ? 1 : r < 0.9 ? 2 : 3;
  }
  if (tier === TIER.experienced) {
    // Their main skills are at the top; side skills may be a little lower.
    return rank < 2 ? (chance(random, 0.6) ? 5 : 4) : intBetween(random, 3, 5);
  }
  // Members grow in their trade: the longer in the network, the higher the levels.
  const mean = (rank < 2 ? 2.5 : 2.0) + 0.1 * years;
  return clamp(Math.round(gaussian(random, mean, 0.9)), 1, 5);
}

/** Years of practice: newcomers are starting out; others practised about as long as they have been members. */
function drawYears(random: Random, { tier, years }: Seniority, level: number): number {
  if (tier === TIER.newcomer) return intBetween(random, 0, 3);
  if (tier === TIER.experienced) return Math.min(45, level * 3 + intBetween(random, 2, 15));
  return clamp(Math.round(years * (0.6 + 0.7 * random()) + level + gaussian(random, 0, 2)), 0, 40);
}

function drawAvailability(random: Random): Availability {
  const r = random();
  return r < 0.55 ? 'available' : r < 0.85 ? 'limited' : 'unavailable';
}

function drawVisibility(random: Random): Visibility {
  const r = random();
  return r < 0.93 ? 'network' : r < 0.98 ? 'spaces' : 'nobody';
}

function drawCommunities(random: Random, world: SeedWorld, spaceIndices: readonly number[]): string[] {
  const out: string[] = [];
  const add = (id: string) => {
    if (!out.includes(id)) out.push(id);
  };
  for (const index of spaceIndices) {
    const space = world.reference.spaces[index]!;
    if (space.community && chance(random, 0.95)) add(space.community);
    for (const related of space.relatedCommunities) if (chance(random, 0.3)) add(related);
  }
  const cooperative = world.networkCooperative;
  if (cooperative && (out.length === 0 || chance(random, 0.6))) add(cooperative);
  return out;
}

/** Numbers in ranges reserved for fiction or never assigned: "+33 1 99 00 12 34", "+32 555 12 34 56". */
function fakePhone(random: Random, country: string): string {
  const two = () => String(intBetween(random, 0, 99)).padStart(2, '0');
  if (country === 'FR') return `+33 1 99 00 ${two()} ${two()}`;
  return `${COUNTRY_CALLING_CODE[country] ?? '+32'} 555 ${two()} ${two()} ${two()}`;
}

const COUNTRY_CALLING_CODE: Record<string, string> = {
  BE: '+32',
  DE: '+49',
  AT: '+43',
  ES: '+34',
  IT: '+39',
  SE: '+46',
  HU: '+36',
};

const BIO_TEMPLATES: Record<UiLanguage, (skills: string, city: string | null) => string> = {
  fr: (skills, city) => (city ? `${skills}, à ${city}.` : `${skills}.`),
  en: (skills, city) => (city ? `${skills}, based in ${city}.` : `${skills}.`),
  nl: (skills, city) => (city ? `${skills}, in ${city}.` : `${skills}.`),
};

function bioOf(
  world: SeedWorld,
  skills: readonly HasSkill[],
  city: string | null,
  language: UiLanguage,
): string {
  const labels = skills.slice(0, 3).map((s) => world.taxonomy.label(s.skill, language));
  return BIO_TEMPLATES[language](labels.join(' · '), city);
}

function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}
