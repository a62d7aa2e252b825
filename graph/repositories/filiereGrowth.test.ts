import { describe, expect, it } from 'vitest';
import { monthlyGrowth } from './filiereManagementRepository.js';

describe('monthlyGrowth', () => {
  it('counts joins per month with running totals, empty months included, across a year end', () => {
    const joins = [
      Date.UTC(2024, 10, 3),
      Date.UTC(2024, 10, 28),
      Date.UTC(2025, 1, 1),
      Date.UTC(2025, 1, 27),
    ];
    expect(monthlyGrowth(joins)).toEqual([
      { month: '2024-11', joined: 2, total: 2 },
      { month: '2024-12', joined: 0, total: 2 },
      { month: '2025-01', joined: 0, total: 2 },
      { month: '2025-02', joined: 2, total: 4 },
    ]);
  });

  it('is empty without members', () => {
    expect(monthlyGrowth([])).toEqual([]);
  });
});
