import { describe, expect, it } from 'vitest';
import { isoWeekOf, isoWeekStart, WEEK_MS } from './isoWeek.js';

describe('ISO weeks', () => {
  it('follow ISO 8601 at year boundaries', () => {
    expect(isoWeekOf(Date.UTC(2025, 1, 12))).toBe('2025-W07');
    expect(isoWeekOf(Date.UTC(2021, 0, 3))).toBe('2020-W53'); // a Sunday still in 2020's last week
    expect(isoWeekOf(Date.UTC(2024, 11, 30))).toBe('2025-W01'); // a Monday already in 2025's first week
    expect(isoWeekOf(Date.UTC(2026, 0, 1, 23, 59))).toBe('2026-W01');
  });

  it('start on Monday 00:00 UTC and contain their own instants', () => {
    expect(isoWeekStart('2025-W07')).toBe(Date.UTC(2025, 1, 10));
    expect(isoWeekStart('2020-W53')).toBe(Date.UTC(2020, 11, 28));
    for (const week of ['2020-W53', '2025-W01', '2025-W52']) {
      const start = isoWeekStart(week);
      expect(isoWeekOf(start)).toBe(week);
      expect(isoWeekOf(start + WEEK_MS - 1)).toBe(week);
      expect(isoWeekOf(start - 1)).not.toBe(week);
    }
    expect(() => isoWeekStart('2025-7')).toThrow(RangeError);
  });
});
