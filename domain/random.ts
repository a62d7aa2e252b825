// Seeded pseudo-random numbers, so that seeds, tests and algorithms are
// reproducible: the same seed always gives the same sequence.

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: a tiny, fast 32-bit generator, good enough for simulation and tie-breaking. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [min, max], both included. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** True with probability `p`. */
export function chance(random: Random, p: number): boolean {
  return random() < p;
}

/** One element chosen uniformly; throws on an empty list. */
export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('pick: empty list');
  return items[Math.floor(random() * items.length)]!;
}

/**
 * Cumulative weights for repeated weighted picks: build once with
 * `cumulativeWeights`, then draw in O(log n) with `pickIndexWeighted`.
 */
export function cumulativeWeights(weights: readonly number[]): Float64Array {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (!(w >= 0)) throw new RangeError(`cumulativeWeights: weight ${i} must be ≥ 0`);
    total += w;
    cumulative[i] = total;
  }
  if (total <= 0) throw new RangeError('cumulativeWeights: weights must not all be zero');
  return cumulative;
}

/** An index drawn with probability proportional to its weight (weights given as `cumulativeWeights`). */
export function pickIndexWeighted(random: Random, cumulative: Float64Array): number {
  const target = random() * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** One element drawn with probability proportional to `weights[i]` (for one-off draws). */
export function pickWeighted<T>(random: Random, items: readonly T[], weights: readonly number[]): T {
  if (items.length !== weights.length)
    throw new RangeError('pickWeighted: items and weights differ in length');
  return items[pickIndexWeighted(random, cumulativeWeights(weights))]!;
}

/** Shuffles in place (Fisher–Yates) and returns the same array. */
export function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
  return items;
}

/** `count` distinct elements in random order (all of them when `count` ≥ length). */
export function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const copy = items.slice();
  const n = Math.min(count, copy.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    const tmp = copy[i]!;
    copy[i] = copy[j]!;
    copy[j] = tmp;
  }
  copy.length = n;
  return copy;
}

/** A normally distributed number (Box–Muller). */
export function gaussian(random: Random, mean = 0, standardDeviation = 1): number {
  const u = 1 - random();
  const v = random();
  return mean + standardDeviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
