import { describe, expect, it } from 'vitest';
import { intBetween, mulberry32 } from '../../../domain/random.js';
import { IndexedMinHeap } from './indexedMinHeap.js';

describe('IndexedMinHeap', () => {
  it('pops in (primary, secondary, index) order after random pushes and decreases', () => {
    const random = mulberry32(8);
    const n = 300;
    const heap = new IndexedMinHeap(n);
    const key = new Map<number, [number, number]>();
    for (let step = 0; step < 2000; step++) {
      const node = intBetween(random, 0, n - 1);
      const next: [number, number] = [intBetween(random, 0, 3), intBetween(random, 0, 50)];
      heap.pushOrDecrease(node, next[0], next[1]);
      const old = key.get(node);
      if (!old || next[0] < old[0] || (next[0] === old[0] && next[1] < old[1])) key.set(node, next);
    }
    const expected = [...key.entries()]
      .sort(([a, ka], [b, kb]) => ka[0] - kb[0] || ka[1] - kb[1] || a - b)
      .map(([node]) => node);
    const popped: number[] = [];
    while (heap.size > 0) popped.push(heap.pop());
    expect(popped).toEqual(expected);
  });

  it('clears in place and refuses to pop when empty', () => {
    const heap = new IndexedMinHeap(4);
    heap.pushOrDecrease(2, 1);
    heap.pushOrDecrease(3, 0);
    heap.clear();
    expect(heap.size).toBe(0);
    expect(heap.has(2)).toBe(false);
    expect(() => heap.pop()).toThrow(RangeError);
    heap.pushOrDecrease(2, 5);
    expect(heap.pop()).toBe(2);
  });
});
