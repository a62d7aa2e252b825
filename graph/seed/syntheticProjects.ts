// Synthetic past and current projects of 2–6 members. Most bring together
// members of one filière working from one space or region (clusters); some
// cross filières, regions or countries (the bridges that make the collaboration
// graph a small world). COLLABORATED_WITH edges are derived from them.

import type { ProjectRecord } from '../../domain/dataset.js';
import type { UiLanguage } from '../../domain/entities/common.js';
import type { MemberRecord } from '../../domain/entities/member.js';
import type { CollaboratedWith } from '../../domain/entities/project.js';
import {
  chance,
  cumulativeWeights,
  intBetween,
  pick,
  pickIndexWeighted,
  type Random,
} from '../../domain/random.js';
import type { SeedWorld } from './seedWorld.js';
import { DAY_MS, type MemberTraits } from './syntheticMembers.js';

/** Projects per member: with ~3.4 members a project, about one project for every member. */
const PROJECTS_PER_MEMBER = 0.27;
/** Team sizes 2..6 and their relative frequency. */
const TEAM_SIZE_WEIGHTS = [0, 0, 30, 28, 20, 12, 10];
/** Newcomers lead few projects, experienced members many (indexed by TIER). */
const LEAD_WEIGHT_BY_TIER = [1, 0.3, 2];
const ENDED_SHARE = 0.8;
const CO_MEMBER_ROLES = [
  'contributor',
  'contributor',
  'contributor',
  'co-author',
  'subcontractor',
  'technician',
];

const PROJECT_KINDS: Record<UiLanguage, readonly string[]> = {
  fr: [
    'Exposition collective',
    'Résidence',
    'Atelier participatif',
    'Commande publique',
    'Festival',
    'Formation',
    'Création',
    'Rénovation',
  ],
  en: [
    'Group exhibition',
    'Residency',
    'Participatory workshop',
    'Public commission',
    'Festival',
    'Training course',
    'New creation',
    'Renovation',
  ],
  nl: [
    'Groepstentoonstelling',
    'Residentie',
    'Participatieve workshop',
    'Publieke opdracht',
    'Festival',
    'Opleiding',
    'Nieuwe creatie',
    'Renovatie',
  ],
};

const PROJECT_DESCRIPTIONS: Record<UiLanguage, (size: number) => string> = {
  fr: (size) => `Projet mené à ${size} membres de la coopérative.`,
  en: (size) => `Project carried out by ${size} members of the cooperative.`,
  nl: (size) => `Project uitgevoerd door ${size} leden van de coöperatie.`,
};

export interface SyntheticProjects {
  projects: ProjectRecord[];
  collaborations: CollaboratedWith[];
}

/** Members indexed the ways teams are formed: by space and trade, by space, by trade. */
interface MemberIndex {
  bySpaceAndFiliere: number[][];
  bySpace: number[][];
  byFiliere: number[][];
}

export function generateProjects(
  members: readonly MemberRecord[],
  traits: MemberTraits,
  world: SeedWorld,
  random: Random,
  now: number,
): SyntheticProjects {
  const n = members.length;
  if (n < 2) return { projects: [], collaborations: [] };
  const filiereCount = world.reference.filieres.length;
  const index = indexMembers(traits, world.reference.spaces.length, filiereCount);
  const leadWeights = cumulativeWeights(Array.from(traits.tier, (t) => LEAD_WEIGHT_BY_TIER[t]!));
  const teamSizeWeights = cumulativeWeights(TEAM_SIZE_WEIGHTS);
  const pairWeights = new Map<number, number>();
  const projectCount = Math.round(n * PROJECTS_PER_MEMBER);
  const projects: ProjectRecord[] = new Array(projectCount);

  for (let p = 0; p < projectCount; p++) {
    const lead = pickIndexWeighted(random, leadWeights);
    const size = Math.min(n, pickIndexWeighted(random, teamSizeWeights));
    const space = traits.homeSpace[lead]!;
    const filiere = traits.primaryFiliere[lead]!;
    const pools = candidatePools(random, world, index, space, filiere, filiereCount);
    const team = formTeam(random, lead, size, pools, n);

    let latestJoin = 0;
    for (const m of team) latestJoin = Math.max(latestJoin, members[m]!.joinedAt);
    const startedAt = latestJoin + Math.floor(random() * (now - latestJoin));
    const endedAt = chance(random, ENDED_SHARE) ? startedAt + intBetween(random, 30, 540) * DAY_MS : null;

    const language = members[lead]!.preferredLanguage;
    const homeSpace = world.reference.spaces[space]!;
    projects[p] = {
      id: `prj_${String(p + 1).padStart(7, '0')}`,
      title: `${pick(random, PROJECT_KINDS[language])} · ${world.reference.filieres[filiere]!.labels[language]} · ${homeSpace.city ?? homeSpace.name}`,
      description: PROJECT_DESCRIPTIONS[language](team.length),
      startedAt,
      endedAt: endedAt !== null && endedAt <= now ? endedAt : null,
      members: team.map((m, rank) => ({
        member: members[m]!.id,
        role: rank === 0 ? 'lead' : pick(random, CO_MEMBER_ROLES),
      })),
    };
    countPairs(pairWeights, team, n);
  }
  return { projects, collaborations: collaborationsFrom(pairWeights, members) };
}

function indexMembers(traits: MemberTraits, spaceCount: number, filiereCount: number): MemberIndex {
  const bySpaceAndFiliere = Array.from({ length: spaceCount * filiereCount }, (): number[] => []);
  const bySpace = Array.from({ length: spaceCount }, (): number[] => []);
  const byFiliere = Array.from({ length: filiereCount }, (): number[] => []);
  for (let m = 0; m < traits.homeSpace.length; m++) {
    const s = traits.homeSpace[m]!;
    const f = traits.primaryFiliere[m]!;
    bySpaceAndFiliere[s * filiereCount + f]!.push(m);
    bySpace[s]!.push(m);
    byFiliere[f]!.push(m);
  }
  return { bySpaceAndFiliere, bySpace, byFiliere };
}

/**
 * Where the lead looks for teammates, in order: mostly their own trade in their
 * own space, then nearby; sometimes another trade in the same space, or the
 * same trade far away.
 */
function candidatePools(
  random: Random,
  world: SeedWorld,
  index: MemberIndex,
  space: number,
  filiere: number,
  filiereCount: number,
): number[][] {
  const neighbours = world.neighbours[space]!;
  const nearby = neighbours.length > 0 ? pick(random, neighbours) : space;
  const sameTradeHere = index.bySpaceAndFiliere[space * filiereCount + filiere]!;
  const sameTradeNearby = index.bySpaceAndFiliere[nearby * filiereCount + filiere]!;
  const r = random();
  if (r < 0.7) return [sameTradeHere, sameTradeNearby, index.bySpace[space]!, index.byFiliere[filiere]!];
  if (r < 0.85) return [sameTradeNearby, index.byFiliere[filiere]!];
  if (r < 0.95) return [index.bySpace[space]!, index.bySpace[nearby]!];
  return [index.byFiliere[filiere]!];
}

/** The lead first, then distinct members drawn from the pools in order; anyone at all as a last resort. */
function formTeam(
  random: Random,
  lead: number,
  size: number,
  pools: number[][],
  memberCount: number,
): number[] {
  const team = [lead];
  for (const pool of pools) {
    for (let attempt = 0; team.length < size && attempt < size * 3 && pool.length > 1; attempt++) {
      const m = pool[Math.floor(random() * pool.length)]!;
      if (!team.includes(m)) team.push(m);
    }
  }
  while (team.length < size) {
    const m = Math.floor(random() * memberCount);
    if (!team.includes(m)) team.push(m);
  }
  return team;
}

/** Pair key a·n + b with a < b (exact in a double for n up to millions). */
function countPairs(weights: Map<number, number>, team: readonly number[], n: number): void {
  for (let i = 0; i < team.length; i++) {
    for (let j = i + 1; j < team.length; j++) {
      const a = Math.min(team[i]!, team[j]!);
      const b = Math.max(team[i]!, team[j]!);
      const key = a * n + b;
      weights.set(key, (weights.get(key) ?? 0) + 1);
    }
  }
}

/** One edge per unordered pair with source < target, in member order. */
function collaborationsFrom(
  weights: Map<number, number>,
  members: readonly MemberRecord[],
): CollaboratedWith[] {
  const n = members.length;
  const keys = Float64Array.from(weights.keys()).sort();
  const out: CollaboratedWith[] = new Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const a = members[Math.floor(key / n)]!.id;
    const b = members[key % n]!.id;
    const [source, target] = a < b ? [a, b] : [b, a];
    out[k] = { source, target, weight: weights.get(key)! };
  }
  return out;
}
