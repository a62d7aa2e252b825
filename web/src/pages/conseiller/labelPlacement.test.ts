import { describe, expect, it } from 'vitest';
import { boxesOverlap, type LabelCandidate, placeLabels } from './labelPlacement.js';

const label = (id: string, x: number, y: number, priority = 0, width = 60): LabelCandidate => ({
  id,
  x,
  y,
  width,
  height: 14,
  priority,
});

describe('placeLabels', () => {
  it('keeps the more important of two labels that would overlap', () => {
    const placed = placeLabels([label('a', 10, 20, 1), label('b', 30, 24, 5), label('c', 10, 60, 0)], {
      width: 400,
      height: 200,
    });
    expect(placed.map((b) => b.id)).toEqual(['b', 'c']);
  });

  it('never lets two kept labels overlap, nor leave the drawing', () => {
    let state = 7;
    const random = () => {
      state = (state * 48271) % 2147483647;
      return state / 2147483647;
    };
    const candidates = Array.from({ length: 300 }, (_, i) =>
      label(`n${i}`, random() * 420 - 10, random() * 300, Math.floor(random() * 10), 30 + random() * 90),
    );
    const placed = placeLabels(candidates, { width: 400, height: 280 });
    expect(placed.length).toBeGreaterThan(10);
    for (const [i, a] of placed.entries()) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.right).toBeLessThanOrEqual(400);
      expect(a.bottom).toBeLessThanOrEqual(280);
      for (const b of placed.slice(i + 1)) expect(boxesOverlap(a, b)).toBe(false);
    }
  });
});
