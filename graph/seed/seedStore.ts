// Filling an empty graph store with the synthetic network: what `passerelle
// seed` and the first run of `passerelle start` do. The generation is pure and
// synchronous, so it reports one step before and one after; the bulk load
// reports its own phases.
import type { NetworkDataset } from '../../domain/dataset.js';
import { ConflictError } from '../../domain/errors.js';
import { ignoreProgress, type ProgressListener } from '../../domain/progress.js';
import { loadReferenceData } from '../../domain/referenceData.js';
import type { GraphStore } from '../graphStore.js';
import { countRelationships, type RelationshipCounts } from './relationshipCounts.js';
import { generateNetwork } from './syntheticNetwork.js';

export interface SeedOptions {
  members: number;
  seed: number;
  /**
   * Epoch ms the synthetic dates are relative to (join dates, tender deadlines, events ahead); the
   * generator's fixed default keeps seeds reproducible, `passerelle start` passes today.
   */
  now?: number;
}

export interface SeedSummary {
  members: number;
  projects: number;
  mentorships: number;
  relationships: RelationshipCounts;
  /** Generation plus bulk load, wall clock. */
  seconds: number;
}

/** Midnight UTC of today: the demo's clock, so its tenders and events lie ahead and its newcomers are new. */
export function demoSeedClock(now = Date.now()): number {
  const day = 24 * 3600 * 1000;
  return Math.floor(now / day) * day;
}

/** True when the store holds neither members nor reference data (a bulk load would collide with either). */
export async function isEmpty(store: GraphStore): Promise<boolean> {
  const [members, skills] = await Promise.all([
    store.read('MATCH (m:Member) RETURN m.id AS id LIMIT 1'),
    store.read('MATCH (s:Skill) RETURN s.id AS id LIMIT 1'),
  ]);
  return members.length === 0 && skills.length === 0;
}

export async function countMembers(store: GraphStore): Promise<number> {
  const rows = await store.read<{ members: number }>('MATCH (m:Member) RETURN count(m) AS members');
  return Number(rows[0]?.members ?? 0);
}

/** Generates the network and bulk-loads it; the store must be migrated and empty. */
export async function seedNetwork(
  store: GraphStore,
  options: SeedOptions,
  onProgress: ProgressListener = ignoreProgress,
): Promise<SeedSummary> {
  if (!(await isEmpty(store))) {
    throw new ConflictError(
      `the graph already holds ${await countMembers(store)} members; seed needs an empty store`,
    );
  }
  const started = performance.now();
  // The store builds the dataset when it is ready to write it, and only the summary's figures outlive
  // it: a 100k-member dataset must be garbage before the store's COPY starts (issue 19).
  let figures: Omit<SeedSummary, 'seconds'> | undefined;
  await store.bulkLoad(() => {
    onProgress({ phase: 'generate', done: 0, total: 1 });
    const dataset = generateNetwork({ ...options, activity: true });
    onProgress({ phase: 'generate', done: 1, total: 1 });
    figures = summarise(dataset);
    return dataset;
  }, onProgress);
  if (!figures) throw new Error('the graph store never built the dataset it was asked to load');
  return { ...figures, seconds: Math.round(((performance.now() - started) / 1000) * 100) / 100 };
}

/**
 * Loads the shipped skills, spaces, communities and filières into a store that has none, so that members
 * can be imported into a store that was never seeded; false when they were already there.
 */
export async function ensureReferenceData(
  store: GraphStore,
  onProgress: ProgressListener = ignoreProgress,
): Promise<boolean> {
  const skills = await store.read('MATCH (s:Skill) RETURN s.id AS id LIMIT 1');
  if (skills.length > 0) return false;
  const { skills: taxonomy, spaces, communities, filieres } = loadReferenceData();
  await store.bulkLoad(
    {
      skills: taxonomy,
      spaces,
      communities,
      filieres,
      members: [],
      projects: [],
      collaborations: [],
      mentorships: [],
    },
    onProgress,
  );
  return true;
}

function summarise(dataset: NetworkDataset): Omit<SeedSummary, 'seconds'> {
  return {
    members: dataset.members.length,
    projects: dataset.projects.length,
    mentorships: dataset.mentorships.length,
    relationships: countRelationships(dataset),
  };
}
