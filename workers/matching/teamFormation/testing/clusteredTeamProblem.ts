// Seeded team problems shaped like the network, for benchmarks and scale
// tests: members in clusters of ~50 (a space, a collective), each cluster
// working mostly in one filière with a second one nearby; dense collaboration
// inside a cluster, a few edges across; a tender asking for 3–8 skills of one
// or two filières. Skill pools come from the caller (the real taxonomy), so
// this module stays free of I/O.
import { chance, intBetween, mulberry32, pick, type Random, sample } from '../../../../domain/random.js';

export interface SkillPools {
  /** One list of skill ids per filière. */
  filieres: readonly (readonly string[])[];
  /** Every skill id of the taxonomy. */
  all: readonly string[];
}

export interface ClusteredShape {
  candidates: number;
  /** Requirements per tender, inclusive range (default 3–8). */
  minRequirements?: number;
  maxRequirements?: number;
  /** Share of the pool that must be included (default: one mustInclude member in 30 % of tenders). */
  mustIncludeChance?: number;
}

export interface ClusteredNetwork {
  candidates: { id: string; skills: Record<string, number> }[];
  edges: [string, string][];
  /** Filière pair of each cluster, and the cluster of each candidate. */
  clusterFilieres: [number, number][];
  clusterOf: Int32Array;
}

const CLUSTER_SIZE = 50;

function level(random: Random): number {
  return pick(random, [1, 2, 2, 3, 3, 3, 4, 4, 5]);
}

/** A network of `count` members (deterministic for a seed). */
export function clusteredNetwork(seed: number, count: number, pools: SkillPools): ClusteredNetwork {
  const random = mulberry32(seed);
  const clusters = Math.max(2, Math.round(count / CLUSTER_SIZE));
  const clusterFilieres: [number, number][] = Array.from({ length: clusters }, () => [
    intBetween(random, 0, pools.filieres.length - 1),
    intBetween(random, 0, pools.filieres.length - 1),
  ]);
  const clusterOf = new Int32Array(count);
  const members: number[][] = Array.from({ length: clusters }, () => []);
  const candidates = Array.from({ length: count }, (_, i) => {
    const cluster = intBetween(random, 0, clusters - 1);
    clusterOf[i] = cluster;
    members[cluster]!.push(i);
    const [primary, secondary] = clusterFilieres[cluster]!;
    const skills: Record<string, number> = {};
    for (let s = intBetween(random, 1, 4); s > 0; s--) {
      const roll = random();
      const pool =
        roll < 0.7 ? pools.filieres[primary]! : roll < 0.9 ? pools.filieres[secondary]! : pools.all;
      skills[pick(random, pool)] = level(random);
    }
    return { id: `m${i}`, skills };
  });
  const edges: [string, string][] = [];
  for (let i = 0; i < count; i++) {
    const mates = members[clusterOf[i]!]!;
    for (let e = 0; e < 4; e++) {
      const j = pick(random, mates);
      if (j !== i) edges.push([`m${i}`, `m${j}`]);
    }
    if (chance(random, 0.6)) {
      const j = intBetween(random, 0, count - 1);
      if (j !== i) edges.push([`m${i}`, `m${j}`]);
    }
  }
  return { candidates, edges, clusterFilieres, clusterOf };
}

/** A tender on `network`: skills of one cluster's filières that enough members hold. */
export function clusteredTender(
  seed: number,
  network: ClusteredNetwork,
  pools: SkillPools,
  shape: Omit<ClusteredShape, 'candidates'> = {},
): Record<string, unknown> {
  const random = mulberry32(seed);
  const cluster = intBetween(random, 0, network.clusterFilieres.length - 1);
  const [primary, secondary] = network.clusterFilieres[cluster]!;
  const holders = new Map<string, number>();
  for (const c of network.candidates) {
    for (const [skill, l] of Object.entries(c.skills))
      if (l >= 3) holders.set(skill, (holders.get(skill) ?? 0) + 1);
  }
  const wanted = intBetween(random, shape.minRequirements ?? 3, shape.maxRequirements ?? 8);
  const local = [...new Set([...pools.filieres[primary]!, ...pools.filieres[secondary]!])].filter(
    (s) => (holders.get(s) ?? 0) >= 3,
  );
  const popular = [...holders.entries()]
    .filter(([s]) => !local.includes(s))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([s]) => s);
  const skills = [...sample(random, local, wanted), ...popular].slice(0, wanted);
  const requirements = skills.map((skill) => ({
    skill,
    minLevel: intBetween(random, 2, 3),
    count: chance(random, 0.25) ? 2 : 1,
  }));
  const mustInclude =
    chance(random, shape.mustIncludeChance ?? 0.3) && network.candidates.length > 0
      ? [pick(random, network.candidates).id]
      : [];
  return { candidates: network.candidates, edges: network.edges, requirements, mustInclude, k: 1 };
}
