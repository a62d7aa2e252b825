import { describe, expect, it } from 'vitest';
import { KUZU_MIGRATIONS } from './kuzuMigrations.js';
import { latestVersion, type Migration, pendingMigrations } from './migration.js';
import { NEO4J_MIGRATIONS } from './neo4jMigrations.js';

const step = (version: string): Migration => ({ version, name: version, statements: [] });

describe('pendingMigrations', () => {
  it('returns the versions not applied yet, in order', () => {
    const all = [step('0001'), step('0002'), step('0003')];
    expect(pendingMigrations(all, new Set(['0001'])).map((m) => m.version)).toEqual(['0002', '0003']);
    expect(pendingMigrations(all, new Set(['0001', '0002', '0003']))).toEqual([]);
    expect(latestVersion(all, new Set(['0001']))).toBe('0003');
  });

  it('refuses a list out of order', () => {
    expect(() => pendingMigrations([step('0002'), step('0001')], new Set())).toThrow(/out of order/);
  });

  it('keeps both dialects well ordered and ending at the same version', () => {
    expect(() => pendingMigrations(KUZU_MIGRATIONS, new Set())).not.toThrow();
    expect(() => pendingMigrations(NEO4J_MIGRATIONS, new Set())).not.toThrow();
    expect(latestVersion(KUZU_MIGRATIONS, new Set())).toBe(latestVersion(NEO4J_MIGRATIONS, new Set()));
  });
});
