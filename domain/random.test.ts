import { describe, expect, it } from 'vitest';
import {
  chance,
  cumulativeWeights,
  gaussian,
  intBetween,
  mulberry32,
  pick,
  pickIndexWeighted,
  pickWeighted,
  sample,
  shuffle,
} from './random.js';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
    for (const x of seqA) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('is roughly uniform', () => {
    const random = mulberry32(1);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 100_000; i++) buckets[Math.floor(random() * 10)]++;
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

describe('helpers', () => {
  it('intBetween stays within bounds and reaches both ends', () => {
    const random = mulberry32(2);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(intBetween(random, 3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('chance follows its probability', () => {
    const random = mulberry32(3);
    let hits = 0;
    for (let i = 0; i < 10_000; i++) if (chance(random, 0.2)) hits++;
    expect(hits).toBeGreaterThan(1800);
    expect(hits).toBeLessThan(2200);
  });

  it('pick refuses an empty list', () => {
    expect(() => pick(mulberry32(1), [])).toThrow(RangeError);
  });

  it('weighted picks follow the weights and never pick a zero weight', () => {
    const random = mulberry32(4);
    const cumulative = cumulativeWeights([1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 8000; i++) counts[pickIndexWeighted(random, cumulative)]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.6);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.4);
    expect(pickWeighted(random, ['a', 'b'], [0, 1])).toBe('b');
    expect(() => cumulativeWeights([0, 0])).toThrow(RangeError);
    expect(() => cumulativeWeights([1, -1])).toThrow(RangeError);
  });

  it('shuffle and sample keep distinct elements', () => {
    const random = mulberry32(5);
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffle(random, items.slice()).sort((a, b) => a - b)).toEqual(items);
    const s = sample(random, items, 5);
    expect(new Set(s).size).toBe(5);
    expect(sample(random, items, 50)).toHaveLength(20);
  });

  it('gaussian has the requested mean and spread', () => {
    const random = mulberry32(6);
    const xs = Array.from({ length: 20_000 }, () => gaussian(random, 10, 2));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean - 10)).toBeLessThan(0.1);
    expect(Math.abs(sd - 2)).toBeLessThan(0.1);
  });
});
