// The deterministic synthetic network used by the demo seed and the benchmarks:
// the real reference data plus generated members, projects, collaborations and
// mentorships, and what they are doing now (mentoring offers and requests,
// open tenders and bids, filière events). Pure: the same options give byte-identical output.
import type { NetworkDataset } from '../../domain/dataset.js';
import { mulberry32 } from '../../domain/random.js';
import { loadReferenceData, type ReferenceData } from '../../domain/referenceData.js';
import { buildSeedWorld } from './seedWorld.js';
import { generateActivity } from './syntheticActivity.js';
import { generateMembers } from './syntheticMembers.js';
import { generateMentorships } from './syntheticMentorships.js';
import { generateProjects } from './syntheticProjects.js';

/** The activity draws from its own stream, so members, projects and mentorships stay as they were. */
const ACTIVITY_STREAM = 0x5eed;

/** 2025-06-01T00:00:00Z: the default "now", so that output never depends on the clock. */
export const DEFAULT_SEED_NOW = Date.UTC(2025, 5, 1);

export interface SyntheticNetworkOptions {
  members: number;
  seed: number;
  /** Epoch milliseconds that join dates, projects and mentorships are relative to. */
  now?: number;
  /**
   * Also generate what members are doing now (offers, requests, tenders, bids, events): the demo seed
   * does; fixtures that count tenders or mentoring requests of their own leave it off (the default).
   */
  activity?: boolean;
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
  const activity = options.activity
    ? generateActivity(members, traits, mentorships, world, mulberry32(seed ^ ACTIVITY_STREAM), now)
    : undefined;
  return {
    skills: reference.skills,
    spaces: reference.spaces,
    communities: reference.communities,
    filieres: reference.filieres,
    members,
    projects,
    collaborations,
    mentorships,
    ...(activity ? { activity } : {}),
  };
}
