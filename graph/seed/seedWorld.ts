// Everything the synthetic generator precomputes once from the reference data:
// which spaces members work from (and how likely), which spaces are near each
// other, the skill pools of each filière and how popular each filière is.
import type { Space } from '../../domain/entities/space.js';
import { haversineKm } from '../../domain/geo.js';
import { cumulativeWeights } from '../../domain/random.js';
import type { ReferenceData } from '../../domain/referenceData.js';
import { Taxonomy } from '../../domain/taxonomy.js';
import { type Region, regionOf } from './locales.js';
import { buildSkillPool, type FiliereSkillPool } from './skillPools.js';

/** Share of members per country: the cooperative was born in Belgium and is large in France. */
const COUNTRY_SHARE: Record<string, number> = {
  BE: 0.5,
  FR: 0.37,
  DE: 0.04,
  ES: 0.02,
  IT: 0.02,
  SE: 0.02,
  AT: 0.015,
  HU: 0.015,
};
const OTHER_COUNTRY_SHARE = 0.01;

/** Big offices and tiers-lieux host more members than a small fablab. */
const KIND_WEIGHT: Record<Space['kind'], number> = {
  office: 3,
  'tiers-lieu': 3,
  coworking: 2,
  'artist-space': 1.5,
  fablab: 1,
  other: 1,
};

/** Relative size of each filière; a filière not listed here counts 1. */
const FILIERE_WEIGHT: Record<string, number> = {
  music: 12,
  'performing-arts': 10,
  audiovisual: 9,
  'visual-arts': 9,
  'graphic-design': 8,
  'web-digital': 8,
  trainers: 8,
  'stage-technicians': 7,
  photography: 7,
  'writing-translation': 6,
  'fashion-textile': 4,
  'interior-design': 3,
  beauty: 3,
  wood: 3,
  ceramics: 2,
  'third-place-facilitation': 2,
};

/** A second space is chosen among those within this distance of the home space when there are any. */
const NEARBY_KM = 60;

export interface SeedWorld {
  reference: ReferenceData;
  taxonomy: Taxonomy;
  /** Indices (into reference.spaces) of spaces with coordinates: the candidates for a home space. */
  homeSpaces: number[];
  homeSpaceWeights: Float64Array;
  /** Per space index: the region it lies in. */
  regions: Region[];
  /** Per space index: other spaces within NEARBY_KM, else other spaces of the same country. */
  neighbours: number[][];
  filiereWeights: Float64Array;
  /** Per filière index. */
  skillPools: FiliereSkillPool[];
  allSkills: string[];
  /** The cooperative most spaces belong to: every member's default community. */
  networkCooperative: string | null;
}

export function buildSeedWorld(reference: ReferenceData): SeedWorld {
  const { spaces, filieres, skills } = reference;
  if (spaces.length === 0 || filieres.length === 0 || skills.length === 0) {
    throw new RangeError('the synthetic network needs at least one space, one filière and one skill');
  }
  const taxonomy = new Taxonomy(skills);
  const homeSpaces = spaces.flatMap((s, i) => (s.lat !== null && s.lon !== null ? [i] : []));
  if (homeSpaces.length === 0) throw new RangeError('the synthetic network needs a space with coordinates');

  const kindTotalPerCountry = new Map<string, number>();
  for (const i of homeSpaces) {
    const s = spaces[i]!;
    kindTotalPerCountry.set(s.country, (kindTotalPerCountry.get(s.country) ?? 0) + KIND_WEIGHT[s.kind]);
  }
  const homeSpaceWeights = cumulativeWeights(
    homeSpaces.map((i) => {
      const s = spaces[i]!;
      const share = COUNTRY_SHARE[s.country] ?? OTHER_COUNTRY_SHARE;
      return (share * KIND_WEIGHT[s.kind]) / kindTotalPerCountry.get(s.country)!;
    }),
  );

  return {
    reference,
    taxonomy,
    homeSpaces,
    homeSpaceWeights,
    regions: spaces.map(regionOf),
    neighbours: spaces.map((_, i) => neighboursOf(spaces, i)),
    filiereWeights: cumulativeWeights(filieres.map((f) => FILIERE_WEIGHT[f.id] ?? 1)),
    skillPools: filieres.map((f) => buildSkillPool(f, taxonomy)),
    allSkills: skills.map((s) => s.id),
    networkCooperative: mostCommonCommunity(spaces),
  };
}

function neighboursOf(spaces: readonly Space[], index: number): number[] {
  const home = spaces[index]!;
  const sameCountry = spaces.flatMap((s, i) => (i !== index && s.country === home.country ? [i] : []));
  if (home.lat === null || home.lon === null) return sameCountry;
  const origin = { lat: home.lat, lon: home.lon };
  const near = sameCountry.filter((i) => {
    const s = spaces[i]!;
    return s.lat !== null && s.lon !== null && haversineKm(origin, { lat: s.lat, lon: s.lon }) <= NEARBY_KM;
  });
  return near.length > 0 ? near : sameCountry;
}

function mostCommonCommunity(spaces: readonly Space[]): string | null {
  const counts = new Map<string, number>();
  for (const s of spaces) if (s.community) counts.set(s.community, (counts.get(s.community) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [id, count] of counts) {
    if (count > bestCount) {
      best = id;
      bestCount = count;
    }
  }
  return best;
}
