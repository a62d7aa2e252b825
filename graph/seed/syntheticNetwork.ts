// The deterministic synthetic network used by the demo seed and the benchmarks:
// the real reference data plus generated members, projects, collaborations and
// mentorships. Pure: the same options give byte-identical output.
import type { NetworkDataset } from '../../domain/dataset.js';
import { mulberry32 } from '../../domain/random.js';
import { loadReferenceData, type ReferenceData } from '../../domain/referenceData.js';
import { buildSeedWorld } from './seedWorld.js';
import { generateMembers } from './syntheticMembers.js';
import { generateMentorships } from './syntheticMentorships.js';
import { generateProjects } from './syntheticProjects.js';

/** 2025-06-01T00:00:00Z: the default "now", so that output never depends on the clock. */
export const DEFAULT_SEED_NOW = Date.UTC(2025, 5, 1);

export interface SyntheticNetworkOptions {
  members: number;
  seed: number;
  /** Epoch milliseconds that join dates, projects and mentorships are relative to. */
  now?: number;
  /** Defaults to the shipped reference data (`loadReferenceData()`). */
  reference?: ReferenceData;
}

export function generateNetwork(options: SyntheticNetworkOptions): NetworkDataset {
  const { members: count, seed } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError('members must be a whole number ≥ 0');
  if (!Number.isInteger(seed)) throw new RangeError('seed must be a whole number');
  const now = options.now ?? DEFAULT_SEED_NOW;
  const reference = options.reference ?? loadReferenceData();
  const world = buildSeedWorld(reference);
  const random = mulberry32(seed);

  const { members, traits } = generateMembers(count, world, random, now);
  const { projects, collaborations } = generateProjects(members, traits, world, random, now);
  const mentorships = generateMentorships(members, traits, reference.filieres.length, random, now);
  return {
    skills: reference.skills,
    spaces: reference.spaces,
    communities: reference.communities,
    filieres: reference.filieres,
    members,
    projects,
    collaborations,
    mentorships,
  };
}
